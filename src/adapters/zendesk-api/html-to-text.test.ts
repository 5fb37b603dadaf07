import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it('drops tags, script and style content, and decodes entities', () => {
    expect(htmlToText('<div class="zd-comment"><p>Hello &amp; welcome</p><p>Line<br/>two &#x1F600; &lt;b&gt;</p></div>')).toBe(
      'Hello & welcome\nLine\ntwo 😀 <b>',
    );
    expect(htmlToText('a<script type="x">alert(1)</script >b<style>p{}</style>c')).toBe('a b c');
    expect(htmlToText('<h2>Title</h2><ul><li>one</li><li>two</li></ul>')).toBe('Title\none\ntwo');
  });

  it('keeps a `<` that no `>` closes as text, and an unclosed <script> drops only its tag', () => {
    expect(htmlToText('1 < 2 and <b>3</b> < 4')).toBe('1 < 2 and 3 < 4');
    expect(htmlToText('<script>not closed')).toBe('not closed');
    expect(htmlToText('x\n\n\n\n\ny')).toBe('x\n\ny');
  });

  // Item 11 of issue 9: these inputs made the regular expressions quadratic (tens of seconds);
  // the test timed out before the fix.
  it('reads a 2 MB comment of `<` in one pass', () => {
    const hostile = '<'.repeat(2_000_000);
    expect(htmlToText(hostile)).toBe(hostile);
  }, 15_000);

  it('reads 2 MB of unclosed <script> tags in one pass', () => {
    const hostile = '<script>'.repeat(250_000);
    expect(htmlToText(hostile)).toBe('');
  }, 15_000);
});
