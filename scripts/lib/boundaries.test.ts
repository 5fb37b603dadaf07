import { describe, expect, it } from 'vitest';
import { checkFile } from './boundaries';

const rules = (file: string, text: string) => checkFile(file, text).map((v) => v.rule);

describe('architecture boundaries', () => {
  it('keeps the domain pure', () => {
    expect(rules('domain/x.ts', "import { useState } from 'react';")).toEqual(['pure-domain']);
    expect(rules('domain/x.ts', "import { readFileSync } from 'node:fs';")).toEqual(['pure-domain']);
    expect(rules('domain/x.ts', "import { y } from '../adapters/zaf/zaf-port';")).toEqual(['layers-import-downwards']);
    expect(rules('domain/a/x.ts', "import { slugify } from '../catalogue/slug';")).toEqual([]);
  });

  it('lets features use lower layers but not each other', () => {
    expect(rules('features/tagging/x.tsx', "import { a } from '../../domain/tagging/plan';")).toEqual([]);
    expect(rules('features/tagging/x.tsx', "import { a } from '../export/y';")).toEqual(['no-cross-feature-imports']);
    expect(rules('features/tagging/x.tsx', "import { a } from '../../locations/nav-bar/nav-bar';")).toEqual(['layers-import-downwards']);
  });

  it('lets the command-line export use the domain and the REST adapter only, and nothing use it', () => {
    expect(rules('cli/x.ts', "import { a } from '../domain/export/rows';")).toEqual([]);
    expect(rules('cli/x.ts', "import { a } from '../adapters/zendesk-api/zendesk-api';")).toEqual([]);
    expect(rules('cli/x.ts', "import { a } from '../features/export/run-tag-export';")).toEqual(['layers-import-downwards']);
    expect(rules('features/export/x.ts', "import { a } from '../../cli/args';")).toEqual(['layers-import-downwards']);
    expect(rules('cli/x.ts', "const u = '/api/v2/tickets';")).toEqual(['only-rest-adapter-builds-urls']);
  });

  it('keeps ZAFClient and API paths in their adapters', () => {
    expect(rules('features/a/x.ts', 'window.ZAFClient.init()')).toEqual(['only-zaf-adapter-touches-zafclient']);
    expect(rules('adapters/zaf/x.ts', 'window.ZAFClient.init()')).toEqual([]);
    expect(rules('features/a/x.ts', "fetch('/api/v2/tickets/1')")).toEqual(['only-rest-adapter-builds-urls']);
  });

  it('forbids test imports and inner HTML in src', () => {
    expect(rules('features/a/x.ts', "import { w } from '../../../test/mocks/store';")).toEqual(['no-test-imports']);
    expect(rules('ui/x.tsx', '<div dangerouslySetInnerHTML={{ __html: x }} />')).toEqual(['no-inner-html']);
  });

  it('sees dynamic imports', () => {
    expect(rules('domain/x.ts', "const m = await import('../app/app');")).toEqual(['layers-import-downwards']);
  });
});
