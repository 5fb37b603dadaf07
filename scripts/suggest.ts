// `npm run --silent suggest -- <catalogues.json> <cases.jsonl> [--examples <examples.jsonl>]`: one JSON
// line per case, every value ranked best first, with the reasons; `band` is what the sidebar shows for
// the top value. With --examples (cases whose last public agent reply was tagged `expected`), the
// ranking also uses the profile those tags teach. Labels in the ranked cases are ignored.
import { rankValues } from '../src/domain/suggest/rank-values';
import { prepare, profileFrom } from './lib/eval-core';
import { flagValue, readCases, readCatalogues, toCatalogue, toTicket } from './lib/eval-data';
import { formatSummary, parseProviderFlags, runProviderSuggest } from './lib/provider-suggest';
import { endQuietlyWhenThePipeCloses } from './lib/stdout';

endQuietlyWhenThePipeCloses();

const args = process.argv.slice(2);
const examplesPath = flagValue(args, '--examples');
const [cataloguesPath, casesPath] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--examples');
if (!cataloguesPath || !casesPath) {
  console.error('usage: npm run --silent suggest -- <catalogues.json> <cases.jsonl> [--examples <examples.jsonl>]');
  process.exit(2);
}
const onError = (line: number, message: string) => console.error(`line ${line}: not JSON (${message})`);
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
const examples = examplesPath ? prepare(catalogues, readCases(examplesPath, onError)) : [];
const profiles = new Map([...converted.keys()].map((id) => [id, profileFrom(examples.filter((e) => e.team === id))]));
for (const item of readCases(casesPath, onError)) {
  const catalogue = converted.get(item.catalogue);
  if (!catalogue) {
    console.error(`case ${item.id}: unknown catalogue ${item.catalogue}`);
    continue;
  }
  const names = new Map(catalogue.values.map((v) => [v.id, v.name]));
  const learned = examplesPath ? profiles.get(item.catalogue) : undefined;
  const ranked = rankValues(catalogue, toTicket(item.ticket ?? {}), learned ? { learned } : {});
  process.stdout.write(
    `${JSON.stringify({
      id: item.id,
      band: ranked[0]?.band ?? 'weak',
      ranked: ranked.map((r) => ({ value: names.get(r.valueId), score: r.score, band: r.band, reasons: r.reasons })),
    })}\n`,
  );
}
