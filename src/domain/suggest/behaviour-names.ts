/**
 * The names of the support behaviours the suggestion reads (ADR 0025), on their own: the catalogue parser checks the
 * names a value declares (ADR 0158) against them without loading the patterns of `behaviours.ts`, which the first paint
 * must not carry.
 */
export const BEHAVIOURS = [
  'apologise',
  'acknowledge',
  'commit-time',
  'follow-up',
  'own-it',
  'own-mistake',
  'explain-cause',
  'straight-talk',
  'teach',
  'options',
  'proactive',
  'beyond',
  'handover',
  'protect',
  'plain-short',
  'celebrate',
  'act-fast',
  'accuracy',
  'improve',
  'reassure',
  'fair-policy',
  // Last, so stored profiles' vectors (aligned by name, ADR 0026) keep their meaning.
  'de-escalate',
  'safeguard',
] as const;

export type Behaviour = (typeof BEHAVIOURS)[number];

/**
 * A behaviour as an admin (or a model, ADR 0159) may write it ("Follow up", "follow_up", " Own it "): its name in
 * `BEHAVIOURS`, or null.
 */
export function behaviourName(written: string): Behaviour | null {
  const key = written
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return (BEHAVIOURS as readonly string[]).includes(key) ? (key as Behaviour) : null;
}
