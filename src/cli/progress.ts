export interface ProgressFigures {
  requests: number;
  pages: number;
  tickets: number;
  rows: number;
  /** Tickets Zendesk says match, when known (the bar's 100%). */
  total: number | null;
  waitingMs?: number;
  reason?: string;
}

export type ProgressMode = 'bar' | 'lines' | 'none';

const BAR_WIDTH = 28;

function line(f: ProgressFigures): string {
  const of = f.total === null ? '' : ` of ~${f.total.toLocaleString('en')}`;
  const wait = f.waitingMs ? `, waiting ${Math.ceil(f.waitingMs / 1000)} s (${f.reason})` : '';
  return `${f.tickets.toLocaleString('en')}${of} tickets, ${f.rows.toLocaleString('en')} rows, ${f.requests} requests${wait}`;
}

/**
 * A bar redrawn in place on a terminal; plain lines elsewhere (a cron mail, a CI log), at most one
 * every few seconds so a log stays readable. Written to stderr: stdout is left to the summary.
 */
export function createProgress(mode: ProgressMode, write: (text: string) => void, now: () => number = Date.now) {
  let lastLine = 0;
  let drawn = false;
  return {
    update(f: ProgressFigures): void {
      if (mode === 'none') return;
      if (mode === 'lines') {
        if (now() - lastLine < 5000 && !f.waitingMs) return;
        lastLine = now();
        write(`${line(f)}\n`);
        return;
      }
      const share = f.total ? Math.min(1, f.tickets / f.total) : 0;
      const filled = Math.round(share * BAR_WIDTH);
      const bar = f.total ? `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${Math.floor(share * 100)}% ` : '';
      write(`\r\x1b[2K${bar}${line(f)}`);
      drawn = true;
    },
    /** Ends the bar's line so what follows starts on a fresh one. */
    done(): void {
      if (drawn) write('\n');
      drawn = false;
    },
  };
}
