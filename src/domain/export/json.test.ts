import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJsonWriter } from './json';
import type { ExportRow } from './rows';

const meta = { generatedAt: '2026-11-22T00:00:00.000Z', query: 'q', filters: {} };

describe('JSON export', () => {
  it('is valid JSON for any strings, and says whether it is complete', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ subject: fc.string(), note: fc.string() })), fc.boolean(), (edits, complete) => {
        let out = '';
        const writer = createJsonWriter(meta, (c) => (out += c));
        const rows = edits.map((e, i) => ({ ticketId: i, ...e }) as unknown as ExportRow);
        rows.forEach((r) => writer.writeRow(r));
        writer.end({ complete, cancelled: !complete, error: null, tickets: rows.length });
        const parsed = JSON.parse(out) as { meta: unknown; rows: unknown[]; summary: { complete: boolean; rows: number } };
        expect(parsed.rows).toEqual(rows);
        expect(parsed.meta).toEqual(meta);
        expect(parsed.summary).toMatchObject({ complete, rows: rows.length });
      }),
    );
  });
});
