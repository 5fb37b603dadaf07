import { describe, expect, it } from 'vitest';
import { readBullet, readHeader } from './text-headers';

describe('readHeader', () => {
  it('matches known headers in any case, with aliases and Markdown marks', () => {
    expect(readHeader('MISSION: Help')).toEqual({ key: 'mission', rest: 'Help' });
    expect(readHeader('## Reflective questions:')).toEqual({ key: 'questions', rest: '' });
    expect(readHeader('Prompts')).toEqual({ key: 'prompts', rest: '' });
    expect(readHeader('Signal words： refund')).toEqual({ key: 'signals', rest: 'refund' });
    expect(readHeader('Our values:')).toEqual({ key: 'heading', rest: '' });
  });
  it('leaves ordinary sentences with colons alone', () => {
    expect(readHeader('Note: be kind')).toBeNull();
    expect(readHeader('Description of the issue: x')).toBeNull();
  });
});

describe('readBullet', () => {
  it('removes one list marker', () => {
    expect(readBullet('- a')).toBe('a');
    expect(readBullet('• a')).toBe('a');
    expect(readBullet('*a')).toBe('a');
    expect(readBullet('2) a')).toBe('a');
    expect(readBullet('- - a')).toBe('- a');
  });
  it('does not treat numbers as markers unless followed by a space', () => {
    expect(readBullet('3.5 stars')).toBeNull();
    expect(readBullet('Value: A')).toBeNull();
  });
});
