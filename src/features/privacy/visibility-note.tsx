import type { PerAgentSetting, Visibility } from '../../domain/privacy/visibility';
import { useServices } from '../../services/services';
import { StyledNote } from './styled';

interface IVisibilityNoteProps {
  visibility: Visibility;
  /** Who may see per-agent figures (the admin's setting). */
  settings: PerAgentSetting;
  groupName: (id: number) => string;
}

/** Says plainly what the page shows this viewer, and who sees per-agent figures. */
export function VisibilityNote({ visibility, settings, groupName }: IVisibilityNoteProps) {
  const { i18n } = useServices();
  const t = i18n.t;
  const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
  const who = [
    ...settings.roles.map((role) => (i18n.has(`vc.privacy.role.${role}`) ? t(`vc.privacy.role.${role}`) : role)),
    ...settings.groupIds.map((id) => t('vc.privacy.group', { name: groupName(id) })),
  ];
  return (
    <StyledNote role="note" data-testid="visibility-note">
      {visibility.perAgent ? t('vc.privacy.perAgentShown', { who: list.format(who) }) : t('vc.privacy.teamOnly', { who: list.format(who) })}{' '}
      {t('vc.privacy.optedOut', { count: visibility.hidden.size })}
    </StyledNote>
  );
}
