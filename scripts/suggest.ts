// `npm run --silent suggest -- <catalogues.json> <cases.jsonl>`: one JSON line per case, every
// value ranked best first, with the reasons. Labels in the cases are ignored.
import { rankValues } from '../src/domain/suggest/rank-values';
import { readCases, readCatalogues, toCatalogue, toTicket } from './lib/eval-data';
import { formatSummary, parseProviderFlags, runProviderSuggest } from './lib/provider-suggest';

const [cataloguesPath, casesPath] = process.argv.slice(2);
if (!cataloguesPath || !casesPath) {
  console.error('usage: npm run --silent suggest -- <catalogues.json> <cases.jsonl>');
  process.exit(2);
}
const catalogues = readCatalogues(cataloguesPath);
const providerFlags = parseProviderFlags(process.argv.slice(4));
if (providerFlags) {
  const key = 'error' in providerFlags ? undefined : process.env[providerFlags.keyEnv];
  if ('error' in providerFlags || !key) {
    console.error('error' in providerFlags ? providerFlags.error : `the environment variable ${providerFlags.keyEnv} is empty`);
    process.exit(2);
  }
  const cases = readCases(casesPath, (line, message) => console.error(`line ${line}: not JSON (${message})`));
  const summary = await runProviderSuggest(providerFlags, key, catalogues, cases, (line) => process.stdout.write(`${line}\n`));
  console.error(formatSummary(summary));
  process.exit(0);
}
const converted = new Map([...catalogues].map(([id, c]) => [id, toCatalogue(c)]));
for (const item of readCases(casesPath, (line, message) => console.error(`line ${line}: not JSON (${message})`))) {
  const catalogue = converted.get(item.catalogue);
  if (!catalogue) {
    console.error(`case ${item.id}: unknown catalogue ${item.catalogue}`);
    continue;
  }
  const names = new Map(catalogue.values.map((v) => [v.id, v.name]));
  const ranked = rankValues(catalogue, toTicket(item.ticket ?? {}));
  process.stdout.write(
    `${JSON.stringify({ id: item.id, ranked: ranked.map((r) => ({ value: names.get(r.valueId), score: r.score, band: r.band, reasons: r.reasons })) })}\n`,
  );
}
