import { emptyCatalogueDraft, emptyValueDraft, type CatalogueDraft, type Located, type QuestionDraft, type ValueDraft } from './draft';
import type { IssueList } from './issue-list';
import type { JsonEntry, JsonNode } from './json-node';
import { scanJson } from './json-scanner';
import { splitBehaviours, splitSignals } from './signal-list';
import { lineStarts, locate, type Position } from './text-lines';

type ListKey = 'prompts' | 'questions' | 'signals' | 'behaviours';
const LIST_KEYS: readonly ListKey[] = ['prompts', 'questions', 'signals', 'behaviours'];
const ROOT_KEYS = ['mission', 'vision', 'values', 'missionQuestions', 'visionQuestions'];
const VALUE_KEYS = ['name', 'description', 'tag', ...LIST_KEYS];

/** Reads the JSON form into a draft; syntax and shape problems go to `issues` with positions. */
export function readJsonCatalogue(text: string, issues: IssueList): CatalogueDraft {
  const starts = lineStarts(text);
  const at = (offset: number): Position => locate(starts, offset);
  const draft: CatalogueDraft = emptyCatalogueDraft();
  const scan = scanJson(text);
  if (scan.error) issues.error(scan.error.code, at(scan.error.offset), scan.error.params);
  const root = scan.root;
  if (root === null) return draft;
  if (root.kind !== 'object') {
    issues.error('catalogue.json.root-not-object', at(root.offset), { found: root.kind });
    return draft;
  }
  const reader = { issues, at };
  for (const entry of uniqueEntries(root.entries, '', reader)) {
    const { key, value } = entry;
    if (key === 'mission' || key === 'vision') {
      const text = readString(value, key, reader);
      if (text) draft[key] = text;
    } else if (key === 'values') {
      draft.values = readValues(value, reader);
    } else if (key === 'missionQuestions' || key === 'visionQuestions') {
      if (value.kind !== 'null') draft[key] = readQuestions(value, key, reader);
    } else {
      warnUnknown(entry, '', ROOT_KEYS, reader);
    }
  }
  return draft;
}

interface JsonReader {
  issues: IssueList;
  at: (offset: number) => Position;
}

function readValues(node: JsonNode, reader: JsonReader): ValueDraft[] {
  if (node.kind !== 'array') {
    wrongType(node, 'values', 'array', reader);
    return [];
  }
  const drafts: ValueDraft[] = [];
  node.items.forEach((item, i) => {
    const path = `values[${i}]`;
    if (item.kind !== 'object') {
      wrongType(item, path, 'object', reader);
      return;
    }
    // A value cut short by a syntax error is left out; the syntax error already explains why.
    if (!item.complete) return;
    drafts.push(readValue(item.entries, i + 1, reader.at(item.offset), path, reader));
  });
  return drafts;
}

function readValue(entries: JsonEntry[], index: number, start: Position, path: string, reader: JsonReader): ValueDraft {
  const draft = emptyValueDraft(index, start.line, start.column);
  for (const entry of uniqueEntries(entries, path, reader)) {
    const { key, value } = entry;
    // `null` for an optional field is a common way to say "none"; treat it as absent.
    if (value.kind === 'null') continue;
    if (key === 'name' || key === 'description' || key === 'tag') {
      draft[key] = readString(value, `${path}.${key}`, reader);
    } else if (isListKey(key)) {
      draft[key] = readList(value, key, `${path}.${key}`, reader);
    } else {
      warnUnknown(entry, path, VALUE_KEYS, reader);
    }
  }
  return draft;
}

/** Questions are strings, or `{ "question": "…", "phrase": "…" }` to tie one to a phrase. */
function readQuestions(node: JsonNode, path: string, reader: JsonReader): Located<QuestionDraft>[] {
  if (node.kind !== 'array') {
    wrongType(node, path, 'array', reader);
    return [];
  }
  const items: Located<QuestionDraft>[] = [];
  node.items.forEach((item, i) => {
    const itemPath = `${path}[${i}]`;
    if (item.kind === 'string') {
      items.push({ value: { text: item.value, phrase: null }, ...reader.at(item.offset) });
      return;
    }
    if (item.kind !== 'object') {
      wrongType(item, itemPath, 'string-or-object', reader);
      return;
    }
    let text: Located<string> | null = null;
    let phrase: Located<string> | null = null;
    for (const entry of uniqueEntries(item.entries, itemPath, reader)) {
      if (entry.value.kind === 'null') continue;
      if (entry.key === 'question') text = readString(entry.value, `${itemPath}.question`, reader);
      else if (entry.key === 'phrase') phrase = readString(entry.value, `${itemPath}.phrase`, reader);
      else warnUnknown(entry, itemPath, ['question', 'phrase'], reader);
    }
    if (text)
      items.push({
        value: { text: text.value, phrase: phrase?.value ?? null },
        line: text.line,
        ...(text.column !== undefined ? { column: text.column } : {}),
      });
  });
  return items;
}

function readList(node: JsonNode, key: ListKey, path: string, reader: JsonReader): Located<string>[] {
  // A single string is accepted for convenience; signals and behaviours may then be comma-separated.
  if (node.kind === 'string') {
    const position = reader.at(node.offset);
    const texts = key === 'signals' ? splitSignals(node.value).items : key === 'behaviours' ? splitBehaviours(node.value) : [node.value];
    return texts.map((value) => ({ value, ...position }));
  }
  if (node.kind !== 'array') {
    wrongType(node, path, 'array', reader);
    return [];
  }
  const items: Located<string>[] = [];
  node.items.forEach((item, i) => {
    const text = readString(item, `${path}[${i}]`, reader);
    if (text) items.push(text);
  });
  return items;
}

function readString(node: JsonNode, path: string, reader: JsonReader): Located<string> | null {
  if (node.kind !== 'string') {
    wrongType(node, path, 'string', reader);
    return null;
  }
  return { value: node.value, ...reader.at(node.offset) };
}

/** JSON.parse keeps the last of duplicate keys; so do we, but say so because it is usually a slip. */
function uniqueEntries(entries: JsonEntry[], path: string, reader: JsonReader): JsonEntry[] {
  const byKey = new Map<string, JsonEntry>();
  for (const entry of entries) {
    if (byKey.has(entry.key)) {
      reader.issues.warn('catalogue.json.duplicate-key', reader.at(entry.keyOffset), {
        key: entry.key,
        path,
      });
      byKey.delete(entry.key);
    }
    byKey.set(entry.key, entry);
  }
  return [...byKey.values()];
}

function warnUnknown(entry: JsonEntry, path: string, known: string[], reader: JsonReader): void {
  reader.issues.warn('catalogue.json.unknown-key', reader.at(entry.keyOffset), {
    key: entry.key,
    path,
    known: known.join(', '),
  });
}

function wrongType(node: JsonNode, path: string, expected: string, reader: JsonReader): void {
  reader.issues.error('catalogue.json.wrong-type', reader.at(node.offset), {
    path,
    expected,
    found: node.kind,
  });
}

function isListKey(key: string): key is ListKey {
  return (LIST_KEYS as readonly string[]).includes(key);
}
