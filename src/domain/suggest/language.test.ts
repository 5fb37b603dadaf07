import { describe, expect, it } from 'vitest';
import { detectLanguage, stemIn } from './language';
import { synonymBehaviours } from './thesaurus';
import { termsOf } from './terms';

describe('language of a text', () => {
  it.each([
    ['thanks for your patience, we will send you the refund with the next invoice', 'en'],
    ['gracias por tu paciencia, hemos enviado el reembolso con la próxima factura', 'es'],
    ['obrigado pela paciência, você vai receber o reembolso com a próxima fatura', 'pt'],
    ['danke für ihre geduld, wir haben die erstattung mit der nächsten rechnung geschickt', 'de'],
    ['merci pour votre patience, nous avons envoyé le remboursement avec la prochaine facture', 'fr'],
    ['ご迷惑をおかけして申し訳ございません。本日中にご連絡いたします', 'ja'],
  ])('%s → %s', (text, lang) => {
    expect(
      detectLanguage(
        text
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase(),
      ),
    ).toBe(lang);
  });
});

describe('terms', () => {
  it('stems Spanish and Portuguese words with their Snowball stemmer, so inflections meet', () => {
    expect(stemIn('es', 'soluciones')).toBe(stemIn('es', 'solución'.normalize('NFD').replace(/[\u0300-\u036f]/g, '')));
    expect(termsOf('Resolvemos os problemas dos clientes')).toEqual(expect.arrayContaining([stemIn('pt', 'problema')]));
  });
  it('reads Japanese by character pairs', () => {
    expect(termsOf('返金手続き')).toEqual(['返金', '金手', '手続', '続き']);
  });
});

describe('thesaurus asset', () => {
  it('maps a synonym of a describing word onto its behaviour, and unknown words onto none', () => {
    const all = ['en', 'es', 'pt', 'de', 'fr'] as const;
    expect(all.some((lang) => synonymBehaviours(lang, 'xyzzyqq').length > 0)).toBe(false);
    expect(synonymBehaviours('en', 'incorrect')).toContain('own-mistake');
    expect(synonymBehaviours('ja', '謝罪')).toEqual([]);
  });
});
