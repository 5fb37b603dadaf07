import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
const idOrNull = (cell: string) => (cell === '' ? null : String(Number(cell)));

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
      value: 'VARCHAR',
      event_id: 'VARCHAR',
      ticket_values: 'VARCHAR[]',
    });

    const read = await connection.runAndReadAll(
      `SELECT ticket_id, ticket_url, subject, status, assignee, "group", value, value_tag, tagged_by,
              strftime(tagged_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%g') || 'Z' AS tagged_at,
              reply_comment_id, reply_excerpt, note, satisfaction
         FROM read_parquet('${parquet}')`,
    );
    const fromParquet = read
      .getRowObjectsJson()
      .map((r) =>
        [
          r.ticket_id,
          r.ticket_url,
          r.subject,
          r.status,
          r.assignee,
          r.group,
          r.value,
          r.value_tag,
          r.tagged_by,
          r.tagged_at ?? '',
          r.reply_comment_id,
          r.reply_excerpt,
          r.note,
          r.satisfaction,
        ].map((v) => (v === null ? null : String(v as string | number))),
      );
    const fromCsv = Papa.parse<string[]>(readFileSync(csv, 'utf8'), { skipEmptyLines: true })
      .data.slice(1)
      .map((r) => [r[0]!, r[1]!, plain(r[2]!), r[3]!, r[4]!, r[5]!, r[6]!, r[7]!, r[8]!, r[9]!, idOrNull(r[10]!), r[12]!, r[13]!, r[14]!]);
    expect(fromParquet).toHaveLength(w.expectedRows);
    expect(fromParquet).toEqual(fromCsv);

    // The query docs/headless-export.md gives for "tags per value per month".
    const perMonth = await connection.runAndReadAll(
      `SELECT date_trunc('month', tagged_at) AS month, value, count(*) AS tags
         FROM read_parquet('${parquet}') WHERE tagged_at IS NOT NULL GROUP BY ALL ORDER BY month, value`,
    );
    const total = perMonth.getRowObjectsJson().reduce((sum, r) => sum + Number(r.tags), 0);
    expect(total).toBe(w.expectedRows - 1); // the value set without a record line has no time
  });
});
