import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestSpecification, Vitest } from 'vitest/node';
import LongestFirst, { LONGEST_FILES } from './longest-first';

const ROOT = resolve(import.meta.dirname, '../..');

/** A file as the sequencer sees it on a fresh machine: no timings, no file stats. */
const spec = (path: string) =>
  ({
    moduleId: resolve(ROOT, path),
    project: { name: '', config: { sequence: { groupOrder: 0 }, isolate: true } },
  }) as unknown as TestSpecification;
const fresh = {
  config: { root: ROOT },
  cache: { getFileTestResults: () => undefined, getFileStats: () => undefined },
} as unknown as Vitest;

describe('the unit suite starts its longest files first (ADR 0188)', () => {
  it('names files that exist (a renamed file would silently start last again)', () => {
    for (const path of LONGEST_FILES) expect([path, existsSync(resolve(ROOT, path))]).toEqual([path, true]);
  });

  it('moves them to the front in their order and keeps the rest in order', async () => {
    const files = ['src/a.test.ts', LONGEST_FILES[2]!, 'src/b.test.tsx', LONGEST_FILES[0]!, 'scripts/c.test.ts', LONGEST_FILES[1]!];
    const sorted = await new LongestFirst(fresh).sort(files.map(spec));
    expect(sorted.map((f) => f.moduleId.slice(ROOT.length + 1))).toEqual([
      ...LONGEST_FILES,
      'src/a.test.ts',
      'src/b.test.tsx',
      'scripts/c.test.ts',
    ]);
  });

  it('does not take a file for one of them because its name ends the same way', async () => {
    const lookalike = LONGEST_FILES[0]!.replace('scripts/', 'other/scripts-copy/');
    const sorted = await new LongestFirst(fresh).sort([spec('src/x.test.ts'), spec(lookalike)]);
    expect(sorted.map((f) => f.moduleId.slice(ROOT.length + 1))).toEqual(['src/x.test.ts', lookalike]);
  });
});
