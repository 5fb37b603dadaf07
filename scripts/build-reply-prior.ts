// `npm run build:prior`: trains the reply prior and the situation prior (ADR 0155) on every labelled team (the six dev
// teams and the teams under test/fixtures/eval/unseen) and writes them to src/domain/suggest/data/. The eval harness never scores a team
// with this asset: it trains one without the team it scores (eval-core's `heldOutPrior`).
import { writeFileSync } from 'node:fs';
import { DEV_SETS, prepareSets, unseenSets } from './lib/eval-core';
import { priorOptionsFor, priorRows, trainPrior, type PriorMode } from './lib/reply-prior';

export const PRIOR_ASSETS = {
  reply: 'src/domain/suggest/data/reply-prior.json',
  situation: 'src/domain/suggest/data/situation-prior.json',
} as const;

const cases = prepareSets([...DEV_SETS, ...unseenSets()]);
for (const [mode, file] of Object.entries(PRIOR_ASSETS) as [PriorMode, string][]) {
  const prior = trainPrior(priorRows(cases, undefined, mode), priorOptionsFor(mode));
  const json = JSON.stringify(prior);
  writeFileSync(file, json + '\n');
  console.log(`${file}: ${Object.keys(prior.stems).length} stems, alpha ${prior.alpha}, ${(json.length / 1024).toFixed(1)} KB`);
}
