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
