// Suggestion speed: per ticket on the dev cases, on hostile threads, and how time grows with text.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { rankValues } from '../../src/domain/suggest/rank-values';
import { buildLearnedProfile, serializeLearnedProfile } from '../../src/domain/suggest/learned-profile';
import { CONTEXT_READ, MAX_READ } from '../../src/domain/suggest/reply-reading';
import { CONTEXT_COMMENTS } from '../../src/domain/suggest/ticket-reading';
import type { TicketSnapshot } from '../../src/domain/ticket';
import { readCases, readCatalogues, toCatalogue, toTicket } from '../lib/eval-data';

const DEV = '../shared/eval/dev';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function time(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const SENTENCES = [
  'I have been waiting for three days and nobody answered my emails, this is really frustrating. ',
  "I'm so sorry about the wait; here's how you can export the report yourself next time, step by step. ",
  'To be honest, the real reason is a bug on our side; I have escalated it to our product team on your behalf. ',
  'Wir haben das Problem gefunden und ich kümmere mich darum. ',
];

function thread(bytes: number, comments: number): TicketSnapshot {
  const per = Math.max(1, Math.floor(bytes / comments));
  const body = (i: number) => {
    let s = '';
    while (s.length < per) s += SENTENCES[(i + s.length) % SENTENCES.length];
    return s.slice(0, per);
  };
  return {
    id: 1,
    subject: 'Long thread',
    description: '',
    priority: 'high',
    tags: [],
    comments: Array.from({ length: comments }, (_, i) => ({ authorRole: i % 2 ? 'agent' : 'end-user', public: true, body: body(i) })),
  };
}

export async function benchSuggest(): Promise<string> {
  const catalogues = readCatalogues(`${DEV}/catalogues.json`);
  const cases = readCases(`${DEV}/cases.jsonl`, () => undefined);
  const prepared = cases.map((c) => ({ catalogue: toCatalogue(catalogues.get(c.catalogue)!), ticket: toTicket(c.ticket) }));
  for (const p of prepared) rankValues(p.catalogue, p.ticket); // warm up (JIT, catalogue profiles)
  const samples: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const p of prepared) {
      const t = performance.now();
      rankValues(p.catalogue, p.ticket);
      samples.push(performance.now() - t);
    }
  }
  samples.sort((a, b) => a - b);
  const catalogue = prepared[0]!.catalogue;
  const scaling = [64, 128, 256, 1024].map((kb) => {
    const t = thread(kb * 1024, 20);
    return { kb, ms: time(() => rankValues(catalogue, t), 5) };
  });
  const oneMb = scaling[3]!.ms;
  const fiveHundred = time(() => rankValues(catalogue, thread(500 * 400, 500)), 5);
  // Building the learned profile from 10,000 tagged replies (the dev replies, repeated with new ticket ids).
  const tagged = Array.from({ length: 10_000 }, (_, i) => {
    const p = prepared[i % prepared.length]!;
    const c = cases[i % cases.length]!;
    const tag = p.catalogue.values.find((v) => v.name === c.expected)?.tag ?? 'vc_unknown';
    return { ticket: { ...p.ticket, id: 100_000 + i }, tag, by: `Reviewer ${i % 7}` };
  });
  const buildStart = performance.now();
  const profile = buildLearnedProfile(tagged);
  const buildMs = performance.now() - buildStart;
  const profileBytes = Buffer.byteLength(serializeLearnedProfile(profile));
  const withProfile: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const p of prepared) {
      const t = performance.now();
      rankValues(p.catalogue, p.ticket, { learned: profile });
      withProfile.push(performance.now() - t);
    }
  }
  withProfile.sort((a, b) => a - b);
  const sizeOf = (path: string) => {
    const bytes = readFileSync(path);
    return `${(bytes.length / 1024).toFixed(1)} KB (${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzipped)`;
  };
  const stemmerDir = 'node_modules/@orama/stemmers/dist';
  const stemmerBytes = ['en', 'es', 'pt', 'de', 'fr', 'it', 'nl', 'se', 'dk']
    .map((l) => readdirSync(stemmerDir).find((f) => f === `${l}.js`))
    .filter((f): f is string => f !== undefined)
    .reduce((sum, f) => sum + readFileSync(`${stemmerDir}/${f}`).length, 0);
  const rows = scaling.map((s) => `| ${s.kb} KB | ${s.ms.toFixed(1)} ms | ${((s.ms / s.kb) * 1024).toFixed(1)} ms/MB |`).join('\n');
  return [
    '## Suggestions: speed',
    '',
    `Dev cases (${prepared.length} tickets × 20 rounds): **median ${percentile(samples, 0.5).toFixed(3)} ms**, p95 ${percentile(samples, 0.95).toFixed(3)} ms per ticket.`,
    `A 1 MB thread (20 comments): **${oneMb.toFixed(1)} ms**. A 500-comment thread (200 KB): ${fiveHundred.toFixed(1)} ms.`,
    '',
    `Learned profile from 10,000 tagged replies: **built in ${buildMs.toFixed(0)} ms**, ${(profileBytes / 1024).toFixed(1)} KB as the stored setting (capped at 48 K characters); ranking with it (nearest tagged replies included): median ${percentile(withProfile, 0.5).toFixed(3)} ms per ticket.`,
    '',
    `Shipped language assets: the trimmed thesaurus \`src/domain/suggest/data/thesaurus.json\` ${sizeOf('src/domain/suggest/data/thesaurus.json')}; the reply and situation priors \`src/domain/suggest/data/reply-prior.json\` ${sizeOf('src/domain/suggest/data/reply-prior.json')} and \`situation-prior.json\` ${sizeOf('src/domain/suggest/data/situation-prior.json')} (ADR 0155); the nine Snowball stemmers (@orama/stemmers, Swedish in its se.js, Danish in its dk.js; Polish and Catalan are cut to prefixes, ADR 0116, 0130) ${(stemmerBytes / 1024).toFixed(1)} KB unminified; their notices \`THIRD-PARTY-NOTICES.txt\` ${sizeOf('THIRD-PARTY-NOTICES.txt')}.`,
    '',
    `Scaling with text length (median of 5, phrase-dense synthetic text). The reply is read up to ${MAX_READ / 1000} K characters and the ${CONTEXT_COMMENTS} messages before it up to ${CONTEXT_READ / 1000} K each, so time stops growing with the thread:`,
    '',
    '| thread | time | per MB |',
    '| --- | --- | --- |',
    rows,
    '',
  ].join('\n');
}

// Alone: `npx tsx scripts/bench/suggest-bench.ts [--write]` (--write replaces this section of docs/benchmarks.md).
if (import.meta.url === `file://${process.argv[1]}`) {
  const section = await benchSuggest();
  console.log(section);
  if (process.argv.includes('--write')) {
    const doc = readFileSync('docs/benchmarks.md', 'utf8');
    const start = doc.indexOf('## Suggestions: speed');
    const end = start < 0 ? -1 : doc.indexOf('\n## ', start + 1);
    const next = start < 0 ? `${doc}\n${section}` : `${doc.slice(0, start)}${section}${end < 0 ? '' : doc.slice(end + 1)}`;
    writeFileSync('docs/benchmarks.md', next);
  }
}
