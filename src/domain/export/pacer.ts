const WINDOW_MS = 60_000;

/**
 * Keeps requests under a per-minute budget (Zendesk's Search Export allows about 100): a sliding
 * window of the last minute's request times, from an injected clock so tests run in virtual time.
 */
export function createPacer(perMinute: number, now: () => number) {
  const times: number[] = [];
  return {
    /** How long to wait before the next request may start (0 when it may start now). */
    delay(): number {
      const t = now();
      while (times.length > 0 && t - times[0]! >= WINDOW_MS) times.shift();
      if (times.length < perMinute) return 0;
      return times[0]! + WINDOW_MS - t;
    },
    record(): void {
      times.push(now());
    },
  };
}
