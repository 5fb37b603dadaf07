import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_CATALOGUE } from './default-catalogue';
import { markPhrase, questionForTicket } from './ticket-question';

const questions = DEFAULT_CATALOGUE.missionQuestions;

describe('questionForTicket', () => {
  it('is stable for a ticket and varies across tickets, using every question', () => {
    fc.assert(
      fc.property(fc.nat(), (id) => {
        expect(questionForTicket(questions, id)).toBe(questionForTicket(questions, id));
      }),
    );
    const picked = Array.from({ length: 30 }, (_, i) => questionForTicket(questions, 1000 + i));
    expect(new Set(picked).size).toBe(questions.length);
    expect(picked.some((q, i) => i > 0 && q !== picked[i - 1])).toBe(true);
    expect(questionForTicket([], 5)).toBeNull();
  });

  it('marks the phrase in the statement, whatever its case, and nothing when it is absent', () => {
    expect(markPhrase('Help every customer get back to work.', 'GET BACK')).toEqual([
      { text: 'Help every customer ', isPhrase: false },
      { text: 'get back', isPhrase: true },
      { text: ' to work.', isPhrase: false },
    ]);
    expect(markPhrase('Mission', 'absent')).toEqual([{ text: 'Mission', isPhrase: false }]);
    expect(markPhrase('Mission', null)).toEqual([{ text: 'Mission', isPhrase: false }]);
  });
});
