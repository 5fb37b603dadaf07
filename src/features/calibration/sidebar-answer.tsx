import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { isComplete, type Answer, type Round, type RoundItem } from '../../domain/calibration/round';
import { ValueChecks } from './value-checks';
import { useServices } from '../../services/services';
import { useAsync } from '../../ui/use-async';
import type { CalibrationStore } from './calibration-store';
import { errorCode } from './error-code';
import { StyledFieldset, StyledQuote, StyledRow, StyledSubtle } from './styled';

interface ISidebarAnswerProps {
  store: CalibrationStore;
  round: Round;
  /** This ticket's replies in the round that the reviewer's draft does not answer yet. */
  items: RoundItem[];
  onSaved: (answer: Answer) => void;
}

/**
 * Answering a round's replies of the open ticket, blind: the page reads the reviewer's own answer
 * only (to add to their draft), never anyone else's. Saving keeps the draft on the leads page.
 */
export function SidebarAnswer({ store, round, items, onSaved }: ISidebarAnswerProps) {
  const { user, i18n } = useServices();
  const t = i18n.t;
  // The round as it is now (it may have closed since the leads page listed it), and the reviewer's own answer.
  const own = useAsync(async () => {
    const [now, answer] = await Promise.all([store.round(round.id), store.ownAnswer(round.id, user.id)]);
    return { open: now?.status === 'open', answer };
  }, [store, round.id, user.id]);
  const [tags, setTags] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (own.state.status === 'loading') return <p role="status">{t('vc.loading')}</p>;
  if (own.state.status === 'failed')
    return (
      <Alert type="error" role="alert">
        {t('vc.calibration.error', { code: errorCode(own.state.error) })}{' '}
        <Button size="small" isLink onClick={own.reload}>
          {t('vc.tryAgain')}
        </Button>
      </Alert>
    );
  const { open, answer: draft } = own.state.data;
  if (!open) return <p>{t('vc.calibrationSidebar.closed')}</p>;
  if (draft?.submittedAt) return <p>{t('vc.calibration.round.youSubmitted')}</p>;

  const toggle = (key: string, tag: string, on: boolean) =>
    setTags((current) => {
      const list = current[key] ?? [];
      return { ...current, [key]: on ? [...list.filter((x) => x !== tag), tag] : list.filter((x) => x !== tag) };
    });
  const save = async () => {
    setBusy(true);
    setError(null);
    // Every reply shown here gets an answer (nothing ticked: "none of these values"), added to the draft.
    const mine = Object.fromEntries(items.map((i) => [i.key, tags[i.key] ?? []]));
    const answer: Answer = { roundId: round.id, reviewerId: user.id, tags: { ...(draft?.tags ?? {}), ...mine }, submittedAt: null };
    try {
      await store.saveAnswer(answer);
      onSaved(answer);
    } catch (e) {
      setError(errorCode(e));
      setBusy(false);
    }
  };
  const completes = isComplete(round, { tags: { ...(draft?.tags ?? {}), ...Object.fromEntries(items.map((i) => [i.key, []])) } });

  return (
    <form aria-label={t('vc.calibration.form.label', { title: round.title })} onSubmit={(e) => e.preventDefault()}>
      <StyledSubtle>{t('vc.calibration.form.blind')}</StyledSubtle>
      <StyledSubtle>{t('vc.calibrationSidebar.fieldNote')}</StyledSubtle>
      {items.map((item) => (
        <StyledFieldset key={item.key} data-testid="calibration-item">
          <legend>{t('vc.calibrationSidebar.reply', { n: round.items.indexOf(item) + 1, total: round.items.length })}</legend>
          <StyledQuote>{item.excerpt}</StyledQuote>
          <ValueChecks values={round.values} checked={tags[item.key] ?? []} onToggle={(tag, on) => toggle(item.key, tag, on)} />
        </StyledFieldset>
      ))}
      {error ? (
        <Alert type="error" role="alert">
          {t('vc.calibration.error', { code: error })}
        </Alert>
      ) : null}
      <StyledRow>
        <Button size="small" isPrimary onClick={() => void save()} disabled={busy}>
          {t('vc.calibrationSidebar.save')}
        </Button>
      </StyledRow>
      <StyledSubtle>{t(completes ? 'vc.calibrationSidebar.thenSubmit' : 'vc.calibrationSidebar.draftNote')}</StyledSubtle>
    </form>
  );
}
