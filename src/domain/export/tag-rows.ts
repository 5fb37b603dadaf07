import { exportRowsForTicket, type ExportableTicket, type ExportRow, type RowContext } from './rows';

/** What the lead looks at; dates are inclusive UTC calendar days (YYYY-MM-DD). */
export interface RowFilters {
  from: string;
  to: string;
  /**
   * An ISO instant later than `from` where the read data starts (the dashboard's cap keeps the most
   * recent tickets): tags before it are left out, as if the range started there.
   */
  since?: string | null;
  valueTags: readonly string[];
  agentIds: readonly number[];
  groupIds: readonly number[];
}

const DAY_MS = 86_400_000;

/** The range as [start, end) milliseconds. */
export function rangeBounds(filters: Pick<RowFilters, 'from' | 'to' | 'since'>): { start: number; end: number } {
  const from = Date.parse(`${filters.from}T00:00:00Z`);
  const since = filters.since ? Date.parse(filters.since) : Number.NaN;
  return { start: Number.isNaN(since) ? from : Math.max(from, since), end: Date.parse(`${filters.to}T00:00:00Z`) + DAY_MS };
}

/** The agent a counted reply credits: its author as recorded, never the ticket's assignee (null: unknown). */
export function agentOf(row: Pick<ExportRow, 'replyAuthorId'>): number | null {
  return row.replyAuthorId;
}

/** Rows whose tag time falls in the range (undated rows are kept: their ticket was found in range). */
export function inDateRange<R extends Pick<ExportRow, 'taggedAt'>>(
  rows: readonly R[],
  filters: Pick<RowFilters, 'from' | 'to' | 'since'>,
): R[] {
  const { start, end } = rangeBounds(filters);
  return rows.filter((row) => {
    if (row.taggedAt === null) return true;
    const at = Date.parse(row.taggedAt);
    return at >= start && at < end;
  });
}

/** Whether any value, agent or group is chosen: the figures are then narrower than the range. */
export function hasFacets(filters: Pick<RowFilters, 'valueTags' | 'agentIds' | 'groupIds'>): boolean {
  return filters.valueTags.length + filters.agentIds.length + filters.groupIds.length > 0;
}

/** Rows of the chosen values, agents (credited reply authors) and groups; empty lists mean all. */
export function matchesFacets(row: ExportRow, filters: Pick<RowFilters, 'valueTags' | 'agentIds' | 'groupIds'>): boolean {
  if (filters.valueTags.length > 0 && !filters.valueTags.includes(row.valueTag)) return false;
  const agent = agentOf(row);
  if (filters.agentIds.length > 0 && (agent === null || !filters.agentIds.includes(agent))) return false;
  if (filters.groupIds.length > 0 && (row.groupId === null || !filters.groupIds.includes(row.groupId))) return false;
  return true;
}

/**
 * Marks, among one ticket's in-field rows, the row each chart counts: one per reply and value (the
 * first tag in the range), so two reviewers tagging the same reply count once. A tag without a known
 * reply counts as the ticket exemplifying the value, once. Every row of a reply is credited to the
 * author any of its tags recorded (a comment's author never changes, so this is not a guess).
 */
export function markCounted<R extends ExportRow>(rows: readonly R[]): R[] {
  const units = new Map<string, R[]>();
  for (const row of rows) {
    // An unverified line (its audit names someone else or another time, or there is none) counts nowhere.
    if (row.recordState !== 'in-field' || row.taggedAt === null || row.verified === false) continue;
    const key = `${row.ticketId}|${row.valueTag}|${row.replyCommentId ?? 'ticket'}`;
    units.set(key, [...(units.get(key) ?? []), row]);
  }
  const marked = new Map<R, R>();
  for (const unit of units.values()) {
    const ordered = [...unit].sort((a, b) => Date.parse(a.taggedAt!) - Date.parse(b.taggedAt!));
    const author = ordered.find((r) => r.replyAuthorId !== null) ?? null;
    ordered.forEach((row, i) =>
      marked.set(row, {
        ...row,
        replyAuthorId: author?.replyAuthorId ?? null,
        replyAuthor: author?.replyAuthor ?? '',
        counted: i === 0 ? 1 : 0,
      }),
    );
  }
  return rows.map((row) => marked.get(row) ?? { ...row, counted: 0 });
}

/**
 * The one pipeline from a ticket to the rows the leads page counts and the export writes: rows of
 * the tag events in force, kept to the date range, counted once per reply and value, then kept to
 * the chosen values, agents and groups. The dashboard and the export both call it, so every figure
 * on the page is the sum of the export's `counted` column.
 */
export function tagRowsForTicket(ticket: ExportableTicket, ctx: RowContext, filters: RowFilters): ExportRow[] {
  return markCounted(inDateRange(exportRowsForTicket(ticket, ctx), filters)).filter((row) => matchesFacets(row, filters));
}
