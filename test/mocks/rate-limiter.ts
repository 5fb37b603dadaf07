import { pathMatches } from './path-match';

export interface RateLimitRule {
  /** Endpoint family (path prefix); omit for the account-wide limit. */
  path?: string;
  perMinute: number;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  retryAfterSeconds: number;
}

const WINDOW_MS = 60_000;

/**
 * Sliding one-minute windows on the store clock (not wall time) so tests and benchmarks can
 * advance time instead of sleeping. Rejected requests do not count, as with Zendesk.
 */
export function createRateLimiter(now: () => Date) {
  const rules = new Map<string, { perMinute: number; hits: number[] }>();
  const GLOBAL = '';

  function prune(hits: number[], at: number): void {
    let drop = 0;
    while (drop < hits.length && (hits[drop] ?? 0) <= at - WINDOW_MS) drop++;
    if (drop > 0) hits.splice(0, drop);
  }

  return {
    set(rule: RateLimitRule): void {
      rules.set(rule.path ?? GLOBAL, { perMinute: rule.perMinute, hits: [] });
    },
    clear(): void {
      rules.clear();
    },
    /** Checks every rule that covers the path; the tightest one decides the headers. */
    take(pathname: string): RateDecision | null {
      const at = now().getTime();
      const applicable = [...rules.entries()].filter(([path]) => path === GLOBAL || pathMatches(path, pathname));
      if (applicable.length === 0) return null;
      let decision: RateDecision | null = null;
      for (const [, rule] of applicable) {
        prune(rule.hits, at);
        const remaining = rule.perMinute - rule.hits.length;
        if (remaining <= 0) {
          const oldest = rule.hits[0] ?? at;
          const retryAfterSeconds = Math.max(1, Math.ceil((oldest + WINDOW_MS - at) / 1000));
          return { allowed: false, limit: rule.perMinute, remaining: 0, retryAfterSeconds };
        }
        if (!decision || remaining - 1 < decision.remaining) {
          decision = { allowed: true, limit: rule.perMinute, remaining: remaining - 1, retryAfterSeconds: 0 };
        }
      }
      for (const [, rule] of applicable) rule.hits.push(at);
      return decision;
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
