import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs a script, reads its first line of output, then closes the pipe, as `| head -1` does. */
function firstLineThenClose(args: string[]): Promise<{ line: string; code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let line = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!line && out.includes('\n')) {
        line = out.slice(0, out.indexOf('\n'));
        child.stdout.destroy();
      }
    });
    child.on('close', (code) => resolve({ line, code, stderr }));
  });
}

describe('npm run suggest', () => {
  it('stops quietly when the reader closes the pipe early (| head), with no stack trace', async () => {
    const { line, code, stderr } = await firstLineThenClose([
      'scripts/suggest.ts',
      '../shared/eval/dev2/catalogues.json',
      '../shared/eval/dev2/cases.jsonl',
      '--examples',
      '../shared/eval/dev/cases.jsonl',
    ]);
    expect((JSON.parse(line) as { band: string }).band).toMatch(/^(strong|moderate|weak)$/);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  }, 30_000);
});
