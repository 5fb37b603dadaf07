import type { ExportRow } from '../export/rows';
import { inDateRange, matchesFacets, type RowFilters } from '../export/tag-rows';

export { agentOf, type RowFilters } from '../export/tag-rows';

/** Rows in the date range (undated rows kept) and of the chosen values, agents and groups. */
export function filterRows<R extends ExportRow>(rows: readonly R[], filters: RowFilters): R[] {
  return inDateRange(rows, filters).filter((row) => matchesFacets(row, filters));
}
