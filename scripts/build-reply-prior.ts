// `npm run build:prior`: trains the reply prior (ADR 0155) on every labelled team (the six dev teams and the teams under
// test/fixtures/eval/unseen) and writes src/domain/suggest/data/reply-prior.json. The eval harness never scores a team
// with this asset: it trains one without the team it scores (eval-core's `heldOutPrior`).
import { writeFileSync } from 'node:fs';
import { DEV_SETS, prepareSets, unseenSets } from './lib/eval-core';
import { priorRows, trainPrior } from './lib/reply-prior';

export const PRIOR_ASSET = 'src/domain/suggest/data/reply-prior.json';

const prior = trainPrior(priorRows(prepareSets([...DEV_SETS, ...unseenSets()])));
const json = JSON.stringify(prior);
writeFileSync(PRIOR_ASSET, json + '\n');
console.log(`${PRIOR_ASSET}: ${Object.keys(prior.stems).length} stems, alpha ${prior.alpha}, ${(json.length / 1024).toFixed(1)} KB`);
