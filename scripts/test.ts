// `npm test`: the unit suite, then the end-to-end suite with the static checks (tsc, ESLint, Prettier) beside it, then
// every suite's counts (ADR 0172). The unit suite keeps both cores busy; the end-to-end suite drives one browser at a
// time, which leaves room for the checks (two to three minutes when they ran after each other): the two together take
// about a minute longer than the end-to-end suite alone. The end-to-end output streams as it runs; the checks' output is
// printed whole when both are done, so the two never interleave. Any failure fails the run; a failing unit suite stops
// it, as before.
import { rmSync } from 'node:fs';
import { runCommand } from './lib/run-command';

const started = Date.now();
const since = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
rmSync('.tmp/test-counts', { recursive: true, force: true });

const unit = await runCommand('npm', ['run', '--silent', 'test:unit'], false);
if (unit.code !== 0) {
  console.error(`\nunit suite failed (${since()}); end-to-end and checks not run`);
  process.exit(unit.code);
}
console.log(`\n── unit suite done at ${since()}; end-to-end suite, with the static checks beside it`);
const [e2e, checks] = await Promise.all([
  runCommand('npm', ['run', '--silent', 'test:e2e'], false),
  runCommand('npx', ['tsx', 'scripts/checks.ts'], true),
]);
console.log(checks.output.trimEnd());
console.log(`\n── end-to-end ${e2e.code === 0 ? 'ok' : 'FAILED'}, checks ${checks.code === 0 ? 'ok' : 'FAILED'}, at ${since()}`);
const summary = await runCommand('npx', ['tsx', 'scripts/test-summary.ts'], false);
process.exit(e2e.code || checks.code || summary.code);
