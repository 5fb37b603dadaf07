import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFakeProviderState, FAKE_PROVIDER_KEY, llmProviderHandlers } from '../../test/mocks/handlers/llm-providers';
import type { EvalCase, EvalCatalogue } from './eval-data';
import { fetchSender, formatSummary, parseProviderFlags, runProviderSuggest, type ProviderFlags } from './provider-suggest';

const state = createFakeProviderState();
let server: Server;
let base = '';

// A real HTTP server on 127.0.0.1 answering with the same fake providers as the app's tests.
beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      const request = new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body: Buffer.concat(chunks) });
      void getResponse(llmProviderHandlers(state), request).then(async (response) => {
        res.writeHead(response?.status ?? 404, Object.fromEntries(response?.headers ?? []));
        res.end(response ? Buffer.from(await response.arrayBuffer()) : '');
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => {
  state.mode = 'answer';
  state.calls.length = 0;
});
afterAll(() => server.close());

const catalogues = new Map<string, EvalCatalogue>([
  [
    'team',
    {
      id: 'team',
      values: [
        { name: 'Own it', description: 'Finish the job.' },
        { name: 'Care', description: 'Notice feelings.' },
      ],
    },
  ],
]);
const cases: EvalCase[] = [
  {
    id: 'c1',
    catalogue: 'team',
    expected: 'Care',
    ticket: { comments: [{ author_role: 'end-user', public: true, body: 'I am so upset. Call me at +1 415 555 0100.' }] },
  },
  {
    id: 'c2',
    catalogue: 'team',
    expected: 'Own it',
    ticket: { comments: [{ author_role: 'end-user', public: true, body: 'Still waiting.' }] },
  },
];

describe('parseProviderFlags', () => {
  it('reads the flags, and says what is missing', () => {
    expect(parseProviderFlags(['--limit', '3'])).toBeNull();
    expect(parseProviderFlags(['--provider', 'anthropic', '--model', 'claude', '--key-env', 'K'])).toMatchObject({
      config: { provider: 'anthropic', baseUrl: 'https://api.anthropic.com', model: 'claude', masking: true },
      keyEnv: 'K',
    });
    expect(parseProviderFlags(['--provider', 'gemini'])).toEqual({ error: '--provider must be one of openai, anthropic, azure' });
    expect(parseProviderFlags(['--provider', 'azure', '--model', 'd', '--key-env', 'K'])).toEqual({
      error: '--base-url <url> is required for azure',
    });
  });
});

describe('runProviderSuggest against a local HTTP fake', () => {
  const flags = (provider: 'openai' | 'anthropic' | 'azure'): ProviderFlags => ({
    config: { provider, model: 'fake-model', baseUrl: provider === 'openai' ? `${base}/v1` : base, masking: true },
    keyEnv: 'K',
    timeoutMs: 2000,
  });

  it.each(['openai', 'anthropic', 'azure'] as const)(
    'runs every case through the %s shape, masked, with the key from the environment',
    async (provider) => {
      const lines: string[] = [];
      const summary = await runProviderSuggest(flags(provider), FAKE_PROVIDER_KEY, catalogues, cases, (l) => lines.push(l));
      expect(summary).toMatchObject({ cases: 2, model: 2, labelled: 2, strict: 1 });
      expect(JSON.parse(lines[0]!)).toMatchObject({ id: 'c1', source: 'model', ranked: [{ value: 'Care' }, { value: 'Own it' }] });
      expect(JSON.stringify(state.calls[0]!.body)).toContain('[phone]');
      expect(formatSummary(summary)).toBe(
        '2 cases: 2 answered by the model, fallbacks: none; strict top-1 50.0%, lenient 50.0%, top-3 100.0% on 2 labelled cases',
      );
    },
  );

  it('asks about the labelled reply (the last public agent reply), even when the customer wrote after it (ADR 0157)', async () => {
    const answered: EvalCase = {
      id: 'c3',
      catalogue: 'team',
      expected: 'Own it',
      ticket: {
        comments: [
          { author_role: 'end-user', public: true, body: 'My order never came.' },
          { author_role: 'agent', public: true, body: 'I have re-sent it and will check it arrives tomorrow.' },
          { author_role: 'end-user', public: true, body: 'Thanks, fingers crossed.' },
        ],
      },
    };
    await runProviderSuggest(flags('openai'), FAKE_PROVIDER_KEY, catalogues, [answered], () => {});
    const body = JSON.stringify(state.calls[0]!.body);
    expect(body).toContain('the agent reply in message 2');
    expect(body).not.toContain('fingers crossed');
  });

  it('falls back to the built-in engine per case, and counts why', async () => {
    state.mode = 'rate-limited';
    const lines: string[] = [];
    const summary = await runProviderSuggest(flags('openai'), FAKE_PROVIDER_KEY, catalogues, cases, (l) => lines.push(l));
    expect(summary.fallbacks).toEqual(new Map([['rate-limited', 2]]));
    expect(JSON.parse(lines[1]!)).toMatchObject({ source: 'built-in', fallback: 'rate-limited' });
  });

  it('times out a slow provider', async () => {
    state.mode = 'slow';
    state.slowMs = 1500;
    const reply = await fetchSender(100)({
      url: `${base}/v1/chat/completions`,
      headers: { Authorization: `Bearer ${FAKE_PROVIDER_KEY}` },
      body: {},
    });
    expect(reply).toEqual({ kind: 'timeout' });
  });

  it('works from the command line, the key taken from the named variable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vc-suggest-'));
    writeFileSync(join(dir, 'catalogues.json'), JSON.stringify([...catalogues.values()]));
    writeFileSync(join(dir, 'cases.jsonl'), cases.map((c) => JSON.stringify(c)).join('\n'));
    const { stdout, stderr } = await promisify(execFile)(
      'npx',
      [
        'tsx',
        'scripts/suggest.ts',
        join(dir, 'catalogues.json'),
        join(dir, 'cases.jsonl'),
        '--provider',
        'openai',
        '--base-url',
        `${base}/v1`,
        '--model',
        'fake-model',
        '--key-env',
        'VC_TEST_KEY',
      ],
      { env: { ...process.env, VC_TEST_KEY: FAKE_PROVIDER_KEY } },
    );
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { source: string }).source),
    ).toEqual(['model', 'model']);
    expect(stderr).toContain('2 answered by the model');
    expect(state.calls[0]!.headers.authorization).toBe(`Bearer ${FAKE_PROVIDER_KEY}`);
  }, 60_000);
});
