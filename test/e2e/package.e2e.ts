import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

describe('npm run package', () => {
  it('checks the build offline and writes an installable zip with the app at its root', () => {
    const output = execFileSync('npm', ['run', '--silent', 'package'], { encoding: 'utf8' });
    expect(output).toContain('offline checks passed');
    const version = (JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string }).version;
    const files = Object.keys(unzipSync(readFileSync(`tmp/values-coach-${version}.zip`)));
    for (const required of [
      'manifest.json',
      'translations/en.json',
      'assets/iframe.html',
      'assets/logo.png',
      'assets/logo-small.png',
      'assets/icon_nav_bar.svg',
    ]) {
      expect(files).toContain(required);
    }
    expect(files.some((f) => /^assets\/[^/]+\.js$/.test(f))).toBe(true);
    expect(files.some((f) => f.includes('.vite') || f.startsWith('dist/'))).toBe(false);
  }, 180_000);
});
