import { describe, expect, it } from 'vitest';
import type { TicketSnapshot } from '../ticket';
import { buildLearnedProfile, parseLearnedProfile, serializeLearnedProfile } from './learned-profile';

function ticket(id: number, reply: string): TicketSnapshot {
  return {
    id,
    subject: '',
    description: '',
    priority: null,
    tags: [],
    comments: [
      { authorRole: 'end-user', public: true, body: 'My order never arrived.' },
      { authorRole: 'agent', public: true, body: reply },
    ],
  };
}

describe('the stored learned profile', () => {
  const tagged = Array.from({ length: 300 }, (_, i) => ({
    ticket: ticket(i + 1, `Sorry about order ${i}: I have reissued it and I will confirm by Friday. Reference word${i} extra${i}.`),
    tag: `vc_value_${i % 20}`,
    by: 'Priya Raman',
  }));

  it('says how many tagged replies it came from and who tagged each example', () => {
    const profile = buildLearnedProfile(tagged);
    expect(profile.from).toBe(300);
    expect(profile.values).toHaveLength(20);
    // 12 most recent examples per value, each naming its tagger.
    expect(profile.examples).toHaveLength(240);
    expect(profile.examples.every((e) => e.by === 'Priya Raman')).toBe(true);
    expect(profile.examples.at(-1)?.ticket).toBe(300);
  });

  it('fits the size cap by leaving out the oldest examples, never the per-value averages', () => {
    const profile = buildLearnedProfile(tagged);
    const full = JSON.stringify(profile);
    const json = serializeLearnedProfile(profile, 20_000);
    expect(full.length).toBeGreaterThan(20_000);
    expect(json.length).toBeLessThanOrEqual(20_000);
    const back = parseLearnedProfile(json)!;
    expect(back.values).toEqual(profile.values);
    expect(back.examples.length).toBeLessThan(profile.examples.length);
    expect(back.examples.at(-1)).toEqual(profile.examples.at(-1));
  });

  it('reads anything malformed as no profile', () => {
    expect(parseLearnedProfile('{"version":2}')).toBeUndefined();
    expect(parseLearnedProfile('not json')).toBeUndefined();
  });
});
