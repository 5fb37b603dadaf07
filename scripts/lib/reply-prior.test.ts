import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { priorEvidence, type PriorLanguagePart, type ReplyPrior } from '../../src/domain/suggest/reply-prior';
import { BEHAVIOURS } from '../../src/domain/suggest/behaviours';
import { heldOutPrior, labelledPriorRows } from './eval-core';
import {
  PRIOR_OPTIONS,
  priorOptionsFor,
  priorVocabularies,
  priorVocabulary,
  trainPrior,
  type PriorMode,
  type PriorRow,
} from './reply-prior';
import { PRIOR_LANGUAGES } from './shipped-languages';

// Training on every labelled team takes a few seconds.
describe('the reply and situation priors (ADR 0155)', { timeout: 120_000 }, () => {
  // Each mode's rows are read once per process (the eval harness's own, which its held-out priors learn from).
  const rowsOf = (mode: PriorMode) => labelledPriorRows(mode);
  // And each mode's prior on every team is trained once for the file (the longest step here).
  const fullByMode = new Map<PriorMode, ReplyPrior>();
  const fullOf = (mode: PriorMode) => {
    if (!fullByMode.has(mode)) fullByMode.set(mode, trainPrior(rowsOf(mode), priorOptionsFor(mode)));
    return fullByMode.get(mode)!;
  };

  it.each([
    ['reply', 'src/domain/suggest/data/reply-prior.json'],
    ['situation', 'src/domain/suggest/data/situation-prior.json'],
  ] as const)(
    'ships the %s prior `npm run build:prior` trains on every labelled team, so the asset can be rebuilt and checked',
    (mode, file) => {
      const shipped = JSON.parse(readFileSync(file, 'utf8')) as ReplyPrior;
      const trained = fullOf(mode);
      expect(shipped.behaviours).toEqual(trained.behaviours);
      expect(shipped.alpha).toBeCloseTo(trained.alpha, 3);
      expect(shipped.unit).toBe(trained.unit);
      expect(Object.keys(shipped.stems).sort()).toEqual(Object.keys(trained.stems).sort());
      // Rounded to hundredths on any machine: a weight may land one step apart.
      for (const [stem, row] of Object.entries(trained.stems))
        row.forEach((w, b) => expect(Math.abs(w - shipped.stems[stem]![b]!), stem).toBeLessThanOrEqual(1));
      // The values' side (ADR 0164; the situation prior's since ADR 0166, from stems more teams share).
      expect(Object.keys(shipped.values ?? {}).sort()).toEqual(Object.keys(trained.values ?? {}).sort());
      expect(shipped.valueUnit).toBe(trained.valueUnit);
      // The shortest length a text is read at (ADR 0169), from the training texts.
      expect(shipped.minTerms).toBe(trained.minTerms);
      expect(Object.keys(shipped.values ?? {}).length).toBeGreaterThan(mode === 'reply' ? 1000 : 100);
      for (const [stem, row] of Object.entries(trained.values ?? {}))
        row.forEach((w, b) => expect(Math.abs(w - shipped.values![stem]![b]!), stem).toBeLessThanOrEqual(1));
      // Its stems of one language, each language in a file of its own (ADR 0178), none in the shared asset.
      expect(shipped.languages).toBeUndefined();
      const files = readdirSync(PRIOR_LANGUAGES).map((f) => f.replace(/\.json$/, ''));
      for (const [language, table] of Object.entries(trained.languages ?? {})) {
        expect(files).toContain(language);
        const part = (JSON.parse(readFileSync(`${PRIOR_LANGUAGES}/${language}.json`, 'utf8')) as PriorLanguagePart)[mode]!;
        expect(Object.keys(part).sort(), language).toEqual(Object.keys(table).sort());
        for (const [stem, row] of Object.entries(table)) {
          expect(shipped.stems[stem], stem).toBeUndefined();
          row.forEach((w, b) => expect(Math.abs(w - part[stem]![b]!), stem).toBeLessThanOrEqual(1));
        }
      }
    },
  );

  it('writes no language part the priors do not have', () => {
    const languages = new Set([...Object.keys(fullOf('reply').languages ?? {}), ...Object.keys(fullOf('situation').languages ?? {})]);
    expect(
      readdirSync(PRIOR_LANGUAGES)
        .map((f) => f.replace(/\.json$/, ''))
        .sort(),
    ).toEqual([...languages].sort());
    // English is written by more teams than any language's share is counted for: its stems are all shared.
    expect(languages.has('en')).toBe(false);
  });

  it('scores each labelled team with priors trained without it', () => {
    const team = 'center';
    const rows = rowsOf('reply');
    expect(rows.some((r) => r.team === team)).toBe(true);
    const without = trainPrior(rows.filter((r) => r.team !== team));
    expect(heldOutPrior(team)).toEqual(without);
    expect(without).not.toEqual(fullOf('reply'));
    const situationRows = rowsOf('situation');
    expect(heldOutPrior(team, 'situation')).toEqual(
      trainPrior(
        situationRows.filter((r) => r.team !== team),
        priorOptionsFor('situation'),
      ),
    );
  });
});

