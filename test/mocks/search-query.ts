import type { Ticket } from './world';

/**
 * The subset of Zendesk's search syntax the app uses. Repeated terms for the same key are ORed
 * and different keys ANDed, as Zendesk does for `tags:a tags:b`; a leading `-` negates a term.
 */
type Test = (ticket: Ticket) => boolean;

const DAY_MS = 86_400_000;

function tokenize(query: string): string[] {
  return query.match(/-?[^\s"]*"[^"]*"|\S+/g) ?? [];
}

function unquote(text: string): string {
  return text.replace(/"/g, '');
}

function fieldValueHas(ticket: Ticket, fieldId: number, wanted: string): boolean {
  const value = ticket.custom_fields.find((f) => f.id === fieldId)?.value;
  if (Array.isArray(value)) return value.includes(wanted);
  return value !== null && value !== undefined && String(value).toLowerCase() === wanted.toLowerCase();
}

/** Date-only bounds cover whole days (UTC), so `updated>2026-11-01` starts on the 2nd. */
function dateTest(attribute: 'updated_at' | 'created_at', operator: string, text: string): Test | null {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const start = Date.parse(dateOnly ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(start)) return null;
  const end = dateOnly ? start + DAY_MS : start + 1;
  const at = (t: Ticket) => Date.parse(t[attribute]);
  switch (operator) {
    case '>=':
      return (t) => at(t) >= start;
    case '>':
      return (t) => at(t) >= end;
    case '<=':
      return (t) => at(t) < end;
    case '<':
      return (t) => at(t) < start;
    default:
      return (t) => at(t) >= start && at(t) < end;
  }
}

function termTest(term: string): { key: string; test: Test } | null {
  const dated = /^(updated|created)(>=|<=|>|<|:)(.+)$/.exec(term);
  if (dated) {
    const attribute = dated[1] === 'updated' ? 'updated_at' : 'created_at';
    const test = dateTest(attribute, dated[2] ?? ':', unquote(dated[3] ?? ''));
    // Each date bound is its own AND-ed key so ranges (`>=a <=b`) intersect.
    if (test) return { key: `${term}`, test };
  }
  const pair = /^([a-z_0-9]+):(.+)$/i.exec(term);
  if (pair) {
    const key = (pair[1] ?? '').toLowerCase();
    const value = unquote(pair[2] ?? '');
    const custom = /^custom_field_(\d+)$/.exec(key);
    if (custom) return { key, test: (t) => fieldValueHas(t, Number(custom[1]), value) };
    if (key === 'type') return null;
    if (key === 'tags' || key === 'tag') return { key: 'tags', test: (t) => t.tags.includes(value) };
    if (key === 'status') return { key, test: (t) => t.status === value };
    if (key === 'priority') return { key, test: (t) => t.priority === value };
    // Zendesk's satisfaction keyword: good, bad, offered, unoffered (goodwithcomment… are not modelled).
    if (key === 'satisfaction') return { key, test: (t) => (t.satisfaction_rating?.score ?? 'unoffered') === value };
    if (key === 'group_id' || key === 'group') return { key: 'group', test: (t) => String(t.group_id) === value };
    if (key === 'assignee_id' || key === 'assignee') {
      return { key: 'assignee', test: (t) => String(t.assignee_id) === value };
    }
    if (key === 'requester_id' || key === 'requester') {
      return { key: 'requester', test: (t) => String(t.requester_id) === value };
    }
  }
  const text = unquote(term).toLowerCase();
  return { key: `text:${text}`, test: (t) => `${t.subject}\n${t.description}`.toLowerCase().includes(text) };
}

export function compileQuery(query: string): Test {
  const groups = new Map<string, Test[]>();
  const negated: Test[] = [];
  for (const raw of tokenize(query)) {
    const isNegated = raw.startsWith('-') && raw.length > 1;
    const parsed = termTest(isNegated ? raw.slice(1) : raw);
    if (!parsed) continue;
    if (isNegated) negated.push(parsed.test);
    else groups.set(parsed.key, [...(groups.get(parsed.key) ?? []), parsed.test]);
  }
  const all = [...groups.values()];
  return (ticket) => all.every((anyOf) => anyOf.some((test) => test(ticket))) && !negated.some((test) => test(ticket));
}
