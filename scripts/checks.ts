// The static checks of `npm test` side by side: `tsc` and ESLint are single-threaded, and running
// them one after the other left a core idle for about a minute. Each check's output is printed
// whole when it ends (no interleaving); the run fails if any check failed.
import { spawn } from 'node:child_process';

const CHECKS: Record<string, string[]> = {
  typecheck: ['npm', 'run', '--silent', 'typecheck'],
  eslint: ['npx', 'eslint', '.', '--max-warnings=0'],
  prettier: ['npx', 'prettier', '--check', '.'],
};

type Outcome = { name: string; code: number; output: string; seconds: number };

function run(name: string, [command, ...args]: string[]): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command!, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const done = (code: number) => resolve({ name, code, output, seconds: (Date.now() - started) / 1000 });
    child.on('error', (error) => ((output += String(error)), done(1)));
    child.on('close', (code) => done(code ?? 1));
  });
}

const outcomes = await Promise.all(Object.entries(CHECKS).map(([name, command]) => run(name, command)));
for (const { name, code, output, seconds } of outcomes) {
  console.log(`\n── ${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${seconds.toFixed(0)} s`);
  if (output.trim()) console.log(output.trimEnd());
}
process.exit(outcomes.some((o) => o.code !== 0) ? 1 : 0);
