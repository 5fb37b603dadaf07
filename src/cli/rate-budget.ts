/**
 * Reads `X-Rate-Limit` / `X-Rate-Limit-Remaining` from every answer (the account-wide budget the
 * export shares with the agents and other integrations) and says how long to pause so at least
 * `reserve` requests a minute stay for them. 429s and Retry-After are the runner's; this keeps the
 * export from causing them for everybody else.
 */
export function createRateBudget(reserve: number, exportPerMinute: number) {
  let limit: number | null = null;
  let remaining: number | null = null;
  return {
    observe(headers: Record<string, string>): void {
      const l = Number(headers['x-rate-limit']);
      const r = Number(headers['x-rate-limit-remaining']);
      if (headers['x-rate-limit'] !== undefined && Number.isFinite(l)) limit = l;
      if (headers['x-rate-limit-remaining'] !== undefined && Number.isFinite(r)) remaining = r;
    },
    /** 0 while the budget is comfortable; else a share of the minute proportional to the shortfall. */
    pauseMs(): number {
      if (remaining === null || remaining > reserve) return 0;
      // Headers that describe Search Export's own limit: the runner's pacer already keeps under it.
      if (limit === exportPerMinute) return 0;
      const perRequest = 60_000 / Math.max(1, limit ?? 60);
      return Math.min(60_000, Math.ceil(perRequest * (reserve - remaining + 1)));
    },
    get remaining() {
      return remaining;
    },
  };
}
