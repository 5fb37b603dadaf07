import type { Translator } from '../../i18n/translator';

export interface LocatedIssue {
  severity: 'error' | 'warning';
  code: string;
  setting: string;
  line?: number;
  column?: number;
  params?: Record<string, string | number>;
}

/** "Catalogue (mission, vision and values), line 4, column 3: A value has no name." in the user's language. */
export function describeIssue(issue: LocatedIssue, i18n: Translator): string {
  const setting = i18n.t(`app.parameters.${issue.setting}.label`);
  const where =
    issue.line === undefined
      ? i18n.t('vc.settings.where', { setting })
      : issue.column === undefined
        ? i18n.t('vc.settings.whereLine', { setting, line: issue.line })
        : i18n.t('vc.settings.whereLineColumn', { setting, line: issue.line, column: issue.column });
  const key = `vc.issues.${issue.code}`;
  // Parameters such as `expected: 'comma-or-brace'` or `field: 'prompts'` are words to translate too.
  const params = Object.fromEntries(
    Object.entries(issue.params ?? {}).map(([name, value]) => {
      const word = `vc.issueWords.${value}`;
      return [name, typeof value === 'string' && i18n.has(word) ? i18n.t(word) : value];
    }),
  );
  const message = i18n.has(key) ? i18n.t(key, params) : i18n.t('vc.issues.unknown', { code: issue.code });
  return `${where}: ${message}`;
}
