import type { ExportRow } from './rows';

export interface JsonExportMeta {
  generatedAt: string;
  query: string;
  filters: Record<string, unknown>;
  /** What the file leaves out for privacy, in words (ADR 0047). */
  privacy?: string;
}

export interface JsonExportSummary {
  /** False for a cancelled or failed export: the rows are then only part of the answer. */
  complete: boolean;
  cancelled: boolean;
  error: string | null;
  rows: number;
  tickets: number;
}

/**
 * Streams `{"meta":…,"rows":[…],"summary":…}`. The summary comes last because only the end of the
 * run knows whether it was complete; readers must check `summary.complete`.
 */
export function createJsonWriter(meta: JsonExportMeta, write: (chunk: string) => void) {
  let rows = 0;
  write(`{"meta":${JSON.stringify(meta)},"rows":[`);
  return {
    writeRow(row: ExportRow) {
      write(`${rows === 0 ? '\n' : ',\n'}${JSON.stringify(row)}`);
      rows++;
    },
    end(summary: Omit<JsonExportSummary, 'rows'>) {
      write(`\n],"summary":${JSON.stringify({ ...summary, rows })}}\n`);
    },
    rows: () => rows,
  };
}
