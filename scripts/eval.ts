// `npm run --silent eval -- <catalogues.json> <cases.jsonl>`: how often the suggestion matches the label.
import { readCases, readCatalogues } from './lib/eval-data';
import { evaluate, formatReport } from './lib/evaluate';

const [cataloguesPath, casesPath] = process.argv.slice(2);
if (!cataloguesPath || !casesPath) {
  console.error('usage: npm run --silent eval -- <catalogues.json> <cases.jsonl>');
  process.exit(2);
}
const cases = readCases(casesPath, (line, message) => console.error(`line ${line}: not JSON (${message})`));
console.log(formatReport(evaluate(readCatalogues(cataloguesPath), cases)));
