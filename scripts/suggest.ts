// `npm run --silent suggest -- <catalogues.json> <cases.jsonl>`: one JSON line per case, every
// value ranked best first, with the reasons. Labels in the cases are ignored.
import { rankValues } from '../src/domain/suggest/rank-values';
import { readCases, readCatalogues, toCatalogue, toTicket } from './lib/eval-data';

const [cataloguesPath, casesPath] = process.argv.slice(2);
if (!cataloguesPath || !casesPath) {
  console.error('usage: npm run --silent suggest -- <catalogues.json> <cases.jsonl>');
  process.exit(2);
}
const catalogues = readCatalogues(cataloguesPath);
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
