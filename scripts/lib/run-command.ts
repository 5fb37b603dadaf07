import { spawn } from 'node:child_process';

export interface CommandOutcome {
  code: number;
  /** What it printed (stdout and stderr, in order), when captured; empty when it printed straight to ours. */
  output: string;
  seconds: number;
}

/** Runs a command to its end: its output captured (`capture`) or printed straight through. Never rejects. */
export function runCommand(command: string, args: readonly string[], capture: boolean): Promise<CommandOutcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const done = (code: number) => resolve({ code, output, seconds: (Date.now() - started) / 1000 });
    child.on('error', (error) => ((output += String(error)), done(1)));
    child.on('close', (code) => done(code ?? 1));
  });
}
