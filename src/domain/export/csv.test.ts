import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvWriter, csvField, toCsv, UTF8_BOM } from './csv';
import { EXPORT_COLUMNS, type ExportColumn, type ExportRow } from './rows';

const headers = Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, c])) as Record<ExportColumn, string>;

function row(overrides: Partial<ExportRow> = {}): ExportRow {
  return {
    ticketId: 1,
    ticketUrl: 'https://acme.zendesk.com/agent/tickets/1',
    subject: 'Hello',
    status: 'open',
    assigneeId: 2,
    assignee: 'Priya',
    groupId: 3,
    group: 'Support',
    value: 'Own the outcome',
    valueTag: 'vc_own_the_outcome',
    taggedById: 4,
    taggedBy: 'Marco',
    taggedAt: '2026-11-20T10:00:00.000Z',
    replyCommentId: 5,
    replyAuthorId: 2,
    replyAuthor: 'Priya',
    replyExcerpt: 'We fixed it.',
    note: '',
    satisfaction: 'good',
    recordState: 'in-field',
    counted: 1,
    ticketUpdatedAt: '2026-11-21T09:00:00Z',
    ...overrides,
  };
}

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n', delimiter: ',' }).data.filter((r) => r.length > 1);
/** What the cell must read back as: the text, with a leading apostrophe when it started like a formula. */
const written = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

describe('CSV export', () => {
  it('quotes what RFC 4180 requires and nothing else', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField(null)).toBe('');
  });

  it('neutralises text that a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    for (const start of ['+', '-', '@', '\t', '\r']) expect(csvField(`${start}1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField(-3)).toBe('-3');
  });

  it('writes a BOM for Excel only when asked, and CRLF line ends', () => {
    expect(toCsv([row()], { bom: true, headers }).startsWith(UTF8_BOM)).toBe(true);
    const csv = toCsv([row()], { bom: false, headers });
    expect(csv.startsWith(UTF8_BOM)).toBe(false);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('writes the header even with no rows', () => {
    const chunks: string[] = [];
    createCsvWriter({ bom: false, headers }, (c) => chunks.push(c)).end();
    expect(chunks.join('')).toBe(`${EXPORT_COLUMNS.join(',')}\r\n`);
  });

  it('round-trips any text through a real CSV parser', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '😀', '"', ',', '\r', '\n', '=', '+', '-', '@', '\t', ' ', "'", '中') });
    fc.assert(
      fc.property(
        fc.array(fc.record({ subject: text, note: text, replyExcerpt: text, assignee: text }), { minLength: 1, maxLength: 5 }),
        (edits) => {
          const rows = edits.map((edit) => row(edit));
          const parsed = parse(toCsv(rows, { bom: true, headers }));
          expect(parsed[0]).toEqual([...EXPORT_COLUMNS]);
          parsed.slice(1).forEach((cells, i) => {
            const expected = rows[i]!;
            expect(cells[EXPORT_COLUMNS.indexOf('subject')]).toBe(written(expected.subject));
            expect(cells[EXPORT_COLUMNS.indexOf('note')]).toBe(written(expected.note));
            expect(cells[EXPORT_COLUMNS.indexOf('replyExcerpt')]).toBe(written(expected.replyExcerpt));
            expect(cells[EXPORT_COLUMNS.indexOf('assignee')]).toBe(written(expected.assignee));
            for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          });
          expect(parsed).toHaveLength(rows.length + 1);
        },
      ),
    );
  });
});
