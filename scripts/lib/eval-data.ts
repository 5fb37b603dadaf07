import { readFileSync } from 'node:fs';
import { generatedTag } from '../../src/domain/catalogue/assign-tags';
import { slugify } from '../../src/domain/catalogue/slug';
import type { Catalogue } from '../../src/domain/catalogue/types';
import type { AuthorRole, TicketSnapshot } from '../../src/domain/ticket';

/** The eval files' shapes (../shared/eval/dev): catalogues as teams write them, labelled cases. */
export interface EvalCatalogue {
  id: string;
  mission?: string;
  vision?: string;
  values: {
    name: string;
    description?: string;
    prompts?: string[];
    questions?: string[];
    signals?: string[];
    tag?: string;
    /** The behaviours the value is about, main first (ADR 0158). */
    behaviours?: string[];
  }[];
}

export interface EvalCase {
  id: string;
  catalogue: string;
  ticket: {
    id?: number;
    subject?: string;
    description?: string;
    priority?: string | null;
    tags?: string[];
    comments?: { author_role?: string; public?: boolean; body?: string }[];
  };
  expected?: string;
  also?: string[];
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** An eval catalogue as the domain's Catalogue (ids and tags as the parser would make them). */
export function toCatalogue(raw: EvalCatalogue): Catalogue {
  const seen = new Map<string, number>();
  // As `assignTags` (`generatedTag`): a value without a tag gets `vc_<id>`, made unique against every other tag. (Until session 21 the tag
  // was made from the name: names with no Latin letters, such as Japanese ones, all got `vc_value`, and the learned
  // profile, keyed by tag, read a Japanese team's values as one.)
  const claimed = new Set(raw.values.flatMap((v) => (v.tag ? [v.tag] : [])));
  return {
    mission: raw.mission ?? '',
    vision: raw.vision ?? '',
    missionQuestions: [],
    visionQuestions: [],
    values: raw.values.map((v) => {
      const base = slugify(v.name);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const id = n === 1 ? base : `${base}-${n}`;
      return {
        id,
        name: v.name,
        description: v.description ?? '',
        prompts: strings(v.prompts),
        questions: strings(v.questions),
        signals: strings(v.signals),
        ...(Array.isArray(v.behaviours) ? { behaviours: strings(v.behaviours) } : {}),
        tag: v.tag ?? generatedTag(id, claimed),
      };
    }),
  };
}

const ROLES: AuthorRole[] = ['end-user', 'agent', 'admin', 'system'];
const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

export function toTicket(raw: EvalCase['ticket']): TicketSnapshot {
  return {
    id: Number(raw.id ?? 0),
    subject: String(raw.subject ?? ''),
    description: String(raw.description ?? ''),
    priority: PRIORITIES.find((p) => p === raw.priority) ?? null,
    tags: strings(raw.tags),
    comments: (raw.comments ?? []).map((c) => ({
      authorRole: ROLES.find((r) => r === c.author_role) ?? 'end-user',
      public: c.public !== false,
      body: String(c.body ?? ''),
    })),
  };
}

export function readCatalogues(path: string): Map<string, EvalCatalogue> {
  const list = JSON.parse(readFileSync(path, 'utf8')) as EvalCatalogue[];
  return new Map(list.map((c) => [c.id, c]));
}

/** Cases one per line; a bad line is reported and skipped, never fatal. */
export function readCases(path: string, onError: (line: number, message: string) => void): EvalCase[] {
  const cases: EvalCase[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        cases.push(JSON.parse(line) as EvalCase);
      } catch (error) {
        onError(i + 1, (error as Error).message);
      }
    });
  return cases;
}

/** The value after a `--flag` in the arguments, if any. */
export function flagValue(args: readonly string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}
