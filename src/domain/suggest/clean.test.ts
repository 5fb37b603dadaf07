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
