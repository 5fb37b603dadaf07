import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageModelDoc } from './language-model-doc';

describe('docs/language-model.md', () => {
  const doc = languageModelDoc();

  it('is what the code generates today (run npm run docs:language-model after changing the requests)', () => {
    expect(readFileSync(resolve(import.meta.dirname, '../docs/language-model.md'), 'utf8')).toBe(doc);
  });

  it('shows masked bodies for every provider shape, without the internal note or the key', () => {
    for (const shape of ['### openai', '### anthropic', '### azure']) expect(doc).toContain(shape);
    const bodies = doc.split('```json').slice(1).join('');
    expect(bodies).toContain('[phone]');
    expect(bodies).toContain('[email]');
    expect(bodies).not.toContain('jo@example.com');
    expect(bodies).not.toContain('refund approved by finance');
    expect(bodies).not.toContain('4111');
  });
});
