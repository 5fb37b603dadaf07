import world from '../test/fixtures/world.json';
import { parseCatalogue } from '../src/domain/catalogue/parse-catalogue';
import { rankValues } from '../src/domain/suggest/rank-values';
const parsed: any = parseCatalogue((world as any).settings.catalogue);
const cat = parsed.catalogue ?? parsed.value ?? parsed;
const users = new Map((world as any).users.map((u: any) => [u.id, u]));
for (const t of (world as any).tickets) {
  const comments = (world as any).comments[String(t.id)].map((c: any) => ({ authorRole: (users.get(c.author_id) as any)?.role === 'end-user' ? 'end-user' : 'agent', public: c.public, body: c.plain_body ?? c.body, authorName: (users.get(c.author_id) as any)?.name }));
  const ranked = rankValues(cat, { id: t.id, subject: t.subject, description: t.description, priority: t.priority, tags: t.tags ?? [], comments });
  const top = ranked[0]!;
  const name = (id: string) => cat.values.find((v: any) => v.id === id)?.name;
  console.log(`#${t.id} ${t.subject.slice(0, 50)} → ${name(top.valueId)} [${top.band}] then ${name(ranked[1]!.valueId)} (${ranked[1]!.score})`);
  for (const r of top.reasons) console.log('    ', r.kind, r.kind === 'phrase' ? JSON.stringify(r.text.slice(0, 140)) : JSON.stringify(r).slice(0, 140));
}
