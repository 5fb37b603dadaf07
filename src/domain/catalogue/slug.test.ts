import { describe, expect, it } from 'vitest';
import { defaultTag, slugify } from './slug';

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

describe('defaultTag', () => {
  it('prefixes vc_ and uses underscores', () => {
    expect(defaultTag('Own It')).toBe('vc_own_it');
  });
});
