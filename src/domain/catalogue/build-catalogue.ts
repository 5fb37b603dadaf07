import { assignIds } from './assign-ids';
import { assignTags, checkGivenTags } from './assign-tags';
import type { CatalogueDraft, Located, QuestionDraft, ValueDraft } from './draft';
import type { IssueList } from './issue-list';
import { CATALOGUE_LIMITS, type ListField, type TextField } from './limits';
import { collapseSpace, cutTo, foldKey } from './text-cleanup';
import type { Catalogue, CatalogueValue, ReflectiveQuestion } from './types';
import { BEHAVIOURS, behaviourName } from '../suggest/behaviour-names';

/** A value that passed the name checks, with cleaned text; ids and tags come next. */
export interface NamedValue {
  draft: ValueDraft;
  value: Omit<CatalogueValue, 'id' | 'tag'>;
}

/**
 * Applies every catalogue rule to a draft from either format. Returns null when no value survives,
 * so the caller can fall back to the default catalogue.
 */
export function buildCatalogue(draft: CatalogueDraft, issues: IssueList): Catalogue | null {
  const mission = cleanText(draft.mission, 'mission', issues);
  const vision = cleanText(draft.vision, 'vision', issues);
  if (mission === '') issues.warn('catalogue.mission.missing', { line: draft.mission?.line ?? 1 });
  if (vision === '') issues.warn('catalogue.vision.missing', { line: draft.vision?.line ?? 1 });

  const named = capCount(uniqueNames(draft.values, issues), issues);
  // Every rule that skips a value runs before ids are numbered, so the kept values get the same
  // ids and tags when the catalogue is parsed again without the skipped ones.
  const withIds = assignIds(checkGivenTags(named, issues), issues);
  const values = assignTags(withIds, issues);
  const missionQuestions = cleanQuestions(draft.missionQuestions, 'missionQuestions', mission, issues);
  const visionQuestions = cleanQuestions(draft.visionQuestions, 'visionQuestions', vision, issues);
  return values.length === 0 ? null : { mission, vision, values, missionQuestions, visionQuestions };
}

function uniqueNames(drafts: ValueDraft[], issues: IssueList): NamedValue[] {
  const firstLineByName = new Map<string, number>();
  const named: NamedValue[] = [];
  for (const draft of drafts) {
    const name = cleanText(draft.name, 'name', issues);
    if (name === '') {
      issues.error('catalogue.value.missing-name', at(draft), { index: draft.index });
      continue;
    }
    const key = foldKey(name);
    const firstLine = firstLineByName.get(key);
    if (firstLine !== undefined) {
      issues.error('catalogue.value.duplicate-name', at(draft.name ?? draft), { name, firstLine });
      continue;
    }
    firstLineByName.set(key, draft.line);
    const description = cleanText(draft.description, 'description', issues);
    if (description === '') {
      issues.warn('catalogue.value.empty-description', at(draft), { name });
    }
    const behaviours = cleanBehaviours(draft.behaviours, name, issues);
    named.push({
      draft,
      value: {
        name,
        description,
        prompts: cleanList(draft.prompts, 'prompts', 'prompt', issues),
        questions: cleanList(draft.questions, 'questions', 'question', issues),
        signals: cleanList(draft.signals, 'signals', 'signal', issues),
        ...(behaviours.length > 0 ? { behaviours } : {}),
      },
    });
  }
  return named;
}

/** Capped before ids and tags are assigned, so dropped values cannot influence the kept ones. */
function capCount(named: NamedValue[], issues: IssueList): NamedValue[] {
  const max = CATALOGUE_LIMITS.values;
  const first = named[max];
  if (!first) return named;
  issues.warn('catalogue.too-many-values', at(first.draft), { max, count: named.length });
  return named.slice(0, max);
}

function cleanText(source: Located<string> | null, field: TextField, issues: IssueList): string {
  if (!source) return '';
  const max = CATALOGUE_LIMITS.text[field];
  const { text, cut } = cutTo(collapseSpace(source.value), max);
  if (cut) issues.warn('catalogue.text-too-long', at(source), { field, max });
  return text;
}

function cleanList(items: Located<string>[], list: ListField, field: TextField, issues: IssueList): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const item of items) {
    // Quotes only group words in the text form; they are never part of a signal.
    const raw = field === 'signal' ? item.value.replace(/["\u201C\u201D]/g, '') : item.value;
    const text = cleanText({ ...item, value: raw }, field, issues);
    const key = foldKey(text);
    if (text === '' || seen.has(key)) continue;
    if (kept.length === CATALOGUE_LIMITS.list[list]) {
      issues.warn('catalogue.list-too-long', at(item), { field: list, max: CATALOGUE_LIMITS.list[list] });
      break;
    }
    seen.add(key);
    kept.push(text);
  }
  return kept;
}

/**
 * The behaviours a value is about, in the admin's order (ADR 0158): known names only, each once, at most
 * `CATALOGUE_LIMITS.list.behaviours`. An unknown name is left out with a warning that lists the known ones.
 */
function cleanBehaviours(items: Located<string>[], value: string, issues: IssueList): string[] {
  const kept: string[] = [];
  for (const item of items) {
    const name = behaviourName(item.value);
    if (name === null) {
      issues.warn('catalogue.value.unknown-behaviour', at(item), { name: item.value.slice(0, 60), value, known: BEHAVIOURS.join(', ') });
      continue;
    }
    if (kept.includes(name)) continue;
    if (kept.length === CATALOGUE_LIMITS.list.behaviours) {
      issues.warn('catalogue.list-too-long', at(item), { field: 'behaviours', max: CATALOGUE_LIMITS.list.behaviours });
      break;
    }
    kept.push(name);
  }
  return kept;
}

const fold = (text: string) => collapseSpace(text).toLocaleLowerCase();

/**
 * Questions on the mission or the vision. A phrase must be words of that statement (spacing and
 * case aside): one that is not is dropped with a warning, and the question kept for the whole.
 */
function cleanQuestions(
  items: Located<QuestionDraft>[],
  list: 'missionQuestions' | 'visionQuestions',
  statement: string,
  issues: IssueList,
): ReflectiveQuestion[] {
  const field = list === 'missionQuestions' ? 'mission' : 'vision';
  const seen = new Set<string>();
  const kept: ReflectiveQuestion[] = [];
  for (const item of items) {
    const text = cleanText({ ...item, value: item.value.text }, 'question', issues);
    const key = foldKey(text);
    if (text === '' || seen.has(key)) continue;
    if (kept.length === CATALOGUE_LIMITS.list[list]) {
      issues.warn('catalogue.list-too-long', at(item), { field: list, max: CATALOGUE_LIMITS.list[list] });
      break;
    }
    seen.add(key);
    const phrase = item.value.phrase ? collapseSpace(item.value.phrase) : '';
    const start = phrase === '' ? -1 : fold(statement).indexOf(fold(phrase));
    if (phrase !== '' && start === -1) issues.warn('catalogue.question.phrase-not-found', at(item), { field, phrase });
    // The phrase as the statement spells it, so the sidebar can highlight it there.
    kept.push({ text, phrase: start === -1 ? null : statement.slice(start, start + phrase.length) });
  }
  return kept;
}

function at(source: { line: number; column?: number }): { line: number; column?: number } {
  return source.column === undefined ? { line: source.line } : { line: source.line, column: source.column };
}
