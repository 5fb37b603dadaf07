import { describe, expect, it } from 'vitest';
import { REPLY_PATTERNS, type Behaviour } from './behaviours';
import { foldText } from './fold';
import { readBehaviours } from './reply-reading';
import { phrasePatternsFor, phraseSource, replyPhrasePatterns } from './reply-phrases';

describe('reply phrases (ADR 0162, 0163)', () => {
  it('reads a phrase as folded text: accents gone, spaces as any space, a word end unless it ends in *', () => {
    const [p] = [replyPhrasePatterns({ de: { apologise: ['Es tut mir Leid', 'entschuldig*'] } }).get('de')!.apologise!];
    expect(p.test('es tut mir  leid, wirklich')).toBe(true);
    expect(p.test('ich entschuldige mich')).toBe(true);
    // At a word start only, and "leid" must end there.
    expect(p.test('es tut mir leider nicht')).toBe(false);
    expect(p.test('unentschuldigt')).toBe(false);
    expect(phraseSource('a.b (c)')).toBe('a\\.b\\s+\\(c\\)(?![a-z0-9])');
    expect(phraseSource('Kulanz*')).toBe('kulanz');
  });

  it('matches Japanese phrases anywhere, as Japanese has no spaces', () => {
    const p = replyPhrasePatterns({ ja: { handover: ['担当部署'] } }).get('ja')!.handover!;
    expect(p.test('本件は担当部署へ共有しました')).toBe(true);
  });

  it('ignores empty phrases and behaviours without any', () => {
    const patterns = replyPhrasePatterns({ ja: { handover: ['', ' * '], teach: ['手順'] } }).get('ja')!;
    expect(patterns.handover).toBeUndefined();
    expect(patterns.teach).toBeDefined();
  });

  it('reads a Japanese reply with the Japanese phrases, where the hand patterns find nothing', () => {
    const cases: [string, Behaviour][] = [
      ['今週中に結果をお知らせします。', 'commit-time'],
      ['以下の手順で設定を変更できます。', 'teach'],
      ['ご心配には及びません。', 'reassure'],
      ['この件は私の方で対応します。', 'own-it'],
    ];
    for (const [sentence, behaviour] of cases) {
      expect({ sentence, hand: REPLY_PATTERNS[behaviour].test(foldText(sentence)) }).toEqual({ sentence, hand: false });
      expect({ sentence, read: readBehaviours(sentence).some((h) => h.behaviour === behaviour) }).toEqual({ sentence, read: true });
    }
  });

  it('reads a message with the phrases of its own language only', () => {
    expect(phrasePatternsFor('ja')).toBeDefined();
    // No other language ships a list (ADR 0162): an English or German reply reads with the hand patterns alone.
    expect(phrasePatternsFor('en')).toBeUndefined();
    expect(phrasePatternsFor('de')).toBeUndefined();
  });
});
