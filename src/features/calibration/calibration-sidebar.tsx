import { lazy, Suspense, useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { afterSave, repliesToAnswer } from '../../domain/calibration/pending';
import type { Answer } from '../../domain/calibration/round';
import { useServices } from '../../services/services';
import { StyledCard, StyledRow, StyledSubtle } from './styled';
import { usePendingRounds } from './use-pending-rounds';

// The form (and its Garden forms code) loads only when a reviewer chooses to answer here.
const SidebarAnswer = lazy(() => import('./sidebar-answer').then((m) => ({ default: m.SidebarAnswer })));

interface ICalibrationSidebarProps {
  ticketId: number;
}

/**
 * The sidebar's calibration line (ADR 0081): for a reviewer with replies of this ticket still to
 * answer in an open round, one compact line, and the blind form on demand. Renders nothing for
 * everyone else, and costs no request per ticket view (the list of rounds is read at most every
 * 30 minutes, or refreshed by the leads page).
 */
export function CalibrationSidebar({ ticketId }: ICalibrationSidebarProps) {
  const { i18n } = useServices();
  const t = i18n.t;
  const { store, resource, remember } = usePendingRounds(false);
  const [open, setOpen] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  if (resource.state.status !== 'ready') return null;
  const pending = resource.state.data;
  const toAnswer = repliesToAnswer(pending, ticketId);
  const onSaved = (answer: Answer) => {
    setSaved(pending.find((p) => p.round.id === answer.roundId)?.round.title ?? null);
    setOpen(null);
    remember(afterSave(pending, answer));
  };
  if (toAnswer.length === 0 && saved === null) return null;
  return (
    <>
      <StyledSubtle role="status">{saved !== null ? t('vc.calibrationSidebar.saved', { title: saved }) : ''}</StyledSubtle>
      {toAnswer.map(({ round, items }) => (
        <StyledCard key={round.id} aria-label={t('vc.calibrationSidebar.label', { title: round.title })} data-testid="calibration-line">
          <StyledRow>
            <span>{t('vc.calibrationSidebar.line', { title: round.title, count: items.length })}</span>
            <Button size="small" isLink aria-expanded={open === round.id} onClick={() => setOpen(open === round.id ? null : round.id)}>
              {t(open === round.id ? 'vc.calibrationSidebar.hide' : 'vc.calibrationSidebar.answer')}
            </Button>
          </StyledRow>
          {open === round.id ? (
            <Suspense fallback={<Dots aria-label={t('vc.loading')} />}>
              <SidebarAnswer store={store} round={round} items={items} onSaved={onSaved} />
            </Suspense>
          ) : null}
        </StyledCard>
      ))}
    </>
  );
}
