import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appFolder, extraAppFolders } from './app-hosting';

describe('extra app folders (VC_SCAFFOLD_DIR, VC_APP_FOLDERS)', () => {
  const project = mkdtempSync(join(tmpdir(), 'zaf-app-'));
  mkdirSync(join(project, 'dist'));
  writeFileSync(join(project, 'dist/manifest.json'), '{}');

  it('hosts a built scaffold as "scaffold", from its project folder or its dist/', () => {
    expect(extraAppFolders({ VC_SCAFFOLD_DIR: project })).toEqual({ scaffold: join(project, 'dist') });
    expect(appFolder(join(project, 'dist'))).toBe(join(project, 'dist'));
    expect(extraAppFolders({ VC_APP_FOLDERS: `other=${project}` })).toEqual({ other: join(project, 'dist') });
    expect(extraAppFolders({})).toEqual({});
  });

  it('refuses a folder that is not a built ZAF app, saying what to do', () => {
    expect(() => extraAppFolders({ VC_SCAFFOLD_DIR: tmpdir() })).toThrow(/no manifest\.json.*build it first/);
    expect(() => extraAppFolders({ VC_APP_FOLDERS: 'just-a-name' })).toThrow(/name=dir/);
  });
});
