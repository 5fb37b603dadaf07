import { CATALOGUE_LIMITS } from './limits';
import type { CatalogueIssue, CatalogueIssueCode, IssueParams, IssueSeverity } from './issue-codes';

export interface IssueLocation {
  line: number;
  column?: number;
}

/**
 * Collects issues for one parse. Lines are clamped to the text so a caller bug can never point the
 * admin at a line that does not exist, and the list is capped because a paste of prose into the
 * setting would otherwise produce one warning per line.
 */
export class IssueList {
  private readonly items: CatalogueIssue[] = [];
  private omitted = 0;

  constructor(private readonly lineCount: number) {}

  add(severity: IssueSeverity, code: CatalogueIssueCode, at: IssueLocation, params: IssueParams = {}): void {
    if (this.items.length >= CATALOGUE_LIMITS.issues) {
      this.omitted += 1;
      return;
    }
    const line = Math.min(Math.max(1, Math.floor(at.line)), this.lineCount);
    const issue: CatalogueIssue = { severity, code, line, params };
    if (at.column !== undefined) issue.column = Math.max(1, at.column);
    this.items.push(issue);
  }

  error(code: CatalogueIssueCode, at: IssueLocation, params?: IssueParams): void {
    this.add('error', code, at, params);
  }

  warn(code: CatalogueIssueCode, at: IssueLocation, params?: IssueParams): void {
    this.add('warning', code, at, params);
  }

  /** In text order, so the admin can fix them top to bottom. */
  toArray(): CatalogueIssue[] {
    const sorted = [...this.items].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
    if (this.omitted === 0) return sorted;
    const summary: CatalogueIssue = {
      severity: 'warning',
      code: 'catalogue.too-many-issues',
      line: 1,
      params: { omitted: this.omitted },
    };
    return [...sorted, summary];
  }
}
