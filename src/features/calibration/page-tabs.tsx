import type { KeyboardEvent } from 'react';
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { useServices } from '../../services/services';

export type LeadsTab = 'figures' | 'calibration';
const TABS: readonly LeadsTab[] = ['figures', 'calibration'];

const StyledTabs = styled.div`
  display: flex;
  gap: ${({ theme }) => theme.space.base * 2}px;
  border-bottom: ${({ theme }) => `${theme.borderWidths.sm} solid ${getColor({ theme, variable: 'border.default' })}`};
`;

const StyledTab = styled.button<{ $isSelected: boolean }>`
  border: 0;
  background: none;
  color: inherit;
  font: inherit;
  cursor: pointer;
  padding: ${({ theme }) => `${theme.space.base * 2}px ${theme.space.base * 3}px`};
  border-bottom: ${({ theme, $isSelected }) =>
    `${theme.space.base / 2}px solid ${$isSelected ? getColor({ theme, variable: 'border.primaryEmphasis' }) : 'transparent'}`};
  font-weight: ${({ theme, $isSelected }) => ($isSelected ? theme.fontWeights.semibold : theme.fontWeights.regular)};
`;

/** The leads page's two views: the team's figures, and calibration rounds. Arrow keys move between them. */
export function PageTabs({ tab, onChange }: { tab: LeadsTab; onChange: (tab: LeadsTab) => void }) {
  const t = useServices().i18n.t;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = TABS[(TABS.indexOf(tab) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length] ?? 'figures';
    onChange(next);
    document.getElementById(`leads-tab-${next}`)?.focus();
  };
  return (
    <StyledTabs role="tablist" aria-label={t('vc.calibration.tabs.label')} onKeyDown={onKeyDown}>
      {TABS.map((item) => (
        <StyledTab
          key={item}
          id={`leads-tab-${item}`}
          role="tab"
          type="button"
          aria-selected={tab === item}
          tabIndex={tab === item ? 0 : -1}
          $isSelected={tab === item}
          onClick={() => onChange(item)}
        >
          {t(`vc.calibration.tabs.${item}`)}
        </StyledTab>
      ))}
    </StyledTabs>
  );
}
