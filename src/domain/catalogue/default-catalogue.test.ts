import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from './default-catalogue';
import { formatCatalogueAsText } from './format-catalogue';
import { parseCatalogue } from './parse-catalogue';

describe('DEFAULT_CATALOGUE', () => {
  it('is exactly what its own text form parses to, with no issues', () => {
    expect(parseCatalogue(formatCatalogueAsText(DEFAULT_CATALOGUE))).toEqual({
      catalogue: DEFAULT_CATALOGUE,
      source: 'text',
      issues: [],
    });
  });
  it('gives every value a description, 3 prompts, 2 questions and signals', () => {
    expect(DEFAULT_CATALOGUE.values.length).toBeGreaterThanOrEqual(5);
    for (const value of DEFAULT_CATALOGUE.values) {
      expect(value.description).not.toBe('');
      expect(value.prompts).toHaveLength(3);
      expect(value.questions).toHaveLength(2);
      expect(value.signals.length).toBeGreaterThan(0);
    }
  });
});
