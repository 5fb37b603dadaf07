import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalogue, CatalogueValue } from '../catalogue/types';
import type { TicketComment, TicketSnapshot } from '../ticket';
import { isCloseRunnerUp, rankValues } from './rank-values';
import { activeText } from './clean';

function value(id: string, name: string, description: string, extra: Partial<CatalogueValue> = {}): CatalogueValue {
  return { id, name, description, prompts: [], questions: [], signals: [], tag: `vc_${id}`, ...extra };
}

const catalogue: Catalogue = {
  mission: 'm',
  vision: 'v',
  missionQuestions: [],
  visionQuestions: [],
  values: [
    value('heart', 'Heart', 'We notice how people feel and acknowledge the stress before fixing anything.'),
    value('clock', 'Clockwork', 'We answer fast when it is urgent and keep people updated without being chased.'),
    value('teacher', 'Lantern', 'We teach customers so they can do it themselves next time.'),
    value('candour', 'Candour', 'We tell the truth plainly, including unwelcome news and our own mistakes.'),
  ],
};

const agent = (body: string): TicketComment => ({ authorRole: 'agent', public: true, body });
const customer = (body: string): TicketComment => ({ authorRole: 'end-user', public: true, body });
const ticket = (comments: TicketComment[], extra: Partial<TicketSnapshot> = {}): TicketSnapshot => ({
  id: 1,
  subject: 'Help',
  description: '',
  priority: 'normal',
  tags: [],
  comments,
  ...extra,
});
const top = (t: TicketSnapshot, c = catalogue) => rankValues(c, t)[0]!.valueId;

