import { useServices } from '../../services/services';
import { Disclosure } from '../../ui/disclosure';
import { NoticeLine } from '../../ui/notice-line';
import type { AppConfig } from './use-app-config';
import { describeIssue, type LocatedIssue } from './describe-issue';

/** Collects the catalogue's and the other settings' issues, each naming its setting and line. */
export function collectIssues(config: AppConfig): LocatedIssue[] {
  return [...config.catalogue.issues.map((issue) => ({ ...issue, setting: 'catalogue' })), ...config.issues];
}

/**
 * Bad settings never blank the app. Admins get one line naming the first problem's setting and
 * line, the rest and where to fix them one click away; agents get one plain sentence (a setting's
 * line number is no use to them) and only for problems that change what they see.
 */
export function SettingsIssues({ config }: { config: AppConfig }) {
  const { i18n, user } = useServices();
  const t = i18n.t;
  const issues = collectIssues(config);
  const errors = issues.filter((i) => i.severity === 'error');
  const isAdmin = user.role === 'admin';
  if (!isAdmin) {
    if (errors.length === 0) return null;
    return (
      <NoticeLine $type="warning" role="status" data-testid="settings-notice">
        <p>{t('vc.layout.agentSettingsNotice')}</p>
      </NoticeLine>
    );
  }
  if (issues.length === 0) return null;
  const [first, ...rest] = errors.length > 0 ? [...errors, ...issues.filter((i) => i.severity !== 'error')] : issues;
  return (
    <NoticeLine $type={errors.length > 0 ? 'error' : 'warning'} role="alert" data-testid="settings-issues">
      <p>{describeIssue(first!, i18n)}</p>
      <Disclosure label={rest.length > 0 ? t('vc.layout.issuesMore', { count: rest.length }) : t('vc.layout.howToFix')}>
        {rest.length > 0 ? (
          <ul>
            {rest.map((issue, index) => (
              <li key={index}>{describeIssue(issue, i18n)}</li>
            ))}
          </ul>
        ) : null}
        <p>{t('vc.settings.adminHint')}</p>
      </Disclosure>
    </NoticeLine>
  );
}
