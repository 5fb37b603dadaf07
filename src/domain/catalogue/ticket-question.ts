import type { ReflectiveQuestion } from './types';

/**
 * The mission question for a ticket: the same one every time the ticket is opened, and a different
 * one from ticket to ticket (a multiplicative hash spreads neighbouring ids over the list).
 */
export function questionForTicket(questions: readonly ReflectiveQuestion[], ticketId: number): ReflectiveQuestion | null {
  if (questions.length === 0 || !Number.isSafeInteger(ticketId)) return null;
  const hash = Math.imul(Math.abs(ticketId) + 1, 2654435761) >>> 0;
  return questions[hash % questions.length] ?? null;
}

export interface StatementPart {
  text: string;
  isPhrase: boolean;
}

/** Splits a statement around the first occurrence of the phrase (case-insensitive) so it can be highlighted. */
export function markPhrase(statement: string, phrase: string | null): StatementPart[] {
  const start = phrase ? statement.toLocaleLowerCase().indexOf(phrase.toLocaleLowerCase()) : -1;
  if (!phrase || start === -1) return [{ text: statement, isPhrase: false }];
  const end = start + phrase.length;
  return [
    { text: statement.slice(0, start), isPhrase: false },
    { text: statement.slice(start, end), isPhrase: true },
    { text: statement.slice(end), isPhrase: false },
  ].filter((part) => part.text !== '');
}
