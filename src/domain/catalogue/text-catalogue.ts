import { emptyCatalogueDraft, emptyValueDraft, splitQuestion, type CatalogueDraft, type Located, type ValueDraft } from './draft';
import type { IssueList } from './issue-list';
import { splitBehaviours, splitSignals } from './signal-list';
import { readBullet, readHeader, type HeaderKey } from './text-headers';
import { splitLines } from './text-lines';

type TextField = 'mission' | 'vision' | 'description';
type ListField = 'prompts' | 'questions' | 'signals' | 'behaviours' | 'missionQuestions' | 'visionQuestions';
type Section = { kind: 'text'; field: TextField } | { kind: 'list'; field: ListField } | null;

interface LineAt {
  line: number;
  column: number;
}

/**
 * Reads the plain-text form (see docs/catalogue-format.md). Indentation and blank lines carry no
 * meaning, so a paste from a document or email survives; every line that cannot be placed gets a
 * located warning instead of being silently lost.
 */
export function readTextCatalogue(text: string, issues: IssueList): CatalogueDraft {
  const draft: CatalogueDraft = emptyCatalogueDraft();
  let value: ValueDraft | null = null;
  let section: Section = null;

  const appendText = (field: TextField, content: string, at: LineAt): void => {
    if (content === '') return;
    const join = (existing: Located<string> | null): Located<string> =>
      existing ? { ...existing, value: `${existing.value} ${content}` } : { value: content, ...at };
    if (field !== 'description') draft[field] = join(draft[field]);
    else if (value) value.description = join(value.description);
  };

  const addItems = (field: ListField, content: string, at: LineAt): void => {
    if (content === '') return;
    if (field === 'missionQuestions' || field === 'visionQuestions') {
      draft[field].push({ value: splitQuestion(content), ...at });
      return;
    }
    if (!value) return;
    if (field === 'behaviours') {
      value.behaviours.push(...splitBehaviours(content).map((item): Located<string> => ({ value: item, ...at })));
      return;
    }
    if (field !== 'signals') {
      value[field].push({ value: content, ...at });
      return;
    }
    const { items, unterminated } = splitSignals(content);
    if (unterminated) issues.warn('catalogue.text.unterminated-quote', at);
    value.signals.push(...items.map((item): Located<string> => ({ value: item, ...at })));
  };

  const startField = (key: Exclude<HeaderKey, 'value' | 'heading'>, rest: string, at: LineAt): void => {
    if (key === 'missionQuestions' || key === 'visionQuestions') {
      // Catalogue-level lists: they may come before, between or after the values.
      value = null;
      addItems(key, rest, at);
      section = { kind: 'list', field: key };
      return;
    }
    if (key === 'mission' || key === 'vision') {
      if (draft[key]) issues.warn('catalogue.text.duplicate-field', at, { field: key });
      appendText(key, rest, at);
      section = { kind: 'text', field: key };
      return;
    }
    if (!value) {
      issues.warn('catalogue.text.field-outside-value', at, { field: key });
      section = null;
      return;
    }
    if (key === 'tag') {
      if (value.tag) issues.warn('catalogue.text.duplicate-field', at, { field: key });
      else value.tag = { value: rest, ...at };
      section = null;
    } else if (key === 'description') {
      if (value.description) issues.warn('catalogue.text.duplicate-field', at, { field: key });
      appendText('description', rest, at);
      section = { kind: 'text', field: key };
    } else {
      addItems(key, rest, at);
      section = { kind: 'list', field: key };
    }
  };

  splitLines(text).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const at: LineAt = { line: i + 1, column: raw.length - raw.trimStart().length + 1 };
    const item = readBullet(trimmed);
    if (item !== null) {
      if (section?.kind === 'list') addItems(section.field, item, at);
      else issues.warn('catalogue.text.item-outside-list', at);
      return;
    }
    const header = readHeader(trimmed);
    if (header?.key === 'value') {
      value = emptyValueDraft(draft.values.length + 1, at.line, at.column);
      if (header.rest !== '') value.name = { value: header.rest, ...at };
      draft.values.push(value);
      // Unlabelled text right under "Value:" is almost always its description.
      section = { kind: 'text', field: 'description' };
    } else if (header?.key === 'heading') {
      if (header.rest !== '') issues.warn('catalogue.text.unrecognised-line', at);
      section = null;
    } else if (header) {
      startField(header.key, header.rest, at);
    } else if (section?.kind === 'text') {
      appendText(section.field, trimmed, at);
    } else if (section?.kind === 'list') {
      addItems(section.field, trimmed, at);
    } else {
      issues.warn('catalogue.text.unrecognised-line', at);
    }
  });
  return draft;
}
