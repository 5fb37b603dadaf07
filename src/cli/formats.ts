import { createCsvWriter } from '../domain/export/csv';
import { jsonLineOf } from '../domain/export/columns';
import { exportColumns, type ExportColumn } from '../domain/export/rows';
import en from '../../translations/en.json';
import type { CliRow } from './tag-rows';

/** The leads page's CSV column titles (English): the same columns, in the same order. */
export const CSV_HEADERS = Object.fromEntries(exportColumns(true).map((c) => [c, en.vc.export.column[c]])) as Record<ExportColumn, string>;

export interface RowWriter {
  writeRow(row: CliRow): void;
}

/**
 * CSV through the domain's writer (formula-safe cells, RFC 4180), exactly the leads page's columns.
 * A new file gets the header at once (so an export without rows still has one); a resumed run
 * appends to a file that has it already, so the writer's header line is dropped.
 */
export function csvRowWriter(write: (chunk: string) => void, options: { bom: boolean; resuming: boolean; verify?: boolean }): RowWriter {
  let skipHeader = options.resuming;
  const columns = exportColumns(options.verify ?? false);
  const writer = createCsvWriter({ bom: options.bom, headers: CSV_HEADERS, columns }, (chunk) => {
    if (skipHeader) skipHeader = false;
    else write(chunk);
  });
  if (!options.resuming) writer.end();
  return { writeRow: (row) => writer.writeRow(row) };
}

/** JSON Lines: one object a line with the warehouse columns (`WAREHOUSE_COLUMNS`: the CSV's, ids, `eventId`, `ticketValues`). */
export function jsonlRowWriter(write: (chunk: string) => void, options: { verify?: boolean } = {}): RowWriter {
  return { writeRow: (row) => write(`${JSON.stringify(jsonLineOf(row, options.verify ?? false))}\n`) };
}
