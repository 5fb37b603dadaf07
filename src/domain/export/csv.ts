import { EXPORT_COLUMNS, type ExportColumn, type ExportRow } from './rows';

export type CsvCell = string | number | null;

/** Spreadsheets run cells that start like a formula; a leading apostrophe makes them plain text. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180). Text that a spreadsheet would run as a formula is neutralised with a
 * leading `'` (OWASP's advice for CSV injection); numbers are written as they are, so a count of
 * -3 stays a number.
 */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  let text = typeof cell === 'number' ? String(cell) : cell;
  if (typeof cell === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

export const UTF8_BOM = '\uFEFF';

export interface CsvOptions {
  /** Excel needs a byte-order mark to read UTF-8. */
  bom: boolean;
  /** Translated column titles. */
  headers: Record<ExportColumn, string>;
  /** The columns to write, in order (default: all); per-agent columns go for viewers not allowed them (ADR 0047). */
  columns?: readonly ExportColumn[];
}

function cellsOf(row: ExportRow, columns: readonly ExportColumn[]): CsvCell[] {
  return columns.map((column) => {
    const value = row[column];
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    return value === undefined ? null : value;
  });
}

/** Streams rows as CSV text chunks: nothing but the current line is held. */
export function createCsvWriter(options: CsvOptions, write: (chunk: string) => void) {
  const columns = options.columns ?? EXPORT_COLUMNS;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    write((options.bom ? UTF8_BOM : '') + csvLine(columns.map((c) => options.headers[c])));
  };
  return {
    writeRow(row: ExportRow) {
      start();
      write(csvLine(cellsOf(row, columns)));
    },
    /** Writes the header even for an export without rows. */
    end() {
      start();
    },
  };
}

export function toCsv(rows: readonly ExportRow[], options: CsvOptions): string {
  let out = '';
  const writer = createCsvWriter(options, (chunk) => (out += chunk));
  for (const row of rows) writer.writeRow(row);
  writer.end();
  return out;
}
