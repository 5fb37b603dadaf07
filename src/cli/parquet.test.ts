import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WAREHOUSE_COLUMNS, warehouseColumns } from '../domain/export/columns';
import { EXPORT_COLUMNS } from '../domain/export/rows';
import { cliWorld, runCli, type CliWorld } from '../../test/support/cli-world';
import { serveZendesk } from '../../test/support/zendesk-http-server';

let dir: string;
let w: CliWorld;
let server: Awaited<ReturnType<typeof serveZendesk>>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vc-pq-'));
  w = cliWorld(1_200);
  server = await serveZendesk(w.store);
});
afterEach(() => server.close());

/** A CSV cell as the leads page wrote it, back to the typed value (formula guard removed). */
const plain = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('Parquet output, read back by DuckDB (an independent reader)', { timeout: 60_000 }, () => {
  it('has the documented typed schema and the same rows as the CSV of the same export', async () => {
    const csv = join(dir, 'tags.csv');
    const parquet = join(dir, 'tags.parquet');
    expect((await runCli(w, server.url, ['--format', 'csv', '--out', csv])).code).toBe(0);
    expect((await runCli(w, server.url, ['--format', 'parquet', '--out', parquet])).code).toBe(0);

    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    const schema = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${parquet}')`)).getRowObjectsJson();
    const types = Object.fromEntries(schema.map((c) => [c.column_name as string, c.column_type as string]));
    expect(types).toMatchObject({
      ticket_id: 'BIGINT',
      assignee_id: 'BIGINT',
      group_id: 'BIGINT',
      tagged_by_id: 'BIGINT',
      tagged_at: 'TIMESTAMP WITH TIME ZONE',
      reply_comment_id: 'BIGINT',
      reply_author_id: 'BIGINT',
      reply_author: 'VARCHAR',
      record_state: 'VARCHAR',
      counted: 'TINYINT',
      ticket_updated_at: 'TIMESTAMP WITH TIME ZONE',
      value: 'VARCHAR',
      event_id: 'VARCHAR',
      ticket_values: 'VARCHAR[]',
    });

    // Every CSV column is in the Parquet file, typed, in snake_case, with the same cell in every row.
    const csvColumns = EXPORT_COLUMNS.map((c) => ({ column: c, spec: WAREHOUSE_COLUMNS.find((w) => w.key === c)! }));
    // The history check's columns (ADR 0050) are always in the file: null when the export did not check.
    const written = warehouseColumns(true).filter((c) => c.type !== 'text-list');
    expect(schema.map((c) => c.column_name)).toEqual([...written.map((c) => c.name), 'ticket_values']);
    const select = csvColumns
      .map(({ spec }) =>
        spec.type === 'timestamp'
          ? `strftime(${spec.name} AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%g') || 'Z' AS ${spec.name}`
          : `"${spec.name}"`,
      )
      .join(', ');
    const read = await connection.runAndReadAll(`SELECT ${select} FROM read_parquet('${parquet}')`);
    const fromParquet = read
      .getRowObjectsJson()
      .map((r) => csvColumns.map(({ spec }) => (r[spec.name] === null ? '' : String(r[spec.name] as string | number))));
    const fromCsv = Papa.parse<string[]>(readFileSync(csv, 'utf8'), { skipEmptyLines: true })
      .data.slice(1)
      // The CSV keeps Zendesk's text of an instant; compare instants.
      .map((r) => r.map((cell, i) => (csvColumns[i]!.spec.type === 'timestamp' && cell ? new Date(cell).toISOString() : plain(cell))));
    expect(fromParquet).toHaveLength(w.expectedRows);
    expect(fromParquet).toEqual(fromCsv);
    // The CLI counts as the page does: one counted row per reply and value (the world's tags are one per reply).
    expect(fromCsv.filter((r) => r[EXPORT_COLUMNS.indexOf('counted')] === '1').length).toBe(w.expectedRows - 1);

    // JSON Lines: the same columns (camelCase keys, ids beside names), the same cells.
    const jsonl = join(dir, 'tags.jsonl');
    expect((await runCli(w, server.url, ['--format', 'jsonl', '--out', jsonl])).code).toBe(0);
    const lines = readFileSync(jsonl, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(lines[0]!)).toEqual(WAREHOUSE_COLUMNS.map((c) => c.key));
    const jsonCell = (l: Record<string, unknown>, i: number) => {
      const cell = l[csvColumns[i]!.column];
      if (cell === null) return '';
      return csvColumns[i]!.spec.type === 'timestamp' ? new Date(cell as string).toISOString() : String(cell);
    };
    expect(lines.map((l) => EXPORT_COLUMNS.map((_, i) => jsonCell(l, i)))).toEqual(fromCsv);

    // The query docs/headless-export.md gives for "tags per value per month".
    const perMonth = await connection.runAndReadAll(
      `SELECT date_trunc('month', tagged_at) AS month, value, count(*) AS tags
         FROM read_parquet('${parquet}') WHERE tagged_at IS NOT NULL GROUP BY ALL ORDER BY month, value`,
    );
    const total = perMonth.getRowObjectsJson().reduce((sum, r) => sum + Number(r.tags), 0);
    expect(total).toBe(w.expectedRows - 1); // the value set without a record line has no time
  });
});
