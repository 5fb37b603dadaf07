import { weeksBetween } from './iso-week';

/**
 * Exact ticket counts for a whole date range from Zendesk's search counts (one request per bucket,
 * no ticket read), for ranges with more tagged tickets than the leads page reads (ADR 0055).
 *
 * What a bucket counts: **tickets whose values field holds a value now and whose last update falls
 * in the bucket's span** (`updated`, the only date search has). That is not the page's reply count:
 * a ticket tagged twice is one ticket, a value set by hand counts here, and a ticket tagged in March
 * and updated in May is in May's week. The page says so beside the charts.
 */
export type BucketKind = 'total' | 'value' | 'week' | 'group';

export interface Bucket {
  kind: BucketKind;
  /** `total`, a value tag, a week's Monday (YYYY-MM-DD) or a group id. */
  key: string;
  query: string;
}

export interface RangeCountsPlan {
  buckets: Bucket[];
  /** Groups left uncounted to stay inside the request budget (largest budget first: totals, values, weeks). */
  groupsLeftOut: number;
}

/** Most search counts one load may spend: a fifth of a Team plan's 200 a minute is a few seconds of it. */
export const MAX_BUCKET_REQUESTS = 400;

const DAY_MS = 86_400_000;

const instant = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** `updated>=start updated<end` for [startMs, endMs): exact instants, so no time zone of the account applies. */
function updatedIn(startMs: number, endMs: number): string {
  return `updated>=${instant(startMs)} updated<${instant(endMs)}`;
}

export interface PlanInput {
  valuesFieldId: number;
  /** The catalogue's value tags. */
  tags: readonly string[];
  groupIds: readonly number[];
  /** Inclusive UTC days. */
  from: string;
  to: string;
  maxRequests?: number;
}

/**
 * The buckets, in the order they should be asked: the total and each value first (the first chart),
 * then every week of the range, then groups while the budget lasts. Weeks are clipped to the range,
 * so the first and last week count only their days inside it and the weeks add up to the total.
 */
export function planRangeCounts(input: PlanInput): RangeCountsPlan {
  const field = (tag: string) => `custom_field_${input.valuesFieldId}:${tag}`;
  const anyValue = input.tags.map(field).join(' ');
  const startMs = Date.parse(`${input.from}T00:00:00Z`);
  const endMs = Date.parse(`${input.to}T00:00:00Z`) + DAY_MS;
  const range = updatedIn(startMs, endMs);
  const q = (...terms: string[]) => ['type:ticket', ...terms].join(' ');
  const buckets: Bucket[] = [{ kind: 'total', key: 'total', query: q(anyValue, range) }];
  for (const tag of input.tags) buckets.push({ kind: 'value', key: tag, query: q(field(tag), range) });
  for (const week of weeksBetween(input.from, input.to)) {
    const monday = Date.parse(`${week.start}T00:00:00Z`);
    const span = updatedIn(Math.max(startMs, monday), Math.min(endMs, monday + 7 * DAY_MS));
    buckets.push({ kind: 'week', key: week.start, query: q(anyValue, span) });
  }
  const room = Math.max(0, (input.maxRequests ?? MAX_BUCKET_REQUESTS) - buckets.length);
  const groups = input.groupIds.slice(0, room);
  for (const id of groups) buckets.push({ kind: 'group', key: String(id), query: q(anyValue, `group:${id}`, range) });
  return { buckets: buckets.slice(0, input.maxRequests ?? MAX_BUCKET_REQUESTS), groupsLeftOut: input.groupIds.length - groups.length };
}

/** Counts known so far: a bucket missing from `counts` has not answered (yet, or it failed). */
export interface RangeCounts {
  plan: RangeCountsPlan;
  counts: ReadonlyMap<string, number>;
  /** Buckets whose count could not be read (after the retries the adapter makes). */
  failed: number;
  done: boolean;
}

export const bucketId = (bucket: Pick<Bucket, 'kind' | 'key'>) => `${bucket.kind}:${bucket.key}`;

export interface RunRangeCountsInput {
  plan: RangeCountsPlan;
  count(query: string): Promise<number>;
  /** Called after every answer, with everything known so far (progressive rendering). */
  onUpdate?(counts: RangeCounts): void;
  signal: AbortSignal;
  /** Requests in flight at once (the adapter waits out 429s with Retry-After). */
  concurrency?: number;
}

/**
 * Asks every bucket in plan order, a few at a time, and reports after each answer, so the total and
 * per-value chart can show once their buckets are in while weeks and groups are still being counted.
 * A bucket that fails is counted as failed and left empty (never shown as 0).
 */
export async function runRangeCounts(input: RunRangeCountsInput): Promise<RangeCounts> {
  const counts = new Map<string, number>();
  let failed = 0;
  let next = 0;
  const snapshot = (done: boolean): RangeCounts => ({ plan: input.plan, counts: new Map(counts), failed, done });
  const worker = async () => {
    while (next < input.plan.buckets.length && !input.signal.aborted) {
      const bucket = input.plan.buckets[next++]!;
      try {
        counts.set(bucketId(bucket), await input.count(bucket.query));
      } catch {
        failed++;
      }
      if (!input.signal.aborted) input.onUpdate?.(snapshot(false));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, input.concurrency ?? 4) }, worker));
  return snapshot(!input.signal.aborted);
}
