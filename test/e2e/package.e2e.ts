import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

describe('npm run package', () => {
  it('checks the build offline and writes an installable zip with the app at its root', () => {
    const output = execFileSync('npm', ['run', '--silent', 'package'], { encoding: 'utf8' });
    expect(output).toContain('offline checks passed');
    const version = (JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string }).version;
    const zip = unzipSync(readFileSync(`tmp/values-coach-${version}.zip`));
    const files = Object.keys(zip);
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

    // What ships is React's production build, whatever NODE_ENV the shell has: this test runs under Vitest's
    // NODE_ENV=test, which made Vite bundle React's development build (and the app's StrictMode) into dist/, where
    // the e2e specs that ran after this one then tested it instead of what ships.
    const code = files.filter((f) => f.endsWith('.js')).map((f) => new TextDecoder().decode(zip[f]));
    expect(code.some((js) => js.includes('Download the React DevTools'))).toBe(false);
    expect(code.some((js) => js.includes('react-dom.development'))).toBe(false);

    // Every shipped language asset is attributed, with its licence text (ADR 0075, 0090).
    const notices = new TextDecoder().decode(zip['THIRD-PARTY-NOTICES.txt']);
    const stemmers = (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies[
      '@orama/stemmers'
    ];
    expect(notices).toContain(`@orama/stemmers ${stemmers}`);
    expect(notices).toContain('Snowball');
    const thesaurus = JSON.parse(readFileSync('src/domain/suggest/data/thesaurus.json', 'utf8')) as { words: Record<string, unknown> };
    const debianPackage: Record<string, string> = {
      en: 'mythes-en-us',
      es: 'mythes-es',
      pt: 'mythes-pt-br',
      de: 'mythes-de',
      fr: 'mythes-fr',
    };
    for (const lang of Object.keys(thesaurus.words))
      expect(notices).toContain(`Debian package ${debianPackage[lang] ?? `(unknown: ${lang})`}`);
    for (const licence of [
      'Apache License',
      'Version 2.0, January 2004',
      'GNU LESSER GENERAL PUBLIC LICENSE',
      'Version 2.1, February 1999',
      'Version 3, 29 June 2007',
      'WordNet 3.0 Copyright 2006 by Princeton University',
    ])
      expect(notices).toContain(licence);
  }, 180_000);
});
