import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPackage } from './package-checks';

let dir: string;

function setUpPackage() {
  dir = mkdtempSync(join(tmpdir(), 'vc-package-'));
  cpSync('manifest.json', join(dir, 'manifest.json'));
  cpSync('translations', join(dir, 'translations'), { recursive: true });
  cpSync('assets', join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'assets', 'iframe.html'), '<!doctype html>');
}

function editJson(file: string, edit: (value: Record<string, unknown>) => void) {
  const value = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
  edit(value);
  writeFileSync(join(dir, file), JSON.stringify(value));
}

describe('checkPackage', () => {
  beforeEach(setUpPackage);
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('passes the project as it is', () => {
    expect(checkPackage(dir)).toEqual([]);
  });

  it('reports a missing manifest key', () => {
    editJson('manifest.json', (m) => delete m.frameworkVersion);
    expect(checkPackage(dir).map((p) => p.message)).toContain('has no "frameworkVersion"');
  });

  it('reports a location URL that is not in the package', () => {
    rmSync(join(dir, 'assets', 'iframe.html'));
    expect(checkPackage(dir).some((p) => p.message.includes('points at assets/iframe.html'))).toBe(true);
  });

  it('reports a parameter without a label', () => {
    editJson('translations/en.json', (t) => {
      delete ((t.app as Record<string, Record<string, unknown>>).parameters as Record<string, unknown>).private_note;
    });
    expect(checkPackage(dir).some((p) => p.message.includes('app.parameters.private_note.label'))).toBe(true);
  });

  it('reports locale files whose keys differ from English', () => {
    writeFileSync(join(dir, 'translations', 'xx.json'), JSON.stringify({ app: { name: 'X' }, stray: 'y' }));
    const messages = checkPackage(dir).map((p) => p.message);
    expect(messages.some((m) => m.startsWith('misses'))).toBe(true);
    expect(messages.some((m) => m.includes('not in en.json'))).toBe(true);
  });

  it('reports logos of the wrong size and a missing nav bar icon', () => {
    cpSync(join(dir, 'assets', 'logo-small.png'), join(dir, 'assets', 'logo.png'));
    rmSync(join(dir, 'assets', 'icon_nav_bar.svg'));
    const messages = checkPackage(dir).map((p) => p.message);
    expect(messages).toContain('must be 320x320, is 128x128');
    expect(messages.some((m) => m.includes('icon_nav_bar.svg'))).toBe(true);
  });
});
