import { parseArgs } from 'node:util';

export const FORMATS = ['csv', 'jsonl', 'parquet'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export interface CliOptions {
  baseUrl: string;
  /** The API token's user; empty with OAuth (the token names its user). */
  email: string;
  /** The name of the environment variable holding the API token or OAuth access token (the token itself is never kept here). */
  tokenEnv: string;
  /** `api-token`: basic auth `<email>/token:<token>`; `oauth`: `Authorization: Bearer <token>`. */
  auth: 'api-token' | 'oauth';
  valuesFieldId: number;
  recordFieldId: number;
  /** First UTC day, YYYY-MM-DD: tag events on or after it (and tickets updated since). */
  since: string;
  format: ExportFormat;
  out: string;
  checkpoint: string;
  incremental: boolean;
  /** How far back an incremental run re-reads, for tags that reached Zendesk late (an offline outbox). */
  overlapHours: number;
  /** Start over even when the checkpoint holds an unfinished run. */
  restart: boolean;
  bom: boolean;
  progress: 'auto' | 'bar' | 'lines' | 'none';
  /** Search Export's own limit per minute (Zendesk: 100). */
  exportPerMinute: number;
  /** Account-wide requests per minute left to the agents: slow down when `X-Rate-Limit-Remaining` gets this low. */
  reserve: number;
  /** Check each record line against the ticket's audits (one audits read per tagged ticket): `verified` and `auditAt` columns. */
  verify: boolean;
}

export type ParsedArgs =
  { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'version' } | { kind: 'usage-error'; message: string };

export const HELP = `values-coach-export: Values Coach tag events from Zendesk into a file a warehouse loads.

Usage:
  npx values-coach-export --url https://acme.zendesk.com --email lead@acme.com \\
    --token-env ZENDESK_API_TOKEN --values-field 360001 --record-field 360002 \\
    --since 2026-01-01 --format parquet --out tags.parquet

Required:
  --url <base URL>          The account's base URL (or a proxy standing in for it)
  --subdomain <name>        Shorthand for --url https://<name>.zendesk.com
  --email <address>         The Zendesk user the API token belongs to
  --token-env <VARIABLE>    Name of the environment variable holding the API token
                            (sent as basic auth <email>/token:<token>; never printed or saved)
  --oauth-token-env <VARIABLE>
                            Instead of --email and --token-env: name of the environment variable
                            holding an OAuth access token (scope read), sent as Authorization: Bearer;
                            never printed or saved
  --values-field <id>       Id of the "Values exemplified" multi-select ticket field
  --record-field <id>       Id of the "Values Coach record" multi-line ticket field
  --since <YYYY-MM-DD>      Tag events on or after this UTC day
  --format csv|jsonl|parquet
  --out <file>              Written when the run completes (until then: <file>.partial)

Resuming and scheduling:
  --checkpoint <file>       Default <out>.checkpoint.json: cursor, counts and the last successful run.
                            A killed or failed run resumes from it when the same command runs again.
  --incremental             Only tag events since the last successful run (the first run uses --since)
  --overlap-hours <n>       Incremental runs re-read this far back for late tags, without duplicates (default 24)
  --restart                 Discard an unfinished run in the checkpoint and start over

Output and manners:
  --bom                     Start the CSV with a byte-order mark (for Excel)
  --progress auto|bar|lines|none   Default auto: a bar on a terminal, plain lines otherwise
  --export-per-minute <n>   Search Export requests a minute (default 100, Zendesk's limit)
  --reserve <n>             Leave this many account-wide requests a minute to the agents (default 50)

Tamper evidence:
  --verify                  Check each tag against its ticket's history (audits): adds the columns
                            verified (true/false) and auditAt. Costs one audits request per tagged
                            ticket (paced at 200 a minute, within --reserve); a line another user wrote
                            through the API, or dated far from its audit, is verified=false, counted=0.
  -h, --help                This text
  --version                 The version

Exit codes:
  0  complete: <out> holds every tag event, the checkpoint records the success
  2  partial: the run stopped early (rate limits, outage, interrupted); run the same command to resume
  1  failed: nothing more can be done without a change (credentials, field ids, settings)
  64 the command line is wrong

Docs: docs/headless-export.md
`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function positiveInt(raw: string | undefined, name: string): number | string {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : `--${name} must be a positive whole number (got "${raw ?? ''}").`;
}

/** Reads the command line; every problem is a sentence naming the flag. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        url: { type: 'string' },
        subdomain: { type: 'string' },
        email: { type: 'string' },
        'token-env': { type: 'string' },
        'oauth-token-env': { type: 'string' },
        'values-field': { type: 'string' },
        'record-field': { type: 'string' },
        since: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        checkpoint: { type: 'string' },
        incremental: { type: 'boolean', default: false },
        'overlap-hours': { type: 'string', default: '24' },
        restart: { type: 'boolean', default: false },
        bom: { type: 'boolean', default: false },
        progress: { type: 'string', default: 'auto' },
        'export-per-minute': { type: 'string', default: '100' },
        reserve: { type: 'string', default: '50' },
        verify: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return { kind: 'usage-error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const fail = (message: string): ParsedArgs => ({ kind: 'usage-error', message });

  if (values.url && values.subdomain) return fail('Give --url or --subdomain, not both.');
  let baseUrl = values.url ?? (values.subdomain ? `https://${values.subdomain}.zendesk.com` : '');
  if (!baseUrl) return fail('--url (or --subdomain) is required.');
  if (values.subdomain && !/^[a-z0-9][a-z0-9-]*$/i.test(values.subdomain))
    return fail(`--subdomain "${values.subdomain}" is not a Zendesk subdomain.`);
  try {
    const parsed = new URL(baseUrl);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
      return fail('--url must start with https:// (or http:// for a local server).');
    baseUrl = parsed.toString().replace(/\/+$/, '');
  } catch {
    return fail(`--url "${baseUrl}" is not a URL.`);
  }
  const oauth = values['oauth-token-env'] !== undefined;
  if (oauth && values['token-env'] !== undefined)
    return fail('Pass either --token-env (API token) or --oauth-token-env (OAuth), not both.');
  for (const name of [
    ...(oauth ? [] : (['email', 'token-env'] as const)),
    'values-field',
    'record-field',
    'since',
    'format',
    'out',
  ] as const) {
    if (!values[name]) return fail(`--${name} is required.`);
  }
  const valuesFieldId = positiveInt(values['values-field'], 'values-field');
  if (typeof valuesFieldId === 'string') return fail(valuesFieldId);
  const recordFieldId = positiveInt(values['record-field'], 'record-field');
  if (typeof recordFieldId === 'string') return fail(recordFieldId);
  const since = values.since!;
  if (!DAY.test(since) || Number.isNaN(Date.parse(`${since}T00:00:00Z`)))
    return fail(`--since must be a day as YYYY-MM-DD (got "${since}").`);
  const format = values.format as ExportFormat;
  if (!FORMATS.includes(format)) return fail(`--format must be one of ${FORMATS.join(', ')} (got "${values.format}").`);
  const progress = values.progress as CliOptions['progress'];
  if (!['auto', 'bar', 'lines', 'none'].includes(progress)) return fail('--progress must be auto, bar, lines or none.');
  const overlapHours = Number(values['overlap-hours']);
  if (!Number.isFinite(overlapHours) || overlapHours < 0) return fail('--overlap-hours must be zero or more.');
  const exportPerMinute = positiveInt(values['export-per-minute'], 'export-per-minute');
  if (typeof exportPerMinute === 'string') return fail(exportPerMinute);
  const reserve = Number(values.reserve);
  if (!Number.isInteger(reserve) || reserve < 0) return fail('--reserve must be a whole number, zero or more.');
  const tokenFlag = oauth ? 'oauth-token-env' : 'token-env';
  const tokenEnv = values[tokenFlag]!;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv))
    return fail(`--${tokenFlag} takes the NAME of an environment variable, not the token itself.`);
  const out = values.out!;
  return {
    kind: 'run',
    options: {
      baseUrl,
      email: oauth ? '' : values.email!,
      tokenEnv,
      auth: oauth ? 'oauth' : 'api-token',
      valuesFieldId,
      recordFieldId,
      since,
      format,
      out,
      checkpoint: values.checkpoint ?? `${out}.checkpoint.json`,
      incremental: values.incremental,
      overlapHours,
      restart: values.restart,
      bom: values.bom,
      progress,
      exportPerMinute,
      reserve,
      verify: values.verify,
    },
  };
}
