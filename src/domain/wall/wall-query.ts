/** What the Wall shows: one value or all, one calendar month (UTC) or all time, hidden notes or not. */
export interface WallQuery {
  valueTag: string | null;
  /** `2026-11`, or null for every month. */
  month: string | null;
  includeHidden: boolean;
}

/** The first instant of the month and of the next one, as ISO strings (UTC). */
export function monthRange(month: string): { from: string; to: string } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  if (index < 0 || index > 11) return null;
  return { from: new Date(Date.UTC(year, index, 1)).toISOString(), to: new Date(Date.UTC(year, index + 1, 1)).toISOString() };
}

/** The last `count` months up to the one holding `now`, newest first (`2026-12`, `2026-11`, …). */
export function recentMonths(now: Date, count: number): string[] {
  const months: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    months.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}

/** The custom object search filter for a Wall query (`$and` of the parts that apply). */
export function wallFilter(query: WallQuery): Record<string, unknown> {
  const parts: Record<string, unknown>[] = [{ 'custom_object_fields.body': { $exists: true } }];
  if (query.valueTag) parts.push({ 'custom_object_fields.value_tag': { $eq: query.valueTag } });
  if (!query.includeHidden) parts.push({ 'custom_object_fields.hidden': { $noteq: true } });
  const range = query.month ? monthRange(query.month) : null;
  if (range) parts.push({ created_at: { $gte: range.from } }, { created_at: { $lt: range.to } });
  return { $and: parts };
}
