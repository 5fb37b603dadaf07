// The static checks of `npm test` side by side: `tsc` and ESLint are single-threaded, and running
// them one after the other left a core idle for about a minute. Each check's output is printed
// whole when it ends (no interleaving); the run fails if any check failed.
import { runCommand } from './lib/run-command';

const CHECKS: Record<string, string[]> = {
  typecheck: ['npm', 'run', '--silent', 'typecheck'],
  eslint: ['npx', 'eslint', '.', '--max-warnings=0'],
  prettier: ['npx', 'prettier', '--check', '.'],
};

const outcomes = await Promise.all(
  Object.entries(CHECKS).map(async ([name, [command, ...args]]) => ({ name, ...(await runCommand(command!, args, true)) })),
);
for (const { name, code, output, seconds } of outcomes) {
  console.log(`\n── ${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${seconds.toFixed(0)} s`);
  if (output.trim()) console.log(output.trimEnd());
}
process.exit(outcomes.some((o) => o.code !== 0) ? 1 : 0);
