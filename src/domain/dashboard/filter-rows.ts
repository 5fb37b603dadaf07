import type { ExportRow } from '../export/rows';

export interface RowFilters {
  /** Inclusive UTC days, YYYY-MM-DD. */
  from: string;
  to: string;
  valueTags: readonly string[];
  agentIds: readonly number[];
  groupIds: readonly number[];
}

/** The agent a tag celebrates: the reply's author when known, otherwise the ticket's assignee. */
export function agentOf(row: Pick<ExportRow, 'assigneeId'> & { replyAuthorId?: number | null }): number | null {
  return row.replyAuthorId ?? row.assigneeId;
}

/** Rows whose tag time falls in the range (rows with an unknown time are kept: they were found in range). */
export function filterRows<R extends ExportRow & { replyAuthorId?: number | null }>(rows: readonly R[], filters: RowFilters): R[] {
  const from = Date.parse(`${filters.from}T00:00:00Z`);
  const to = Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000;
  return rows.filter((row) => {
    if (row.taggedAt !== null) {
      const at = Date.parse(row.taggedAt);
      if (!(at >= from && at < to)) return false;
    }
    if (filters.valueTags.length > 0 && !filters.valueTags.includes(row.valueTag)) return false;
    const agent = agentOf(row);
    if (filters.agentIds.length > 0 && (agent === null || !filters.agentIds.includes(agent))) return false;
    if (filters.groupIds.length > 0 && (row.groupId === null || !filters.groupIds.includes(row.groupId))) return false;
    return true;
  });
}