describe('which stems a prior learns (ADR 0156, 0173)', () => {
  // 20 English teams and 5 Dutch ones: each team's rows use its language's common words and one word of its own.
  const rows = [
    ...Array.from({ length: 20 }, (_, i) => ({
      team: `en${i}`,
      language: 'en',
      stems: ['refund', `product${i}`, ...(i < 8 ? ['apolog'] : [])],
    })),
    ...Array.from({ length: 5 }, (_, i) => ({
      team: `nl${i}`,
      language: 'nl',
      stems: ['terugbetal', `merk${i}`, ...(i < 2 ? ['excus'] : [])],
    })),
  ];
  const options = { ...PRIOR_OPTIONS, minTeams: 15, languageShare: 0.4, languageMinTeams: 4, languageMaxTeams: 0 };

  it('keeps a stem that enough teams use, whatever their language', () => {
    expect(priorVocabulary(rows, options)).toContain('refund');
  });

  it("keeps a stem that a good share of one language's teams use, though fewer than `minTeams` teams write that language", () => {
    expect(priorVocabulary(rows, options)).toContain('terugbetal');
    // Without the language's share, Dutch could never reach 15 teams.
    expect(priorVocabulary(rows, { ...options, languageShare: 0 })).not.toContain('terugbetal');
  });

  it("leaves out a stem too few of its language's teams use, and every team's own words", () => {
    const vocabulary = priorVocabulary(rows, options);
    // 8 of 20 English teams reach the share; 2 of 5 Dutch teams reach it too, but are fewer than `languageMinTeams`.
    expect(vocabulary).toContain('apolog');
    expect(vocabulary).not.toContain('excus');
    expect(vocabulary.filter((s) => s.startsWith('product') || s.startsWith('merk'))).toEqual([]);
  });

  it("keeps a stem of one language's share apart, to be read only in that language's replies (ADR 0178)", () => {
    const { shared, byLanguage } = priorVocabularies(rows, options);
    expect(shared).toEqual(['refund']);
    expect(byLanguage.get('nl')).toEqual(['terugbetal']);
    expect(byLanguage.get('en')).toEqual(['apolog']);
  });

  it("counts a language's share only for languages fewer than `languageMaxTeams` teams write", () => {
    const { byLanguage } = priorVocabularies(rows, { ...options, languageMaxTeams: 15 });
    expect([...byLanguage.keys()]).toEqual(['nl']);
    expect(priorVocabularies(rows, { ...options, languageMaxTeams: 5 }).byLanguage.size).toBe(0);
  });
});

describe('a prior trained with stems of one language (ADR 0178)', () => {
  // Two values, the first read as apologising and the second as explaining; every reply holds a word no other team's
  // reply does, so only the shared or the one-language stem can tell the values apart.
  const B = BEHAVIOURS.length;
  const perBehaviour = new Float64Array(2 * B);
  perBehaviour[0] = 1;
  perBehaviour[B + BEHAVIOURS.indexOf('explain-cause')] = 1;
  const row = (team: string, language: string, stems: string[], expected: number): PriorRow => ({
    team,
    language,
    total: new Float64Array(2),
    perBehaviour,
    stems: [...stems, `own-${team}`],
    expected,
    shown: new Float64Array(B),
    valueStems: [[], []],
  });
  // Five Dutch teams whose replies with `terugbetal` show the first value; twenty English teams whose replies use the
  // same letters (a product's name, say) and show the second.
  const rows = [
    ...Array.from({ length: 5 }, (_, i) => row(`nl${i}`, 'nl', ['terugbetal'], 0)),
    ...Array.from({ length: 20 }, (_, i) => row(`en${i}`, 'en', ['terugbetal'], 1)),
  ];
  const options = { ...PRIOR_OPTIONS, minTeams: 30, languageShare: 0.4, languageMinTeams: 4, languageMaxTeams: 15, valueMinTeams: 0 };
  const prior = trainPrior(rows, options);

  it("learns the stem's weights from its language's replies only, and stores them apart", () => {
    expect(Object.keys(prior.stems)).toEqual([]);
    expect(Object.keys(prior.languages ?? {})).toEqual(['nl']);
    const weights = prior.languages!.nl!.terugbetal!;
    // What the Dutch replies showed, untouched by the English ones that would have taught the opposite.
    expect(weights[0]).toBeGreaterThan(0);
    expect(weights[BEHAVIOURS.indexOf('explain-cause')]).toBeLessThan(0);
  });

  it("is read in a reply to a catalogue in that language, and not in another's", () => {
    const terms = new Map([['terugbetal', 1]]);
    expect(priorEvidence(prior, terms, 'nl')[0]).toBeGreaterThan(0);
    expect(priorEvidence(prior, terms, 'en').every((x) => x === 0)).toBe(true);
    expect(priorEvidence(prior, terms).every((x) => x === 0)).toBe(true);
  });
});
