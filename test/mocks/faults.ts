import { pathMatches } from './path-match';

/** Same shape as the workspace's FaultRule: the page and tests switch faults on with it. */
export interface FaultRule {
  method?: string;
  path?: string;
  /** 401 expired session, 403 forbidden, 413 body too large, 422 invalid option; 409/429/500 as before. */
  status?: 401 | 403 | 409 | 413 | 422 | 429 | 500;
  times?: number;
  retryAfter?: number;
  offline?: boolean;
  delayMs?: number;
}

interface ActiveFault extends FaultRule {
  left: number;
}

export function createFaults() {
  let active: ActiveFault[] = [];
  return {
    add(rule: FaultRule): void {
      active.push({ ...rule, left: rule.times ?? 1 });
    },
    clear(): void {
      active = [];
    },
    list(): FaultRule[] {
      return active.map(({ left, ...rule }) => ({ ...rule, times: left }));
    },
    /** Takes the first matching fault and counts it down; spent faults disappear. */
    take(method: string, pathname: string): FaultRule | null {
      const index = active.findIndex(
        (f) => (!f.method || f.method.toUpperCase() === method.toUpperCase()) && (!f.path || pathMatches(f.path, pathname)),
      );
      const fault = active[index];
      if (!fault) return null;
      fault.left -= 1;
      if (fault.left <= 0) active.splice(index, 1);
      const { left: _left, ...rule } = fault;
      return rule;
    },
  };
}

export type Faults = ReturnType<typeof createFaults>;
