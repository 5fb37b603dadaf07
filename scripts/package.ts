// `npm run package`: offline checks on dist/ (what zcli would check, minus the upload), then a zip.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { checkPackage } from './lib/package-checks';

const dist = resolve('dist');
const problems = checkPackage(dist);
if (problems.length > 0) {
  for (const problem of problems) console.error(`✗ ${relative(process.cwd(), problem.file)} ${problem.message}`);
  console.error(`\n${problems.length} problem(s): no package written.`);
  process.exit(1);
}

function collect(dir: string, into: Record<string, Uint8Array> = {}): Record<string, Uint8Array> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, into);
    else into[relative(dist, path).split('\\').join('/')] = readFileSync(path);
  }
  return into;
}

const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { version: string };
const files = collect(dist);
// A fixed timestamp keeps the zip byte-for-byte reproducible for the same build.
const zip = zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
mkdirSync('tmp', { recursive: true });
const out = resolve('tmp', `values-coach-${manifest.version}.zip`);
writeFileSync(out, zip);
console.log(`✓ offline checks passed (${Object.keys(files).length} files)`);
console.log(`✓ wrote ${relative(process.cwd(), out)} (${(zip.length / 1024).toFixed(1)} KB)`);
