import { describe, expect, it } from 'vitest';
import { messageLabel, shortName } from './reason-item';

describe('evidence labelled the way the conversation is (it said "Message 14": Zendesk does not number comments)', () => {
  it('names the author and the time of the message', () => {
    expect(messageLabel('Fatima', '2026-11-11T09:14:00Z', 'en-GB')).toMatch(/^Fatima · 11 Nov,? \d{1,2}:14/);
    expect(messageLabel('Fatima', undefined, 'en-GB')).toBe('Fatima');
  });

  it('shortens Latin-script names to the first name, keeps others whole', () => {
    expect(shortName('Fatima Zahra El Idrissi')).toBe('Fatima');
    expect(shortName('佐藤 花 (Hana Sato)')).toBe('佐藤 花 (Hana Sato)');
  });
});
