import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from './default-catalogue';
import { formatCatalogueAsText } from './format-catalogue';
import { parseCatalogue } from './parse-catalogue';
import { rankValues } from '../suggest/rank-values';

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

  it('has no signal that an ordinary reply says in passing: "try again" is not evidence of owning the outcome', () => {
    const ticket = {
      id: 1,
      subject: 'SSO fails',
      description: '',
      priority: null,
      tags: [],
      comments: [
        { authorRole: 'end-user' as const, public: true, body: 'Okta says "invalid audience" when we test SAML.' },
        {
          authorRole: 'agent' as const,
          public: true,
          body: 'The audience must be our SP entity ID, not yours. Could you update it in Okta and try again?',
        },
      ],
    };
    const quoted = rankValues(DEFAULT_CATALOGUE, ticket).flatMap((r) =>
      r.reasons.flatMap((reason) => (reason.kind === 'phrase' ? [reason.text] : [])),
    );
    expect(quoted.filter((text) => text.trim().toLowerCase() === 'again')).toEqual([]);
  });
});
