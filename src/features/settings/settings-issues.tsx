import { Alert } from '@zendeskgarden/react-notifications';
import styled from 'styled-components';
import { useServices } from '../../services/services';
import type { AppConfig } from './use-app-config';
import { describeIssue, type LocatedIssue } from './describe-issue';

const StyledList = styled.ul`
  margin: ${({ theme }) => theme.space.base}px 0 0;
  padding-inline-start: ${({ theme }) => theme.space.base * 4}px;
`;

const StyledWrapper = styled.div`
  padding: ${({ theme }) => `${theme.space.base * 3}px ${theme.space.base * 4}px 0`};
`;

/** Collects the catalogue's and the other settings' issues, each naming its setting and line. */
export function collectIssues(config: AppConfig): LocatedIssue[] {
  return [...config.catalogue.issues.map((issue) => ({ ...issue, setting: 'catalogue' })), ...config.issues];
}

/** Bad settings never blank the app: they are listed here while the rest keeps working. */
export function SettingsIssues({ config }: { config: AppConfig }) {
  const { i18n, user } = useServices();
  const issues = collectIssues(config);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity !== 'error');
  if (issues.length === 0) return null;
  const isAdmin = user.role === 'admin';
  const shown = isAdmin ? issues : errors;
  if (shown.length === 0) return null;
  return (
    <StyledWrapper>
      <Alert type={errors.length > 0 ? 'error' : 'warning'} role="alert">
        <Alert.Title>
          {errors.length > 0
            ? i18n.t('vc.settings.errorsTitle', { count: errors.length })
            : i18n.t('vc.settings.warningsTitle', { count: warnings.length })}
        </Alert.Title>
        <StyledList>
          {shown.slice(0, 8).map((issue, index) => (
            <li key={index}>{describeIssue(issue, i18n)}</li>
          ))}
        </StyledList>
        {shown.length > 8 ? <p>{i18n.t('vc.settings.moreIssues', { count: shown.length - 8 })}</p> : null}
        <p>{isAdmin ? i18n.t('vc.settings.adminHint') : i18n.t('vc.settings.agentHint')}</p>
      </Alert>
    </StyledWrapper>
  );
}
