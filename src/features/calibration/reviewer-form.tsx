import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import type { Answer, Round } from '../../domain/calibration/round';
import { ValueChecks } from './value-checks';
import { useServices } from '../../services/services';
import { errorCode } from './error-code';
import { StyledFieldset, StyledQuote, StyledRow, StyledSubtle } from './styled';

interface IReviewerFormProps {
  round: Round;
  /** The reviewer's saved draft, if any: the only answer their page has read. */
  draft: Answer | null;
  onSave: (answer: Answer) => Promise<void>;
}

/**
 * The blind form: every reply of the round with the catalogue's values to tick. Nothing here shows (or
 * was requested about) the other reviewers' answers or the tickets' real tags.
 */
export function ReviewerForm({ round, draft, onSave }: IReviewerFormProps) {
  const { user, i18n } = useServices();
  const t = i18n.t;
  const [tags, setTags] = useState<Record<string, string[]>>(() => draft?.tags ?? {});
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ kind: 'saved' } | { kind: 'error'; code: string } | null>(null);

  const toggle = (key: string, tag: string, on: boolean) =>
    setTags((current) => {
      const list = current[key] ?? [];
      return { ...current, [key]: on ? [...list.filter((x) => x !== tag), tag] : list.filter((x) => x !== tag) };
    });

  const save = async (submit: boolean) => {
    setBusy(true);
    setMessage(null);
    // Submitting answers every reply: a reply with nothing ticked means "none of these values".
    const final = submit ? Object.fromEntries(round.items.map((i) => [i.key, tags[i.key] ?? []])) : tags;
    try {
      await onSave({ roundId: round.id, reviewerId: user.id, tags: final, submittedAt: submit ? new Date().toISOString() : null });
      setMessage({ kind: 'saved' });
      setConfirming(false);
    } catch (e) {
      setMessage({ kind: 'error', code: errorCode(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form aria-label={t('vc.calibration.form.label', { title: round.title })} onSubmit={(e) => e.preventDefault()}>
      <StyledSubtle>{t('vc.calibration.form.blind')}</StyledSubtle>
      {round.items.map((item, index) => (
        <StyledFieldset key={item.key} data-testid="calibration-item">
          <legend>
            {t('vc.calibration.form.reply', { n: index + 1, total: round.items.length })}{' '}
            {t('vc.calibration.replyLabel', { id: item.ticketId, subject: item.subject })}
          </legend>
          <StyledQuote>{item.excerpt}</StyledQuote>
          <StyledRow>
            <ValueChecks values={round.values} checked={tags[item.key] ?? []} onToggle={(tag, on) => toggle(item.key, tag, on)} />
          </StyledRow>
        </StyledFieldset>
      ))}
      {message?.kind === 'error' ? (
        <Alert type="error" role="alert">
          {t('vc.calibration.error', { code: message.code })}
        </Alert>
      ) : null}
      <StyledRow>
        <Button onClick={() => void save(false)} disabled={busy}>
          {t('vc.calibration.form.saveDraft')}
        </Button>
        {confirming ? (
          <>
            <Button isPrimary isDanger onClick={() => void save(true)} disabled={busy}>
              {t('vc.calibration.form.confirm')}
            </Button>
            <Button onClick={() => setConfirming(false)} disabled={busy}>
              {t('vc.calibration.form.back')}
            </Button>
          </>
        ) : (
          <Button isPrimary onClick={() => setConfirming(true)} disabled={busy}>
            {t('vc.calibration.form.submit')}
          </Button>
        )}
        <span role="status">{message?.kind === 'saved' ? t('vc.calibration.form.saved') : ''}</span>
      </StyledRow>
      {confirming ? <StyledSubtle>{t('vc.calibration.form.confirmHint')}</StyledSubtle> : null}
    </form>
  );
}