describe('rankValues', () => {
  it('maps values written in their own words onto the ideas they express', () => {
    expect(
      top(
        ticket([
          customer('My mother passed away and I am overwhelmed.'),
          agent('I am so sorry for your loss. Please take your time, there is no rush.'),
        ]),
      ),
    ).toBe('heart');
    expect(
      top(
        ticket([
          customer('How do I export my invoices?'),
          agent("Here's how: go to Settings, then Billing. Next time you can do it yourself in two clicks."),
        ]),
      ),
    ).toBe('teacher');
    expect(
      top(
        ticket([
          customer('Why was my loan declined?'),
          agent('To be honest, the real reason is your credit history; I cannot promise a different outcome.'),
        ]),
      ),
    ).toBe('candour');
    expect(
      top(
        ticket([customer('Our store is down!'), agent("I'm on it right away and will update you every 30 minutes.")], {
          priority: 'urgent',
        }),
      ),
    ).toBe('clock');
  });

  it('reads Spanish, German, French and Portuguese phrasing', () => {
    expect(top(ticket([agent('Lo siento mucho, entiendo lo frustrante que es.')]))).toBe('heart');
    expect(top(ticket([agent('Es tut mir leid, ich verstehe Ihre Lage.')]))).toBe('heart');
    expect(top(ticket([agent('Je suis désolé, je comprends.')]))).toBe('heart');
    expect(top(ticket([agent('Você pode fazer isso passo a passo, da próxima vez sozinho.')]))).toBe('teacher');
  });

  it('ignores quoted earlier replies and signatures', () => {
    const quoted = ticket([
      customer(
        'Thanks, that worked.\n\nOn Tue, 3 Nov 2026 at 10:00 Ana <ana@acme.test> wrote:\n> I am so sorry, I understand how frustrating this must be, take your time.',
      ),
    ]);
    expect(
      rankValues(catalogue, quoted)
        .flatMap((r) => r.reasons)
        .filter((r) => r.kind === 'phrase' && r.text.toLowerCase().includes('sorry')),
    ).toEqual([]);
    const body = 'Here is the fix.\n\n--\nAna\nSupport';
    expect(activeText(body).end).toBe(body.indexOf('--'));
    expect(activeText('Hola\n\nEl lun, 2 nov 2026 escribió:\n> cita').end).toBe(6);
  });

  it('quotes reasons at their exact place in the original text, HTML included', () => {
    const body = '<p>Hi <b>Zoë</b>, I am <i>so sorry</i> about the delay.</p>';
    const ranked = rankValues(catalogue, ticket([agent(body)]));
    const phrases = ranked.flatMap((r) => r.reasons).filter((r) => r.kind === 'phrase');
    expect(phrases.length).toBeGreaterThan(0);
    for (const r of phrases) if (r.kind === 'phrase' && r.commentIndex === 0) expect(body.slice(r.start, r.end)).toBe(r.text);
  });

  it('gives cues with the reasons: urgent priority, follow-ups without an answer', () => {
    const ranked = rankValues(
      catalogue,
      ticket([customer('Hello?'), customer('Anyone there?'), customer('Still waiting.')], { priority: 'urgent' }),
    );
    const clock = ranked.find((r) => r.valueId === 'clock')!;
    expect(clock.reasons.some((r) => r.kind === 'cue' && r.cue === 'urgent-priority')).toBe(true);
    expect(clock.reasons.some((r) => r.kind === 'cue' && r.cue === 'unanswered-follow-ups')).toBe(true);
  });

  it('treats admin signal words as strong evidence', () => {
    const withSignals: Catalogue = {
      ...catalogue,
      values: catalogue.values.map((v) => (v.id === 'candour' ? { ...v, signals: ['chargeback'] } : v)),
    };
    const ranked = rankValues(withSignals, ticket([customer('I will file a chargeback.'), agent('Thanks for writing.')]));
    expect(ranked[0]!.valueId).toBe('candour');
    expect(ranked[0]!.reasons.some((r) => r.kind === 'cue' && r.cue === 'admin-signal')).toBe(true);
  });

  it('puts dismissed values last and weighs the focused reply in reviewer mode', () => {
    const t = ticket([agent('I am so sorry, I understand.'), agent("Here's how to do it yourself next time, step by step.")]);
    expect(
      rankValues(catalogue, t, { dismissed: ['heart', 'teacher'] })
        .slice(-2)
        .map((r) => r.valueId)
        .sort(),
    ).toEqual(['heart', 'teacher']);
    expect(rankValues(catalogue, t, { focusCommentIndex: 0 })[0]!.valueId).toBe('heart');
    expect(rankValues(catalogue, t, { focusCommentIndex: 1 })[0]!.valueId).toBe('teacher');
  });

  it('is deterministic and says when a runner-up is close', () => {
    const t = ticket([agent('I am so sorry. Here is how you can do it yourself.')]);
    expect(rankValues(catalogue, t)).toEqual(rankValues(catalogue, t));
    expect(typeof isCloseRunnerUp(rankValues(catalogue, t))).toBe('boolean');
    expect(isCloseRunnerUp([])).toBe(false);
  });

  it('never throws and keeps its promises on arbitrary input', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('<b>', '</p>', '&amp;', '> ', '\n', '--\n', 'sorry ', 'how do i '),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      ),
    });
    fc.assert(
      fc.property(
        fc.array(fc.record({ authorRole: fc.constantFrom('end-user', 'agent', 'admin', 'system'), public: fc.boolean(), body: text }), {
          maxLength: 8,
        }),
        text,
        fc.constantFrom('low', 'normal', 'high', 'urgent', null),
        (comments, subject, priority) => {
          const t = ticket(comments as TicketComment[], { subject, priority: priority as TicketSnapshot['priority'] });
          const ranked = rankValues(catalogue, t);
          expect(ranked.map((r) => r.valueId).sort()).toEqual(catalogue.values.map((v) => v.id).sort());
          for (const r of ranked) {
            expect(r.score).toBeGreaterThanOrEqual(0);
            expect(r.score).toBeLessThanOrEqual(1);
            for (const reason of r.reasons) {
              if (reason.kind !== 'phrase') continue;
              const source = reason.commentIndex < 0 ? subject : comments[reason.commentIndex]!.body;
              expect(reason.start).toBeGreaterThanOrEqual(0);
              expect(reason.end).toBeLessThanOrEqual(source.length);
              expect(source.slice(reason.start, reason.end)).toBe(reason.text);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('survives hostile shapes: binary text, huge threads, missing fields', () => {
    const binary = Array.from({ length: 5000 }, (_, i) => String.fromCharCode(i % 65536)).join('');
    expect(rankValues(catalogue, ticket([agent(binary), customer('😀'.repeat(10_000))]))).toHaveLength(4);
    const many = Array.from({ length: 500 }, (_, i) => (i % 2 ? agent('sorry') : customer('how do i')));
    expect(rankValues(catalogue, ticket(many))).toHaveLength(4);
    expect(rankValues(catalogue, { id: 1 } as unknown as TicketSnapshot)).toHaveLength(4);
  });
});
