// `npx tsx scripts/propose-behaviours.ts <dir or catalogues.json>… --out <file.json>` and one of:
//   --provider <openai|anthropic|azure> --model <name> --key-env <VARIABLE> [--base-url <url>]: asks the provider, with
//     the request the leads page sends (ADR 0159), for each team's values' behaviours;
//   --requests <dir>: writes each team's request (OpenAI's shape, `<team>.json`) for a model run elsewhere, and stops;
//   --answers <dir>: reads each team's answer (`<team>.json`, the JSON the request's schema describes) as the app reads
//     a provider's reply.
// The output is what `npm run eval:unseen -- --declared=<file.json>` applies: team → value name → behaviours, main first.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { flattenMessages } from '../src/i18n/translator';
import { behaviourMeanings } from '../src/domain/suggest-llm/behaviour-meanings';
import { buildProposalRequest, proposalOf, type ProposalOutcome } from '../src/domain/suggest-llm/behaviour-proposal';
import type { ProviderReply } from '../src/domain/suggest-llm/outcome';
import type { ProviderConfig } from '../src/domain/suggest-llm/types';
import { flagValue, readCatalogues, toCatalogue } from './lib/eval-data';
import { fetchSender, parseProviderFlags } from './lib/provider-suggest';

const args = process.argv.slice(2);
const withValue = new Set(['--out', '--requests', '--answers', '--provider', '--model', '--key-env', '--base-url', '--timeout-ms']);
const paths = args.filter((a, i) => !a.startsWith('--') && !withValue.has(args[i - 1] ?? ''));
const out = flagValue(args, '--out');
const requestsDir = flagValue(args, '--requests');
const answersDir = flagValue(args, '--answers');
const provider = parseProviderFlags(args);
if (paths.length === 0 || (!requestsDir && !out) || (!requestsDir && !answersDir && !provider)) {
  console.error(
    'usage: npx tsx scripts/propose-behaviours.ts <dir or catalogues.json>… (--requests <dir> | --answers <dir> --out <file> | --provider … --out <file>)',
  );
  process.exit(2);
}
if (provider && 'error' in provider) {
  console.error(provider.error);
  process.exit(2);
}

const meanings = behaviourMeanings(flattenMessages(JSON.parse(readFileSync('translations/en.json', 'utf8'))));
// A folder holds a team (catalogues.json); anything else in a glob such as unseen/* (README.md) is skipped.
const files = paths
  .map((p) => (statSync(p).isDirectory() ? `${p}/catalogues.json` : p))
  .filter((f) => f.endsWith('.json') && existsSync(f));
const teams = files.flatMap((f) => [...readCatalogues(f).values()]);
// The stand-in's answers are read as an OpenAI-compatible reply carrying them: the app's own reading, unchanged.
const standIn: ProviderConfig = { provider: 'openai', model: 'stand-in', baseUrl: '', masking: true };
const config = provider?.config ?? standIn;
const key = provider ? process.env[provider.keyEnv] : 'KEY';
if (!key) {
  console.error(`the environment variable ${provider!.keyEnv} is empty`);
  process.exit(2);
}
const send = provider ? fetchSender(provider.timeoutMs) : undefined;

if (requestsDir) mkdirSync(requestsDir, { recursive: true });
const declared: Record<string, Record<string, string[]>> = {};
const fallbacks: string[] = [];
let unknownNames = 0;
for (const team of teams) {
  const catalogue = toCatalogue(team);
  const request = buildProposalRequest(config, catalogue, meanings, key);
  if (requestsDir) {
    writeFileSync(`${requestsDir}/${team.id}.json`, `${JSON.stringify(request.body, null, 1)}\n`);
    continue;
  }
  let reply: ProviderReply;
  if (send) reply = await send(request);
  else {
    const file = `${answersDir}/${team.id}.json`;
    const content = existsSync(file) ? readFileSync(file, 'utf8') : '';
    reply = { kind: 'response', status: 200, headers: {}, body: { choices: [{ message: { content } }] } };
  }
  const outcome: ProposalOutcome = proposalOf(reply, config, catalogue);
  if (outcome.kind === 'fallback') {
    fallbacks.push(`${team.id}: ${outcome.reason}`);
    continue;
  }
  unknownNames += outcome.unknownNames;
  const names = new Map(catalogue.values.map((v) => [v.id, v.name]));
  declared[team.id] = Object.fromEntries(
    outcome.values.filter((v) => v.behaviours.length > 0).map((v) => [names.get(v.id)!, v.behaviours]),
  );
}
if (requestsDir) {
  console.error(`${teams.length} requests written to ${requestsDir}`);
} else {
  writeFileSync(out!, `${JSON.stringify(declared, null, 1)}\n`);
  console.error(
    `${Object.keys(declared).length} of ${teams.length} teams proposed; names not behaviours, left out: ${unknownNames}; ` +
      `no proposal: ${fallbacks.length ? fallbacks.join(', ') : 'none'}`,
  );
}
