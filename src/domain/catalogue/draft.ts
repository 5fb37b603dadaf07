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
  behaviours: Located<string>[];
  tag: Located<string> | null;
}

export interface QuestionDraft {
  text: string;
  phrase: string | null;
}

export interface CatalogueDraft {
  mission: Located<string> | null;
  vision: Located<string> | null;
  values: ValueDraft[];
  missionQuestions: Located<QuestionDraft>[];
  visionQuestions: Located<QuestionDraft>[];
}

export function emptyCatalogueDraft(): CatalogueDraft {
  return { mission: null, vision: null, values: [], missionQuestions: [], visionQuestions: [] };
}

/**
 * A question item of the text form: `"phrase of the mission": the question?` ties the question to
 * that phrase (straight or curly quotes; a colon or a dash after the closing quote is optional).
 */
export function splitQuestion(item: string): QuestionDraft {
  const match = /^["\u201C\u00AB\u300C](.+?)["\u201D\u00BB\u300D]\s*[:\-\u2013\u2014\uFF1A]?\s*(.*)$/s.exec(item);
  if (!match || (match[2] ?? '').trim() === '') return { text: item, phrase: null };
  return { text: (match[2] ?? '').trim(), phrase: (match[1] ?? '').trim() };
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
    behaviours: [],
    tag: null,
  };
  if (column !== undefined) draft.column = column;
  return draft;
}
