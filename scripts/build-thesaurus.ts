// `npx tsx scripts/build-thesaurus.ts <mythes dir>`: trims the LibreOffice thesauri (Debian packages
// mythes-en-us, mythes-es, mythes-pt-br, mythes-de, mythes-fr; see ADR 0075 for licences and why
// Italian is left out) into src/domain/suggest/data/thesaurus.json: for each language, the words that
// are synonyms of a word describing a support behaviour (the `describe` patterns of behaviours.ts),
// and which behaviours. It lets a value written with other words ("dependable", "sincere") map onto
// the behaviours; it never adds reply phrases.
//
// Get the data: `apt-get download mythes-en-us mythes-es mythes-pt-br mythes-de mythes-fr && for f in *.deb; do dpkg -x $f x; done`,
// then pass x/usr/share/mythes.
import { readFileSync, writeFileSync } from 'node:fs';
import { BEHAVIOURS, DESCRIBE_PATTERNS, type Behaviour } from '../src/domain/suggest/behaviours';
import { foldText } from '../src/domain/suggest/reply-reading';
import { STOPWORDS } from '../src/domain/suggest/stopwords';

const dir = process.argv[2] ?? '/tmp/mythes';
const out = process.argv[3] ?? 'src/domain/suggest/data/thesaurus.json';
const FILES: Record<string, string> = {
  en: 'th_en_US_v2.dat',
  es: 'th_es_ES_v2.dat',
  pt: 'th_pt_BR.dat',
  de: 'th_de_DE_v2.dat',
  fr: 'thes_fr.dat',
};
/** Only the most common senses of a describing word, and their first synonyms: later ones drift. */
const SENSES = 1;
const SYNONYMS_PER_SENSE = 8;
/** A word that would point at more behaviours than this says nothing about any of them. */
const MAX_BEHAVIOURS = 2;
/** Letters a seed may have past its pattern's stem (an ending, not another word). */
const MAX_ENDING = 1;

function decode(buffer: Buffer): string {
  const first = buffer.subarray(0, 40).toString('latin1').split('\n')[0]!.trim().toUpperCase();
  return first.startsWith('ISO8859') || first.startsWith('ISO-8859') ? buffer.toString('latin1') : buffer.toString('utf8');
}

/** The single-word synonyms of a sense line: "(noun)|a|b (generic term)|c" → a, c. */
function synonymsOf(line: string): string[] {
  return line
    .split('|')
    .slice(1)
    .filter((s) => !/\((generic|related|antonym|similar) term\)|antonym|antónimo|antônimo|antonyme/i.test(s))
    .map((s) => foldText(s.replace(/\([^)]*\)/g, '').trim()))
    .filter((s) => /^[a-z][a-z'-]{3,}$/.test(s) && !STOPWORDS.has(s));
}

const describes = (word: string): Behaviour[] => BEHAVIOURS.filter((b) => DESCRIBE_PATTERNS[b].test(word));
/** A describing word is a seed only when the pattern's stem is most of it ("quick", not "quicklime"). */
const seeds = (word: string): Behaviour[] =>
  BEHAVIOURS.filter((b) => {
    const m = DESCRIBE_PATTERNS[b].exec(word);
    return m !== null && m.index === 0 && word.length - m[0].length <= MAX_ENDING;
  });

const result: { source: string; behaviours: string[]; words: Record<string, Record<string, number[]>> } = {
  source:
    'Trimmed from the LibreOffice thesauri as packaged by Debian (mythes-*); see docs/decisions/0075. Built by scripts/build-thesaurus.ts.',
  behaviours: [...BEHAVIOURS],
  words: {},
};
for (const [lang, file] of Object.entries(FILES)) {
  const lines = decode(readFileSync(`${dir}/${file}`)).split('\n');
  const found = new Map<string, Set<number>>();
  for (let i = 1; i < lines.length; i++) {
    const [head, count] = lines[i]!.split('|');
    const n = Number(count);
    if (!head || !Number.isInteger(n) || n <= 0) continue;
    const word = foldText(head.trim());
    const senses = lines.slice(i + 1, i + 1 + n);
    i += n;
    if (!/^[a-z][a-z'-]{3,}$/.test(word) || STOPWORDS.has(word)) continue;
    const behaviours = seeds(word);
    if (behaviours.length === 0) continue;
    for (const sense of senses.slice(0, SENSES)) {
      for (const syn of synonymsOf(sense).slice(0, SYNONYMS_PER_SENSE)) {
        // Words the patterns already recognise need no entry.
        if (describes(syn).length > 0) continue;
        const set = found.get(syn) ?? new Set<number>();
        for (const b of behaviours) set.add(BEHAVIOURS.indexOf(b));
        found.set(syn, set);
      }
    }
  }
  const words: Record<string, number[]> = {};
  for (const [w, set] of [...found].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    if (set.size <= MAX_BEHAVIOURS) words[w] = [...set].sort((a, b) => a - b);
  result.words[lang] = words;
  console.log(`${lang}: ${Object.keys(words).length} words`);
}
writeFileSync(out, `${JSON.stringify(result)}\n`);
console.log(`${out}: ${readFileSync(out).length} bytes`);
