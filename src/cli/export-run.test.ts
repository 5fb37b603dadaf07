import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliWorld, EMAIL, RECORD_FIELD, runCli, TOKEN, VALUES_FIELD, type CliWorld } from '../../test/support/cli-world';
import { forgeRecordLine } from '../../test/mocks/forge';
import { serveZendesk } from '../../test/support/zendesk-http-server';
import { CSV_HEADERS } from './formats';
import { EXPORT_COLUMNS, exportColumns } from '../domain/export/rows';
import { planRangeCounts } from '../domain/dashboard/range-counts';
import { createFetchTransport } from '../adapters/zendesk-api/fetch-transport';
import { createZendeskApi } from '../adapters/zendesk-api/zendesk-api';
import { VALUE_TAGS } from '../../test/mocks/factories';
import { createCustomObjectRecordsApi } from '../adapters/zendesk-api/custom-object-records';
import { ensureObject } from '../adapters/zendesk-api/custom-object-setup';
import { PREFERENCE_OBJECT, PREFERENCE_OBJECT_SPEC, preferenceExternalId } from '../domain/privacy/preference';
import { peopleOnPage } from './tag-rows';
import { NOT_NAMED } from './export-run';

let dir: string;
let w: CliWorld;
let server: Awaited<ReturnType<typeof serveZendesk>>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vc-cli-'));
  w = cliWorld(2_100);
  server = await serveZendesk(w.store);
});
afterEach(() => server.close());

const exportRequests = () => server.requests().filter((r) => r.url.includes('/search/export'));
const csvRows = (path: string) => {
  const parsed = Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  return { header: parsed.data[0], rows: parsed.data.slice(1) };
};
const keyOf = (row: string[]) => `${row[0]}|${row[7]}|${row[9]}`; // ticket id, value tag, tagged at

