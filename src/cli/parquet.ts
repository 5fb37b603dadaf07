import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ParquetWriter, fileWriter } from 'hyparquet-writer';
import { warehouseColumns, type ColumnSpec } from '../domain/export/columns';
import type { CliRow } from './tag-rows';

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]['schema'][number];

const BATCH_ROWS = 10_000;

const nullable = (spec: ColumnSpec) => (spec.nullable ? 'OPTIONAL' : 'REQUIRED');
const bigint = (v: unknown) => (v === null || v === undefined ? null : BigInt(v as number));

/** A warehouse column's Parquet element and how its cell is read from a staged row. */
function parquetColumn(spec: ColumnSpec): { element: SchemaElement; read: (row: CliRow) => unknown } {
  const cell = (row: CliRow) => (row as unknown as Record<string, unknown>)[spec.key] ?? null;
  switch (spec.type) {
    case 'int64':
      return {
        element: { name: spec.name, type: 'INT64', converted_type: 'INT_64', repetition_type: nullable(spec) },
        read: (r) => bigint(cell(r)),
      };
    case 'flag':
      return {
        element: { name: spec.name, type: 'INT32', converted_type: 'INT_8', repetition_type: nullable(spec) },
        read: (r) => cell(r),
      };
    case 'timestamp':
      return {
        element: {
          name: spec.name,
          type: 'INT64',
          repetition_type: nullable(spec),
          converted_type: 'TIMESTAMP_MILLIS',
          logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
        },
        read: (r) => {
          const at = cell(r);
          return at === null ? null : BigInt(Date.parse(at as string));
        },
      };
    case 'bool':
      return {
        element: { name: spec.name, type: 'BOOLEAN', repetition_type: nullable(spec) },
        read: (r) => cell(r),
      };
    case 'text':
      return {
        element: { name: spec.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: nullable(spec) },
        read: (r) => cell(r) ?? '',
      };
    case 'text-list':
      throw new Error(`${spec.name}: list columns are written with LIST_SCHEMA`);
  }
}

/**
 * The columns, in order: every CSV column typed, ids beside names, then the event id, then the
 * history check's (null when the export did not check it; see docs/headless-export.md).
 */
const COLUMNS = warehouseColumns(true)
  .filter((spec) => spec.type !== 'text-list')
  .map(parquetColumn);

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
