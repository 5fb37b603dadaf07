// `npm run --silent eval -- <catalogues.json> <cases.jsonl> [--examples <examples.jsonl>] [--few-shot] [--situation]`:
// how often the suggestion matches the label, and how trustworthy each band is.
// Leave-one-team-out over several sets: `npm run --silent eval:loto`.
import { flagValue, readCases, readCatalogues } from './lib/eval-data';
import { evaluate, formatReport } from './lib/evaluate';
import { endQuietlyWhenThePipeCloses } from './lib/stdout';

endQuietlyWhenThePipeCloses();

const args = process.argv.slice(2);
const examplesPath = flagValue(args, '--examples');
const [cataloguesPath, casesPath] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--examples');
if (!cataloguesPath || !casesPath) {
  console.error('usage: npm run --silent eval -- <catalogues.json> <cases.jsonl> [--examples <examples.jsonl>] [--few-shot] [--situation]');
  process.exit(2);
}
const onError = (line: number, message: string) => console.error(`line ${line}: not JSON (${message})`);
const cases = readCases(casesPath, onError);
console.log(
  formatReport(
    evaluate(readCatalogues(cataloguesPath), cases, {
      ...(examplesPath ? { examples: readCases(examplesPath, onError) } : {}),
      fewShot: args.includes('--few-shot'),
      situation: args.includes('--situation'),
    }),
  ),
);
