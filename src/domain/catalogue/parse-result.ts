import type { CatalogueIssue } from './issue-codes';
import type { Catalogue } from './types';

export type CatalogueSource = 'default' | 'json' | 'text';

export interface CatalogueParseResult {
  catalogue: Catalogue;
  /** `default` whenever the built-in catalogue is returned, including as a fallback. */
  source: CatalogueSource;
  issues: CatalogueIssue[];
}
