/** Chinese or Japanese script, which has no spaces between words. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Plain ASCII needs no Unicode folding (the common case, and much faster). */
const ASCII = /^[\t\n\r\x20-\x7e]*$/;

/**
 * Lower case, Latin accents removed, composed again so Japanese kana keep their voicing marks. Polish ł has no
 * decomposition and is folded to l by hand (ADR 0116), so "błąd" and a hurried "blad" read the same.
 */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/’/g, "'");
  return folded.includes('ł') ? folded.replace(/ł/g, 'l') : folded;
}
