// `npm run lint`: the architecture's import boundaries (see scripts/lib/boundaries.ts).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkFile } from './lib/boundaries';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const violations = files('src').flatMap((path) => checkFile(relative('src', path).split('\\').join('/'), readFileSync(path, 'utf8')));
for (const v of violations) console.error(`src/${v.file}:${v.line} ${v.rule}: ${v.detail}`);
if (violations.length > 0) {
  console.error(`\n${violations.length} boundary violation(s).`);
  process.exit(1);
}
console.log(`boundaries: ${files('src').length} files checked, no violations`);
