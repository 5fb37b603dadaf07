import { describe, expect, it } from 'vitest';
import type { TicketSnapshot } from '../ticket';
import type { Catalogue } from '../catalogue/types';
import { buildLearnedProfile, learnedScores, parseLearnedProfile, serializeLearnedProfile } from './learned-profile';
import { DEFAULT_PARAMS } from './params';
import { readTicket } from './ticket-reading';

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

/** Three values tagged `vc_value_0..2`, as the stored profile's tagged replies are. */
const threeValues: Catalogue = {
  mission: '',
  vision: '',
  missionQuestions: [],
  visionQuestions: [],
  values: [0, 1, 2].map((i) => ({
    id: `v${i}`,
    name: `Value ${i}`,
    description: '',
    prompts: [],
    questions: [],
    signals: [],
    tag: `vc_value_${i}`,
  })),
};

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

  it('fits the size cap evenly across values: a value the team tagged only long ago keeps examples too', () => {
    // Twelve replies tagged with one value months ago, then the 300 recent ones over twenty other values. Leaving out
    // the oldest examples first left that value with none, so no reply could be "like" any of its tagged ones.
    const old = Array.from({ length: 12 }, (_, i) => ({
      ticket: ticket(1000 + i, `Here is how to export it yourself next time: open Reports ${i}, then Export.`),
      tag: 'vc_old',
    }));
    const profile = buildLearnedProfile([...old, ...tagged]);
    const back = parseLearnedProfile(serializeLearnedProfile(profile, 20_000))!;
    const per = new Map<string, number>();
    for (const ex of back.examples) per.set(ex.tag, (per.get(ex.tag) ?? 0) + 1);
    expect(per.size).toBe(21);
    expect(Math.max(...per.values()) - Math.min(...per.values())).toBeLessThanOrEqual(1);
    // Within a value, the most recent examples stay.
    const kept = back.examples.filter((e) => e.tag === 'vc_old').map((e) => e.ticket);
    expect(kept).toEqual(
      profile.examples
        .filter((e) => e.tag === 'vc_old')
        .map((e) => e.ticket)
        .slice(-kept.length),
    );
  });

  it("keeps each example's most telling words, not the words every reply of the team shares", () => {
    // More than fifteen words every reply shares, and one that only this reply has (last in alphabetical order).
    const shared =
      'Thanks again for contacting Acme support about your account; we always appreciate customers reaching back whenever anything breaks. Best wishes from Berlin, Hamburg, Munich and Cologne offices.';
    const topics = ['zucchini', 'zeppelin', 'zodiac', 'zither', 'zirconia', 'zombie'];
    const profile = buildLearnedProfile(
      topics.map((topic, i) => ({ ticket: ticket(i + 1, `${shared} Your ${topic} order.`), tag: 'vc_a' })),
    );
    profile.examples.forEach((ex, i) => expect(ex.terms.some((t) => topics[i]!.startsWith(t.slice(0, 4)))).toBe(true));
  });

  it('reads anything malformed as no profile', () => {
    expect(parseLearnedProfile('{"version":2}')).toBeUndefined();
    expect(parseLearnedProfile('not json')).toBeUndefined();
  });

  it('learns which behaviours and words set each value apart in this team, smoothed so a few tags move little', () => {
    const value = (tag: string) => ({ id: tag, name: tag, description: '', prompts: [], questions: [], signals: [], tag });
    const catalogue: Catalogue = {
      mission: '',
      vision: '',
      missionQuestions: [],
      visionQuestions: [],
      values: ['vc_a', 'vc_b', 'vc_c'].map(value),
    };
    // The team tags apologies about the warehouse as A, step-by-step answers as B, anything else as C.
    const replies: [string, string][] = [
      ['vc_a', 'I am so sorry, the warehouse mislabelled your parcel.'],
      ['vc_a', 'Sorry for the trouble: our warehouse shipped the wrong size.'],
      ['vc_a', 'My apologies, the warehouse scanner skipped your order.'],
      ['vc_b', '1. Open Settings.\n2. Choose Export.\n3. Download the file.'],
      ['vc_b', 'Here is how: 1. Sign in.\n2. Open Billing.\n3. Print the invoice.'],
      ['vc_c', 'Your parcel is on its way.'],
      ['vc_c', 'The invoice is attached.'],
    ];
    const learned = buildLearnedProfile(replies.map(([tag, reply], i) => ({ ticket: ticket(i + 1, reply), tag })));
    const scoresOf = (reply: string) => {
      const reading = readTicket(ticket(99, reply), undefined, DEFAULT_PARAMS);
      return learnedScores(learned, catalogue, reading.shown, reading.replyTerms);
    };
    const apology = scoresOf('So sorry: the warehouse sent it twice.');
    expect(apology.get('vc_a')!.behaviourOdds).toBeGreaterThan(apology.get('vc_b')!.behaviourOdds);
    expect(apology.get('vc_a')!.behaviourOdds).toBeGreaterThan(apology.get('vc_c')!.behaviourOdds);
    expect(apology.get('vc_a')!.wordOdds).toBeGreaterThan(0);
    expect(apology.get('vc_b')!.wordOdds).toBeLessThan(apology.get('vc_a')!.wordOdds);
    // The share of belief: most for A, bounded, summing to an even share over the tagged values.
    expect(apology.get('vc_a')!.posterior).toBeGreaterThan(0);
    expect(apology.get('vc_a')!.posterior).toBeLessThan(2 / 3);
    expect([...apology.values()].reduce((a, s) => a + s.posterior, 0)).toBeCloseTo(0, 9);
    // The odds are bounded: no single example makes a value certain.
    for (const s of apology.values()) expect(Math.abs(s.behaviourOdds)).toBeLessThan(21 * Math.log(0.97 / 0.03));
  });

  it('keeps working with a profile saved before composure was a behaviour (21 behaviours, ADR 0110)', () => {
    const today = buildLearnedProfile(tagged.slice(0, 30));
    const drop = today.behaviours.indexOf('de-escalate');
    expect(drop).toBeGreaterThanOrEqual(0);
    const without = <T>(v: T[]) => v.filter((_, i) => i !== drop);
    // What a profile saved before looked like: no de-escalate in the behaviour list or in any vector.
    const saved = JSON.stringify({
      ...today,
      behaviours: without(today.behaviours),
      mean: without(today.mean),
      values: today.values.map((v) => ({ ...v, centroid: without(v.centroid) })),
      examples: today.examples.map((e) => ({ ...e, b: without(e.b) })),
    });
    const old = parseLearnedProfile(saved)!;
    const reading = readTicket(
      ticket(999, 'Sorry about order 4: I have reissued it and I will confirm by Friday.'),
      undefined,
      DEFAULT_PARAMS,
    );
    const before = learnedScores(old, threeValues, reading.shown, reading.replyTerms);
    const now = learnedScores(today, threeValues, reading.shown, reading.replyTerms);
    expect([...before.keys()]).toEqual([...now.keys()]);
    // No composure was shown, so the missing behaviour changes nothing.
    for (const [tag, s] of now) expect(before.get(tag)!.posterior).toBeCloseTo(s.posterior, 6);
  });
  it('keeps working with a profile saved before it kept situations (ADR 0119): before a reply it reads as it always did', () => {
    const today = buildLearnedProfile(tagged.slice(0, 30));
    expect(today.smean).toHaveLength(today.mean.length);
    expect(today.examples.every((e) => e.sb?.length === e.b.length && Array.isArray(e.st))).toBe(true);
    const saved = JSON.stringify({
      ...today,
      smean: undefined,
      values: today.values.map((v) => ({ ...v, sc: undefined })),
      examples: today.examples.map((e) => ({ ...e, sb: undefined, st: undefined })),
    });
    const old = parseLearnedProfile(saved)!;
    const waiting = readTicket(
      { ...ticket(999, ''), comments: [{ authorRole: 'end-user', public: true, body: 'Order 4 never came.' }] },
      null,
      DEFAULT_PARAMS,
    );
    const args = [threeValues, waiting.shown, waiting.replyTerms, { termShare: 0.5, k: 3 }] as const;
    const asBefore = learnedScores(old, ...args, 'reply');
    const oldInSituation = learnedScores(old, ...args, 'situation');
    for (const [tag, s] of asBefore) {
      expect(oldInSituation.get(tag)!.posterior).toBeCloseTo(s.posterior, 9);
      expect(oldInSituation.get(tag)!.nearest?.situation).toBeUndefined();
    }
    // A profile that kept situations reads them instead, and says so.
    const now = learnedScores(today, ...args, 'situation');
    expect([...now.values()].some((s) => s.nearest?.situation === true)).toBe(true);
  });
});
