/**
 * What either parser read, before validation. Both formats produce drafts so that every rule
 * (names, ids, tags, caps) lives in one place: `build-catalogue.ts`.
 */
export interface Located<T> {
  value: T;
  line: number;
  column?: number;
}

export interface ValueDraft {
  /** 1-based position of the value in the admin's text, for messages like "value 3 has no name". */
  index: number;
  line: number;
  column?: number;
  name: Located<string> | null;
  description: Located<string> | null;
  prompts: Located<string>[];
  questions: Located<string>[];
  signals: Located<string>[];
  tag: Located<string> | null;
}

export interface CatalogueDraft {
  mission: Located<string> | null;
  vision: Located<string> | null;
  values: ValueDraft[];
}

export function emptyValueDraft(index: number, line: number, column?: number): ValueDraft {
  const draft: ValueDraft = {
    index,
    line,
    name: null,
    description: null,
    prompts: [],
    questions: [],
    signals: [],
    tag: null,
  };
  if (column !== undefined) draft.column = column;
  return draft;
}
