import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/** What identifies an export: a checkpoint of another job is not resumed by this one. */
export interface ExportJob {
  baseUrl: string;
  valuesFieldId: number;
  recordFieldId: number;
  format: string;
  incremental: boolean;
  since: string;
  /** `--verify`: rows carry the history check. Absent in checkpoints written before it (= false). */
  verify?: boolean;
}

export interface RunCounts {
  requests: number;
  pages: number;
  tickets: number;
  rows: number;
}

/** An unfinished run: enough to resume it exactly where its last complete page ended. */
export interface RunState {
  startedAt: string;
  /** Tag events at or after this instant are exported (ISO). */
  lowerBound: string;
  query: string;
  /** Where rows go until the run completes (the final file appears only then). */
  stagingPath: string;
  /** The Search Export cursor of the next page; null before the first page. */
  cursor: string | null;
  /** Length of the staging file and of the emitted-events ledger after that page: longer files are cut back. */
  stagingBytes: number;
  ledgerBytes: number;
  counts: RunCounts;
}

export interface LastSuccess {
  startedAt: string;
  finishedAt: string;
  lowerBound: string;
  rows: number;
  /** `[eventId, taggedAt]` emitted in the overlap window before `startedAt`: the next incremental run skips them. */
  recentEvents: [string, string][];
}

/** The checkpoint file. It never holds the email, the token or any header. */
export interface Checkpoint {
  version: 1;
  job: ExportJob;
  run: RunState | null;
  lastSuccess: LastSuccess | null;
}

export function readCheckpoint(path: string): Checkpoint | null {
  if (!existsSync(path)) return null;
  const data = JSON.parse(readFileSync(path, 'utf8')) as Checkpoint;
  if (data.version !== 1 || typeof data.job !== 'object') throw new Error(`${path} is not a values-coach-export checkpoint.`);
  return data;
}

/** Written to a temporary file and renamed over the old one, so a kill never leaves half a checkpoint. */
export function writeCheckpoint(path: string, checkpoint: Checkpoint): void {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(checkpoint, null, 1)}\n`);
  renameSync(temporary, path);
}

export function sameJob(a: ExportJob, b: ExportJob): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof ExportJob)[]);
  const norm = (job: ExportJob, key: keyof ExportJob) => (key === 'verify' ? Boolean(job.verify) : job[key]);
  return [...keys].every((key) => norm(a, key) === norm(b, key));
}
