import { DEV_SETS, prepareSets, rankCase } from './lib/eval-core';
const cases = prepareSets(DEV_SETS);
let miss = 0;
for (const c of cases) {
  const o = rankCase(c);
  if (o.top3) continue;
  miss++;
  const at = o.ranked.indexOf(c.expected);
  const reply = [...c.ticket.comments].reverse().find((x: any) => x.public && x.authorRole !== 'end-user');
  console.log(`${c.id} expected ${c.expected} at ${at + 1}/${o.ranked.length}; top ${o.ranked.slice(0, 3).join(' | ')}; totals ${o.totals.slice(0, 4).map((t) => t.toFixed(2)).join(' ')}`);
  console.log('   ', (reply?.body ?? '').replace(/\s+/g, ' ').slice(0, 400));
}
console.log('misses', miss, 'of', cases.length);
