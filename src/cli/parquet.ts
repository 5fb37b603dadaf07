import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ParquetWriter, fileWriter } from 'hyparquet-writer';
import type { CliRow } from './tag-rows';

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]['schema'][number];

const BATCH_ROWS = 10_000;

const text = (name: string, required = false): SchemaElement => ({
  name,
  type: 'BYTE_ARRAY',
  converted_type: 'UTF8',
  repetition_type: required ? 'REQUIRED' : 'OPTIONAL',
});
const id = (name: string, required = false): SchemaElement => ({
  name,
  type: 'INT64',
  converted_type: 'INT_64',
  repetition_type: required ? 'REQUIRED' : 'OPTIONAL',
});

/** The columns, in order, with how each is read from a row. See docs/headless-export.md for the schema. */
const COLUMNS: { element: SchemaElement; read: (row: CliRow) => unknown }[] = [
  { element: id('ticket_id', true), read: (r) => BigInt(r.ticketId) },
  { element: text('ticket_url', true), read: (r) => r.ticketUrl },
  { element: text('subject', true), read: (r) => r.subject },
  { element: text('status', true), read: (r) => r.status },
  { element: id('assignee_id'), read: (r) => (r.assigneeId === null ? null : BigInt(r.assigneeId)) },
  { element: text('assignee', true), read: (r) => r.assignee },
  { element: id('group_id'), read: (r) => (r.groupId === null ? null : BigInt(r.groupId)) },
  { element: text('group', true), read: (r) => r.group },
  { element: text('value', true), read: (r) => r.value },
  { element: text('value_tag', true), read: (r) => r.valueTag },
  { element: id('tagged_by_id'), read: (r) => (r.taggedById === null ? null : BigInt(r.taggedById)) },
  { element: text('tagged_by', true), read: (r) => r.taggedBy },
  {
    element: {
      name: 'tagged_at',
      type: 'INT64',
      repetition_type: 'OPTIONAL',
      converted_type: 'TIMESTAMP_MILLIS',
      logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
    },
    read: (r) => (r.taggedAt === null ? null : BigInt(Date.parse(r.taggedAt))),
  },
  { element: id('reply_comment_id'), read: (r) => (r.replyCommentId === null ? null : BigInt(r.replyCommentId)) },
  { element: id('reply_author_id'), read: (r) => (r.replyAuthorId == null ? null : BigInt(r.replyAuthorId)) },
  { element: text('reply_excerpt', true), read: (r) => r.replyExcerpt },
  { element: text('note', true), read: (r) => r.note },
  { element: text('satisfaction', true), read: (r) => r.satisfaction },
  { element: text('event_id', true), read: (r) => r.eventId },
  // --verify (ADR 0050): null when the export did not check the ticket's history, or the row is not a record line.
  { element: { name: 'verified', type: 'BOOLEAN', repetition_type: 'OPTIONAL' }, read: (r) => r.verified ?? null },
  {
    element: {
      name: 'audit_at',
      type: 'INT64',
      repetition_type: 'OPTIONAL',
      converted_type: 'TIMESTAMP_MILLIS',
      logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
    },
    read: (r) => (r.auditAt == null ? null : BigInt(Date.parse(r.auditAt))),
  },
];

/** `ticket_values`: a standard three-level LIST of strings (DuckDB, BigQuery and Spark read it as a list/ARRAY). */
const LIST_SCHEMA: SchemaElement[] = [
  { name: 'ticket_values', repetition_type: 'OPTIONAL', converted_type: 'LIST', logical_type: { type: 'LIST' }, num_children: 1 },
  { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
  { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
];

export const PARQUET_SCHEMA: SchemaElement[] = [
  { name: 'root', num_children: COLUMNS.length + 1 },
  ...COLUMNS.map((c) => c.element),
  ...LIST_SCHEMA,
];

/**
 * Converts the run's staging JSON Lines into Parquet, 10,000 rows a row group: memory holds one
 * batch, whatever the export's size. Returns the number of rows written.
 */
export async function writeParquetFromJsonl(stagingPath: string, outPath: string): Promise<number> {
  const writer = new ParquetWriter({ writer: fileWriter(outPath), schema: PARQUET_SCHEMA, createdBy: 'values-coach-export' });
  let batch: CliRow[] = [];
  let rows = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const columnData = [
      ...COLUMNS.map((c) => ({ name: c.element.name, data: batch.map(c.read) })),
      { name: 'ticket_values', data: batch.map((r) => r.ticketValues) },
    ];
    await writer.write({ columnData, rowGroupSize: BATCH_ROWS });
    rows += batch.length;
    batch = [];
  };
  const lines = createInterface({ input: createReadStream(stagingPath, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    batch.push(JSON.parse(line) as CliRow);
    if (batch.length >= BATCH_ROWS) await flush();
  }
  await flush();
  await writer.finish();
  return rows;
}
