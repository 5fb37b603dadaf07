import { describe, expect, it } from 'vitest';
import { DOMAIN_MESSAGE_CODES } from './message-codes';

describe('DOMAIN_MESSAGE_CODES', () => {
  it('are unique, namespaced keys usable as translation ids', () => {
    expect(new Set(DOMAIN_MESSAGE_CODES).size).toBe(DOMAIN_MESSAGE_CODES.length);
    for (const code of DOMAIN_MESSAGE_CODES) expect(code).toMatch(/^(catalogue|settings|tagging)(\.[a-z]+(-[a-z]+)*)+$/);
  });
});
