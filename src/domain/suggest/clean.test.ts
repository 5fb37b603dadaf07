import { describe, expect, it } from 'vitest';
import { activeText } from './clean';

describe('activeText on a 2 MB comment (issue 9, item 11)', () => {
  // Before the fix this took tens of seconds (the signature check sliced the remaining lines for
  // every line) and the test timed out; linear now, so it finishes in milliseconds.
  it('reads a 2 MB log comment in one pass and keeps all of it', () => {
    const line = '2026-11-20T10:00:00Z INFO worker-3 processed job 12345 in 12 ms ok\n';
    const log = line.repeat(Math.ceil(2_000_000 / line.length));
    expect(activeText(log).end).toBe(log.length);
  });

  it('still cuts a closing followed by a short signature after 15,000 closing-like lines', () => {
    const long = 'This line is long enough that no signature would ever hold it, so it is content.';
    const body = `${'Thanks!\n'.repeat(15_000)}${long}\nBest regards,\nSam\nACME`;
    expect(activeText(body).end).toBe(body.indexOf('Best regards'));
  });
});

describe('activeText in Dutch and Polish (ADR 0116)', () => {
  it('stops at a quoted earlier message and at the signature', () => {
    const nl =
      'Het pakket is vandaag verstuurd.\n\nMet vriendelijke groet,\nEva\nKlantenservice\n\nOp 3 mei 2026 schreef Jan <jan@example.nl>:\n> Waar blijft mijn pakket?';
    expect(nl.slice(0, activeText(nl).end).trim()).toBe('Het pakket is vandaag verstuurd.');
    const pl = 'Zwrot został zlecony.\n\nW dniu 3 maja 2026 Jan Kowalski napisał:\n> Gdzie jest mój zwrot? To skandal!';
    expect(pl.slice(0, activeText(pl).end).trim()).toBe('Zwrot został zlecony.');
    const gmail = 'Dziękuję za cierpliwość.\n\npon., 3 maj 2026 o 10:00 Anna Nowak <anna@example.pl> napisała:\nTo nie działa';
    expect(gmail.slice(0, activeText(gmail).end).trim()).toBe('Dziękuję za cierpliwość.');
    const sent = 'Ik kijk ernaar.\nVerzonden vanaf mijn iPhone';
    expect(sent.slice(0, activeText(sent).end).trim()).toBe('Ik kijk ernaar.');
    const signed = 'Proszę sprawdzić skrzynkę.\n\nPozdrawiam,\nMarta';
    expect(signed.slice(0, activeText(signed).end).trim()).toBe('Proszę sprawdzić skrzynkę.');
  });
});

describe('a signature without a closing line', () => {
  it('leaves out a name block at the end ("Ruth Adeyemi / Practice Manager, Northgate Urgent Care" was quoted as a reason: \'urgent\')', () => {
    const body =
      'This morning the staff had to write names on paper. Please put it back.\n\nRuth Adeyemi\nPractice Manager, Northgate Urgent Care';
    expect(body.slice(0, activeText(body).end).trimEnd()).toBe('This morning the staff had to write names on paper. Please put it back.');
  });

  it('keeps a last paragraph that is content: sentences, a single line that is not a name, a list', () => {
    for (const tail of ['Order 12345 still missing.', 'see attached screenshot', 'Urgent: the site is down', '- step one\n- step two'])
      expect(activeText(`Hello.\n\n${tail}`).end).toBe(`Hello.\n\n${tail}`.length);
  });
});
