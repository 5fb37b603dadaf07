import { EXPORT_COLUMNS, VERIFY_COLUMNS, type ExportColumn, type ExportRow } from './rows';

/**
 * The one column list every export format is derived from (issue 16). The CSV writes
 * `EXPORT_COLUMNS` (in `rows.ts`) with translated titles; JSON Lines writes the same keys, and
 * Parquet the same columns in snake_case with a type. Each CSV column must have a type here (the
 * `Record` makes a new column without one a type error), and each name column may carry its id
 * companion, written next to it in JSON Lines and Parquet (ids are what a warehouse joins on).
 */
export type ColumnType = 'int64' | 'text' | 'timestamp' | 'flag' | 'bool';

export interface ColumnSpec {
  /** The row's key (camelCase), which is also the JSON Lines key. */
  key: keyof ExportRow | 'eventId' | 'ticketValues';
  /** The Parquet column name (snake_case). */
  name: string;
  type: ColumnType | 'text-list';
  /** Whether the cell can be empty: null in Parquet and JSON, an empty CSV cell. */
  nullable: boolean;
}

const TYPES: Record<ExportColumn, { type: ColumnType; nullable: boolean }> = {
  ticketId: { type: 'int64', nullable: false },
  ticketUrl: { type: 'text', nullable: false },
  subject: { type: 'text', nullable: false },
  status: { type: 'text', nullable: false },
  assignee: { type: 'text', nullable: false },
  group: { type: 'text', nullable: false },
  value: { type: 'text', nullable: false },
  valueTag: { type: 'text', nullable: false },
  taggedBy: { type: 'text', nullable: false },
  taggedAt: { type: 'timestamp', nullable: true },
  replyCommentId: { type: 'int64', nullable: true },
  replyAuthor: { type: 'text', nullable: false },
  replyExcerpt: { type: 'text', nullable: false },
  note: { type: 'text', nullable: false },
  satisfaction: { type: 'text', nullable: false },
  recordState: { type: 'text', nullable: false },
  counted: { type: 'flag', nullable: false },
  ticketUpdatedAt: { type: 'timestamp', nullable: false },
  // Only in a checked export (ADR 0050); null in Parquet when the ticket's history was not checked.
  verified: { type: 'bool', nullable: true },
  auditAt: { type: 'timestamp', nullable: true },
};

/** Name columns whose person or group id is written beside them (JSON Lines and Parquet only). */
const ID_COMPANIONS: Partial<Record<ExportColumn, keyof ExportRow>> = {
  assignee: 'assigneeId',
  group: 'groupId',
  taggedBy: 'taggedById',
  replyAuthor: 'replyAuthorId',
};

export const snakeCase = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Every CSV column in CSV order (each name column followed by its id), then what a warehouse needs
 * besides: the tag event's id (to de-duplicate runs) and the ticket's values (a list column).
 */
export const WAREHOUSE_COLUMNS: readonly ColumnSpec[] = [
  ...EXPORT_COLUMNS.flatMap((column): ColumnSpec[] => {
    const own: ColumnSpec = { key: column, name: snakeCase(column), ...TYPES[column] };
    const id = ID_COMPANIONS[column];
    return id ? [own, { key: id, name: snakeCase(id), type: 'int64', nullable: true }] : [own];
  }),
  { key: 'eventId', name: 'event_id', type: 'text', nullable: false },
  { key: 'ticketValues', name: 'ticket_values', type: 'text-list', nullable: false },
];

/** The history check's columns (ADR 0050), after the others when the export checks each line. */
export const VERIFY_WAREHOUSE_COLUMNS: readonly ColumnSpec[] = VERIFY_COLUMNS.map((column) => ({
  key: column,
  name: snakeCase(column),
  ...TYPES[column],
}));

/** The warehouse columns of an export, with the history check's when it was asked for. */
export function warehouseColumns(verify: boolean): readonly ColumnSpec[] {
  return verify ? [...WAREHOUSE_COLUMNS, ...VERIFY_WAREHOUSE_COLUMNS] : WAREHOUSE_COLUMNS;
}

/** A row as a JSON Lines object: the warehouse columns' keys, in order, and nothing else. */
export function jsonLineOf(row: ExportRow & { eventId: string; ticketValues: string[] }, verify = false): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of warehouseColumns(verify)) out[column.key] = row[column.key] ?? null;
  return out;
}
