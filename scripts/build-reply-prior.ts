// `npm run build:prior`: trains the reply prior and the situation prior (ADR 0155) on every labelled team (the six dev
// teams and the teams under test/fixtures/eval/unseen) and writes them to src/domain/suggest/data/. The eval harness never scores a team
// with this asset: it trains one without the team it scores (eval-core's `heldOutPrior`). The stems a prior reads only
// in one language's replies go to that language's file under data/languages/ (ADR 0178), loaded for a catalogue in it.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { PriorLanguagePart } from '../src/domain/suggest/reply-prior';
import { DEV_SETS, prepareSets, unseenSets } from './lib/eval-core';
import { priorOptionsFor, priorRows, trainPrior, type PriorMode } from './lib/reply-prior';
import { PRIOR_LANGUAGES } from './lib/shipped-languages';

export const PRIOR_ASSETS = {
  reply: 'src/domain/suggest/data/reply-prior.json',
  situation: 'src/domain/suggest/data/situation-prior.json',
} as const;

const cases = prepareSets([...DEV_SETS, ...unseenSets()]);
const parts = new Map<string, PriorLanguagePart>();
for (const [mode, file] of Object.entries(PRIOR_ASSETS) as [PriorMode, string][]) {
  const { languages = {}, ...prior } = trainPrior(priorRows(cases, undefined, mode), priorOptionsFor(mode));
  const json = JSON.stringify(prior);
  writeFileSync(file, json + '\n');
  console.log(`${file}: ${Object.keys(prior.stems).length} stems, alpha ${prior.alpha}, ${(json.length / 1024).toFixed(1)} KB`);
  for (const [language, table] of Object.entries(languages)) parts.set(language, { ...parts.get(language), [mode]: table });
}
mkdirSync(PRIOR_LANGUAGES, { recursive: true });
for (const file of readdirSync(PRIOR_LANGUAGES)) rmSync(`${PRIOR_LANGUAGES}/${file}`);
for (const [language, part] of [...parts].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const json = JSON.stringify(part);
  writeFileSync(`${PRIOR_LANGUAGES}/${language}.json`, json + '\n');
  const count = (mode: PriorMode) => Object.keys(part[mode] ?? {}).length;
  console.log(
    `${PRIOR_LANGUAGES}/${language}.json: ${count('reply')} + ${count('situation')} stems, ${(json.length / 1024).toFixed(1)} KB`,
  );
}
