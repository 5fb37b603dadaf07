import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it('folds accents, case and punctuation', () => {
    expect(slugify('Honest & Open')).toBe('honest-and-open');
    expect(slugify('  Empatía Radical! ')).toBe('empatia-radical');
  });
  it('never returns an empty slug', () => {
    expect(slugify('!!!')).toBe('value');
    expect(slugify('共感')).toBe('value');
  });
});