describe('values-coach-export over real HTTP to the Zendesk double', { timeout: 30_000 }, () => {
  it('exports every tag event as the leads page CSV, at the ⌈N/1000⌉ floor, with API-token basic auth', async () => {
    const out = join(dir, 'tags.csv');
    const run = await runCli(w, server.url, ['--format', 'csv', '--out', out]);
    expect(run.stderr).not.toContain(TOKEN);
    expect(run.code).toBe(0);
    const { header, rows } = csvRows(out);
    expect(header).toEqual(EXPORT_COLUMNS.map((c) => CSV_HEADERS[c]));
    expect(rows).toHaveLength(w.expectedRows);
    expect(new Set(rows.map(keyOf)).size).toBe(rows.length);
    expect(exportRequests()).toHaveLength(Math.ceil(w.tickets / 1000));
    const auth = `Basic ${Buffer.from(`${EMAIL}/token:${TOKEN}`).toString('base64')}`;
    expect(server.requests().every((r) => r.authorization === auth)).toBe(true);
    // Formula neutralised; the value without a record line is kept, with no tagger.
    const hand = rows.filter((r) => r[0] === '500');
    expect(hand.map((r) => r[2])).toEqual([`'=HYPERLINK("http://evil.example","click")`, `'=HYPERLINK("http://evil.example","click")`]);
    expect(hand.find((r) => r[7] === 'vc_say_it_plainly')?.[8]).toBe('');
    expect(hand.find((r) => r[7] === 'vc_own_the_outcome')?.[13]).toBe('Stayed on it, "all week",\nthen closed it');
    // The checkpoint records the success and never the credentials.
    const checkpoint = readFileSync(`${out}.checkpoint.json`, 'utf8');
    expect(checkpoint).not.toContain(TOKEN);
    expect(checkpoint).not.toContain(EMAIL);
    expect(JSON.parse(checkpoint)).toMatchObject({ run: null, lastSuccess: { rows: w.expectedRows } });
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it('sends an OAuth access token as Bearer with --oauth-token-env, and never prints or checkpoints it', async () => {
    const out = join(dir, 'oauth.csv');
    const oauthToken = 'oauth-SECRET-9876';
    const run = await runCli(w, server.url, ['--format', 'csv', '--out', out, '--progress', 'lines'], {
      credentials: ['--oauth-token-env', 'ZD_OAUTH'],
      env: { ZD_OAUTH: oauthToken },
    });
    expect(run.code).toBe(0);
    expect(server.requests().length).toBeGreaterThan(0);
    expect(server.requests().every((r) => r.authorization === `Bearer ${oauthToken}`)).toBe(true);
    expect(`${run.stdout}${run.stderr}`).not.toContain(oauthToken);
    expect(readFileSync(`${out}.checkpoint.json`, 'utf8')).not.toContain(oauthToken);
    expect(csvRows(out).rows).toHaveLength(w.expectedRows);
    // Not both kinds of credentials; and the variable must hold the token.
    const both = await runCli(w, server.url, ['--format', 'csv', '--out', out], {
      credentials: ['--email', 'a@b.c', '--token-env', 'ZD_TOKEN', '--oauth-token-env', 'ZD_OAUTH'],
    });
    expect(both.code).toBe(64);
    const unset = await runCli(w, server.url, ['--format', 'csv', '--out', out], { credentials: ['--oauth-token-env', 'ZD_NOTHING'] });
    expect(unset.code).toBe(64);
    expect(unset.stderr).toContain('OAuth access token');
  });

  it("reproduces the leads page's whole-range ticket counts (search counts, ADR 0055) from a full export", async () => {
    const out = join(dir, 'full.csv');
    expect((await runCli(w, server.url, ['--format', 'csv', '--out', out])).code).toBe(0);
    const { rows } = csvRows(out);
    const col = (c: (typeof EXPORT_COLUMNS)[number]) => EXPORT_COLUMNS.indexOf(c);
    const plan = planRangeCounts({
      valuesFieldId: VALUES_FIELD,
      tags: VALUE_TAGS,
      groupIds: [10, 11],
      from: '2026-10-20',
      to: '2026-11-16',
    });
    const api = createZendeskApi(createFetchTransport({ baseUrl: server.url, email: EMAIL, token: TOKEN }));
    const start = Date.parse('2026-10-20T00:00:00Z');
    const end = Date.parse('2026-11-17T00:00:00Z');
    for (const bucket of plan.buckets) {
      // The bucket's span, from its query; the rows of tickets whose value is in the field, updated in it.
      const [, from, to] = /updated>=(\S+) updated<(\S+)/.exec(bucket.query)!;
      const inSpan = rows.filter((r) => {
        const at = Date.parse(r[col('ticketUpdatedAt')]!);
        return (
          r[col('recordState')] !== 'removed-outside-app' && at >= Date.parse(from!) && at < Date.parse(to!) && at >= start && at < end
        );
      });
      const matching = inSpan.filter((r) =>
        bucket.kind === 'value'
          ? r[col('valueTag')] === bucket.key
          : bucket.kind === 'group'
            ? r[col('group')] === ({ '10': 'Support', '11': 'Reviewers' } as Record<string, string>)[bucket.key]
            : true,
      );
      const fromExport = new Set(matching.map((r) => r[col('ticketId')])).size;
      expect({ bucket: bucket.key, count: fromExport }).toEqual({ bucket: bucket.key, count: await api.searchCount(bucket.query) });
    }
  });

  it('writes JSON Lines with event ids and the values in force on each ticket', async () => {
    const out = join(dir, 'tags.jsonl');
    expect((await runCli(w, server.url, ['--format', 'jsonl', '--out', out])).code).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(w.expectedRows);
    expect(lines.find((l) => l.eventId === 'hand-1')).toMatchObject({ ticketId: 500, ticketValues: ['Own the outcome', 'Say it plainly'] });
    expect(new Set(lines.map((l) => l.eventId)).size).toBe(lines.length);
  });

  it('waits out a 429 storm (Retry-After) and 5xx answers, and loses nothing', async () => {
    w.store.fault({ path: '/api/v2/search/export', status: 429, retryAfter: 7, times: 6 });
    const out = join(dir, 'tags.csv');
    const run = await runCli(w, server.url, ['--format', 'csv', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.waits.filter((ms) => ms === 7000)).toHaveLength(6);
    w.store.fault({ path: '/api/v2/search/export', status: 500, times: 3 });
    const again = await runCli(w, server.url, ['--format', 'csv', '--out', join(dir, 'b.csv')]);
    expect(again.code).toBe(0);
    expect(csvRows(join(dir, 'b.csv')).rows).toEqual(csvRows(out).rows);
  });

  it('retries a page whose connection is reset mid-body, without duplicates or gaps', async () => {
    let cut = 0;
    server.resetWhen((url) => url.pathname.includes('/search/export') && url.searchParams.has('page[after]') && cut++ === 0);
    const out = join(dir, 'tags.csv');
    expect((await runCli(w, server.url, ['--format', 'csv', '--out', out])).code).toBe(0);
    expect(cut).toBeGreaterThan(1);
    const { rows } = csvRows(out);
    expect(rows).toHaveLength(w.expectedRows);
    expect(new Set(rows.map(keyOf)).size).toBe(rows.length);
  });

  it('restarts the query when a cursor has expired and skips what it already wrote', async () => {
    let moved = false;
    server.beforeEach((url) => {
      if (!moved && url.searchParams.has('page[after]')) {
        moved = true;
        w.clock.advance(61 * 60_000);
      }
    });
    const out = join(dir, 'tags.csv');
    expect((await runCli(w, server.url, ['--format', 'csv', '--out', out])).code).toBe(0);
    const { rows } = csvRows(out);
    expect(rows).toHaveLength(w.expectedRows);
    expect(new Set(rows.map(keyOf)).size).toBe(rows.length);
    expect(exportRequests().length).toBe(Math.ceil(w.tickets / 1000) + 2); // the 400, and page 1 again
  });

  it('resumes a killed run from its checkpoint (even after the cursor expired) without duplicates or gaps', async () => {
    const clean = join(dir, 'clean.csv');
    expect((await runCli(w, server.url, ['--format', 'csv', '--out', clean])).code).toBe(0);

    const out = join(dir, 'tags.csv');
    const kill = new AbortController();
    let pages = 0;
    server.beforeEach((url) => {
      if (url.pathname.includes('/search/export') && ++pages === 3) kill.abort();
    });
    const first = await runCli(w, server.url, ['--format', 'csv', '--out', out], { signal: kill.signal });
    expect(first.code).toBe(2);
    expect(first.stderr).toMatch(/resume/);
    expect(existsSync(out)).toBe(false);
    const saved = JSON.parse(readFileSync(`${out}.checkpoint.json`, 'utf8')) as { run: { cursor: string; counts: { rows: number } } };
    expect(saved.run.cursor).toEqual(expect.any(String));
    expect(saved.run.counts.rows).toBeGreaterThan(0);

    server.beforeEach(null);
    w.clock.advance(2 * 3_600_000); // resumed the next morning: the saved cursor has expired
    const resumed = await runCli(w, server.url, ['--format', 'csv', '--out', out]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/Resuming/);
    expect(csvRows(out).rows.map(keyOf).sort()).toEqual(csvRows(clean).rows.map(keyOf).sort());
    expect(csvRows(out).header).toEqual(csvRows(clean).header);
  });

  it('stops with exit 2 when Zendesk keeps failing, and the same command then finishes the job', async () => {
    w.store.fault({ path: '/api/v2/search/export', status: 500, times: 8 });
    const out = join(dir, 'tags.csv');
    const failed = await runCli(w, server.url, ['--format', 'csv', '--out', out]);
    expect(failed.code).toBe(2);
    const done = await runCli(w, server.url, ['--format', 'csv', '--out', out]);
    expect(done.code).toBe(0);
    expect(csvRows(out).rows).toHaveLength(w.expectedRows);
  });

  it('fails with exit 1 and a clear message when the values field does not exist', async () => {
    const run = await runCli(w, server.url, ['--format', 'csv', '--out', join(dir, 'x.csv'), '--values-field', '123']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no ticket field 123/);
  });

  it('in incremental mode exports only the tag events since the last successful run', async () => {
    const checkpoint = join(dir, 'state.json');
    const args = (out: string) => ['--format', 'jsonl', '--out', join(dir, out), '--checkpoint', checkpoint, '--incremental'];
    expect((await runCli(w, server.url, args('week1.jsonl'))).code).toBe(0);
    expect(readFileSync(join(dir, 'week1.jsonl'), 'utf8').trim().split('\n')).toHaveLength(w.expectedRows);

    // A week later: one new tag on an old ticket, one tag that reached Zendesk late (tagged before the last run).
    w.clock.advance(7 * 86_400_000);
    const lastRun = Date.parse('2026-11-22T12:00:00Z');
    const ticket = w.store.ticket(1000);
    const record = ticket.custom_fields.find((f) => f.id === 9002)!;
    const late = {
      v: 1,
      e: 'late-1',
      op: 'add',
      tag: 'vc_learn_out_loud',
      by: 1,
      at: new Date(lastRun - 3_600_000).toISOString(),
      reply: null,
    };
    const fresh = { v: 1, e: 'new-1', op: 'add', tag: 'vc_make_it_effortless', by: 4, at: w.clock.now().toISOString(), reply: null };
    record.value = `${String(record.value)}\n${JSON.stringify(late)}\n${JSON.stringify(fresh)}`;
    ticket.updated_at = w.clock.now().toISOString();
    expect((await runCli(w, server.url, args('week2.jsonl'))).code).toBe(0);
    const week2 = readFileSync(join(dir, 'week2.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { eventId: string }).eventId);
    expect(week2.sort()).toEqual(['late-1', 'new-1']);

    w.clock.advance(86_400_000);
    expect((await runCli(w, server.url, args('week3.jsonl'))).code).toBe(0);
    expect(readFileSync(join(dir, 'week3.jsonl'), 'utf8')).toBe('');
  });

  it('leaves account-wide requests to the agents when X-Rate-Limit-Remaining runs low', async () => {
    w.store.setRateLimit({ perMinute: 12 });
    const out = join(dir, 'tags.csv');
    const run = await runCli(w, server.url, ['--format', 'csv', '--out', out, '--reserve', '8']);
    expect(run.code).toBe(0);
    expect(w.store.requests().filter((r) => r.status === 429)).toHaveLength(0);
    expect(run.waits.length).toBeGreaterThan(0);
  });

  it('draws a progress bar on a terminal and plain lines elsewhere', async () => {
    const tty = await runCli(w, server.url, ['--format', 'csv', '--out', join(dir, 'a.csv')], { tty: true });
    expect(tty.stderr).toContain('\r\u001b[2K[');
    expect(tty.stderr).toMatch(/\[#+-*\] \d+% /);
    const plain = await runCli(w, server.url, ['--format', 'csv', '--out', join(dir, 'b.csv')]);
    expect(plain.stderr).not.toContain('\r');
    expect(plain.stderr).toMatch(/tickets, .* rows, \d+ requests\n/);
  });
});

describe('the npx launcher, killed with SIGKILL', { timeout: 60_000 }, () => {
  it('leaves a checkpoint the same command resumes from, without duplicates or gaps', async () => {
    const clean = join(dir, 'clean.csv');
    expect((await runCli(w, server.url, ['--format', 'csv', '--out', clean])).code).toBe(0);
    const out = join(dir, 'killed.csv');
    // Slow pages, so the process is still at work when it is killed.
    w.store.fault({ path: '/api/v2/search/export', delayMs: 1500, times: 10 });
    const child = spawn(
      process.execPath,
      ['bin/values-coach-export.js', '--url', server.url, '--email', EMAIL, '--token-env', 'ZD_TOKEN', '--values-field', '9001'].concat([
        '--record-field',
        '9002',
        '--since',
        '2026-01-01',
        '--format',
        'csv',
        '--out',
        out,
        '--progress',
        'none',
      ]),
      { env: { ...process.env, ZD_TOKEN: TOKEN }, stdio: 'ignore' },
    );
    const checkpointPath = `${out}.checkpoint.json`;
    const deadline = Date.now() + 45_000;
    const hasCursor = () =>
      existsSync(checkpointPath) && (JSON.parse(readFileSync(checkpointPath, 'utf8')) as { run?: { cursor?: string } }).run?.cursor;
    while (!hasCursor() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(hasCursor()).toBeTruthy();
    expect(existsSync(out)).toBe(false);

    w.store.clearFaults();
    const resumed = await runCli(w, server.url, ['--format', 'csv', '--out', out]);
    expect(resumed.code).toBe(0);
    expect(csvRows(out).rows.map(keyOf).sort()).toEqual(csvRows(clean).rows.map(keyOf).sort());
  });
});

describe('values-coach-export --verify (issue 8 item 12)', { timeout: 60_000 }, () => {
  it('checks every tagged ticket against its audits, one read each: a forged line is verified=false and not counted', async () => {
    // Nat (4) writes a line through the API signed by Alex (2), backdated three days.
    forgeRecordLine(
      w.store,
      500,
      4,
      { e: 'forged-1', tag: 'vc_lead_with_empathy', by: 2, at: '2026-11-19T09:00:00.000Z', reply: 78, author: 4 },
      {
        valuesFieldId: VALUES_FIELD,
        recordFieldId: RECORD_FIELD,
      },
    );
    const out = join(dir, 'tags.csv');
    // A recent --since keeps the test quick: the generated tickets of the last days, and ticket 500.
    const run = await runCli(w, server.url, ['--format', 'csv', '--out', out, '--verify', '--since', '2026-11-19']);
    expect(run.code).toBe(0);
    const { header, rows } = csvRows(out);
    // The leads page's columns, then the two the check adds: the same titles as the page's export.
    expect(header).toEqual(exportColumns(true).map((c) => CSV_HEADERS[c]));
    const col = (name: string) => header!.indexOf(CSV_HEADERS[name as keyof typeof CSV_HEADERS]);
    const forged = rows.find((r) => r[0] === '500' && r[col('valueTag')] === 'vc_lead_with_empathy')!;
    expect([forged[col('verified')], forged[col('counted')]]).toEqual(['false', '0']);
    expect(forged[col('auditAt')]).toBe(w.store.audits(500).at(-1)!.created_at);
    // Every line the app wrote is verified and dated by its audit; the value set by hand has no verdict.
    const lines = rows.filter((r) => r[col('taggedBy')] !== '' && r !== forged);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.every((r) => r[col('verified')] === 'true' && r[col('auditAt')] === r[col('taggedAt')])).toBe(true);
    expect(rows.find((r) => r[0] === '500' && r[col('valueTag')] === 'vc_say_it_plainly')![col('verified')]).toBe('');
    // Cost: one audits read per ticket with record lines.
    const audits = server.requests().filter((r) => r.url.includes('/audits'));
    expect(audits).toHaveLength(new Set([...lines.map((r) => r[0]), '500']).size);
  });

  it('writes verified and audit_at as typed JSON Lines fields', async () => {
    forgeRecordLine(
      w.store,
      500,
      4,
      { e: 'forged-2', tag: 'vc_lead_with_empathy', by: 2, at: '2026-11-19T09:00:00.000Z', reply: 78 },
      {
        valuesFieldId: VALUES_FIELD,
        recordFieldId: RECORD_FIELD,
      },
    );
    const out = join(dir, 'tags.jsonl');
    expect((await runCli(w, server.url, ['--format', 'jsonl', '--out', out, '--verify', '--since', '2026-11-19'])).code).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const forged = lines.find((l) => l.eventId === 'forged-2')!;
    expect(forged).toMatchObject({ verified: false, counted: 0 });
    expect(Date.parse(String(forged.auditAt))).toBeGreaterThan(Date.parse('2026-11-21T00:00:00Z'));
    const real = lines.filter((l) => l.eventId !== 'forged-2' && l.taggedById !== null);
    expect(real.length).toBeGreaterThan(10);
    expect(real.every((l) => l.verified === true && l.auditAt === l.taggedAt)).toBe(true);
  });

  it('names no agent who chose not to be named (issue 15), as the leads page export does; their rows still count', async () => {
    const transport = createFetchTransport({ baseUrl: server.url, email: EMAIL, token: TOKEN, scheme: 'api-token' });
    const preferences = createCustomObjectRecordsApi(transport);
    w.store.setCurrentUserId(2); // the admin set the object up once
    await ensureObject(preferences, PREFERENCE_OBJECT_SPEC, true);
    w.store.setCurrentUserId(4); // Nat chose, in his own session
    await preferences.upsertByExternalId(PREFERENCE_OBJECT, preferenceExternalId(4), { name: 'Preference 4', fields: { hide_name: true } });
    const out = join(dir, 'private.csv');
    const run = await runCli(w, server.url, ['--format', 'csv', '--out', out]);
    expect(run.code).toBe(0);
    const { header, rows } = csvRows(out);
    expect(rows).toHaveLength(w.expectedRows);
    const assignee = header!.indexOf(CSV_HEADERS.assignee);
    const author = header!.indexOf(CSV_HEADERS.replyAuthor);
    // Recognition columns (the reply's author, the assignee): the tagger column names reviewers, as on the leads page.
    expect(rows.some((r) => r[assignee] === 'Nat Newhire' || r[author] === 'Nat Newhire')).toBe(false);
    expect(rows.filter((r) => r[assignee] === NOT_NAMED).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r[author] === NOT_NAMED).length).toBeGreaterThan(0);
    // Everyone else keeps their name (not an id).
    expect(rows.some((r) => r[author] === 'Ada Agent')).toBe(true);
  });
});

describe('the people a page names', () => {
  it("include each reply's author, so the Reply author column holds a name and not an id", () => {
    const line = JSON.stringify({ v: 1, e: 'x', op: 'add', tag: 'vc_a', by: 2, at: '2026-11-01T00:00:00Z', reply: 9, author: 7 });
    const ticket = { id: 1, assignee_id: 4, custom_fields: [{ id: RECORD_FIELD, value: line }] };
    expect(peopleOnPage([ticket as never], RECORD_FIELD).sort()).toEqual([2, 4, 7]);
  });
});
