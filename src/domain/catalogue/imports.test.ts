import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe("the catalogue parser's imports (it is in the sidebar's first paint)", () => {
  it('take nothing from the suggestion engine but the behaviour names: its pattern tables are loaded lazily (ADR 0158)', () => {
    // Importing behaviours.ts for its names put every pattern table in the first paint once: 93.2 → 124.2 KB gzip.
    const dir = join(process.cwd(), 'src/domain/catalogue');
    const fromSuggest = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/from '\.\.\/suggest\/([^']+)'/g)].map((m) => `${f}: ${m[1]}`));
    expect(fromSuggest.every((line) => line.endsWith(': behaviour-names'))).toBe(true);
    expect(fromSuggest.length).toBeGreaterThan(0);
  });
});
