import { buildCatalogue } from './build-catalogue';
import { DEFAULT_CATALOGUE } from './default-catalogue';
import { IssueList } from './issue-list';
import { readJsonCatalogue } from './json-catalogue';
import type { CatalogueParseResult } from './parse-result';
import { readTextCatalogue } from './text-catalogue';
import { splitLines } from './text-lines';

/**
 * Reads the `catalogue` setting, JSON or plain text. Never throws: problems come back as located
 * issues next to the best catalogue that could be recovered, and the built-in default catalogue
 * stands in when nothing usable was found, so the sidebar always has values to show.
 */
export function parseCatalogue(text: string | undefined | null): CatalogueParseResult {
  if (typeof text !== 'string' || text.trim() === '') {
    return { catalogue: DEFAULT_CATALOGUE, source: 'default', issues: [] };
  }
  const issues = new IssueList(splitLines(text).length);
  // JSON is detected by its first character, so a text catalogue can never be misread as JSON.
  const isJson = /^[{[]/.test(text.trimStart());
  const draft = isJson ? readJsonCatalogue(text, issues) : readTextCatalogue(text, issues);
  const catalogue = buildCatalogue(draft, issues);
  if (catalogue === null) {
    issues.error('catalogue.no-values', { line: 1 });
    return { catalogue: DEFAULT_CATALOGUE, source: 'default', issues: issues.toArray() };
  }
  return { catalogue, source: isJson ? 'json' : 'text', issues: issues.toArray() };
}
