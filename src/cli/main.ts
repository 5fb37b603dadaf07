import { readFileSync } from 'node:fs';
import { HELP, parseCliArgs } from './args';
import { runCliExport, type RunOutcome } from './export-run';

export const USAGE_ERROR = 64;

interface Io {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  signal: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  fetch?: typeof fetch;
}

/** Waits, but returns at once when the run is interrupted, so Ctrl-C never hangs on a Retry-After. */
function abortableSleep(signal: AbortSignal) {
  return (ms: number) =>
    new Promise<void>((resolve) => {
      if (signal.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done);
    });
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** The whole command, with its world passed in (tests run it in-process); returns the exit code. */
export async function main(io: Io): Promise<number> {
  const parsed = parseCliArgs(io.argv);
  if (parsed.kind === 'help') {
    io.stdout(HELP);
    return 0;
  }
  if (parsed.kind === 'version') {
    io.stdout(`${version()}\n`);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    io.stderr(`values-coach-export: ${parsed.message}\nRun with --help for the flags.\n`);
    return USAGE_ERROR;
  }
  const options = parsed.options;
  const token = io.env[options.tokenEnv];
  if (!token) {
    const what = options.auth === 'oauth' ? 'an OAuth access token' : 'the Zendesk API token';
    io.stderr(`values-coach-export: the environment variable ${options.tokenEnv} is empty or not set; put ${what} in it.\n`);
    return USAGE_ERROR;
  }
  const progress = options.progress === 'auto' ? (io.isTty ? 'bar' : 'lines') : options.progress;
  let outcome: RunOutcome;
  try {
    outcome = await runCliExport(options, {
      token,
      sleep: io.sleep ?? abortableSleep(io.signal),
      now: io.now ?? Date.now,
      signal: io.signal,
      progress,
      status: io.stderr,
      ...(io.fetch ? { fetch: io.fetch } : {}),
    });
  } catch (error) {
    // A local problem (disk full, a path that cannot be written): the checkpoint still holds the last complete page.
    io.stderr(`values-coach-export: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  (outcome.exit === 0 ? io.stdout : io.stderr)(`${outcome.message}\n`);
  return outcome.exit;
}
