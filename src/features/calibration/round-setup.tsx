import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Checkbox, Field, Input } from '@zendeskgarden/react-forms';
import { Alert } from '@zendeskgarden/react-notifications';
import { ROUND_MAX_ITEMS, roundFits } from '../../domain/calibration/records';
import type { Round, RoundItem, RoundValue } from '../../domain/calibration/round';
import { useServices } from '../../services/services';
import { useAsync } from '../../ui/use-async';
import { staffIds } from '../../adapters/zendesk-api/staff';
import { errorCode } from './error-code';
import { sampleReplies } from './sample-replies';
import { StyledCard, StyledFieldset, StyledRow, StyledSubtle } from './styled';

interface IRoundSetupProps {
  /** People the lead may ask to review. */
  candidates: { id: number; name: string }[];
  /** The leads page's date range: replies are sampled from it. */
  range: { from: string; to: string };
  values: RoundValue[];
  onStart: (round: Round) => Promise<void>;
}

const newId = () => `vc-round-${crypto.randomUUID()}`;

/** A lead samples recent replies, keeps the ones to discuss, picks reviewers, and starts the round. */
export function RoundSetup({ candidates, range, values, onStart }: IRoundSetupProps) {
  const { api, port, user, i18n } = useServices();
  const t = i18n.t;
  const [title, setTitle] = useState('');
  const [count, setCount] = useState(20);
  const [items, setItems] = useState<RoundItem[] | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [reviewers, setReviewers] = useState<Set<number>>(new Set());
  const [authors, setAuthors] = useState<{ id: number; name: string }[]>([]);
  // Everyone in a group (every agent and admin): two requests, once per visit.
  const staff = useAsync(async () => {
    const ids = await staffIds(port);
    return (await api.getUsers(ids)).filter((u) => u.role !== 'end-user').map((u) => ({ id: u.id, name: u.name }));
  }, [api, port]);
  const known = [...candidates, ...authors, ...(staff.state.status === 'ready' ? staff.state.data : [])].filter(
    (c, i, all) => all.findIndex((o) => o.id === c.id) === i,
  );
  const [busy, setBusy] = useState<'sampling' | 'starting' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const sample = async () => {
    setBusy('sampling');
    setError(null);
    try {
      const found = await sampleReplies(api, range, count, new AbortController().signal);
      setItems(found.items);
      setAuthors(found.staff);
      setPicked(new Set(found.items.map((i) => i.key)));
    } catch (e) {
      setError(errorCode(e));
    } finally {
      setBusy(null);
    }
  };

  const chosen = (items ?? []).filter((i) => picked.has(i.key));
  const round: Round = {
    id: '',
    title: title.trim() || t('vc.calibration.defaultTitle', { date: range.to }),
    createdBy: user.id,
    createdAt: new Date().toISOString(),
    status: 'open',
    closedAt: null,
    reviewerIds: [...reviewers],
    values,
    items: chosen,
  };
  const tooBig = chosen.length > 0 && !roundFits(round);
  const canStart = chosen.length > 0 && reviewers.size >= 2 && !tooBig && busy === null;

  const start = async () => {
    setBusy('starting');
    setError(null);
    try {
      await onStart({ ...round, id: newId() });
      setItems(null);
      setTitle('');
      setReviewers(new Set());
    } catch (e) {
      setError(errorCode(e));
    } finally {
      setBusy(null);
    }
  };

  const toggle = <T,>(set: Set<T>, value: T, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };

  return (
    <StyledCard aria-labelledby="calibration-setup">
      <h3 id="calibration-setup">{t('vc.calibration.setup.title')}</h3>
      <StyledSubtle>{t('vc.calibration.setup.intro')}</StyledSubtle>
      <StyledRow>
        <Field>
          <Field.Label>{t('vc.calibration.setup.name')}</Field.Label>
          <Input value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field>
          <Field.Label>{t('vc.calibration.setup.count')}</Field.Label>
          <Input
            type="number"
            min={2}
            max={ROUND_MAX_ITEMS}
            value={count}
            onChange={(e) => setCount(Math.max(2, Math.min(ROUND_MAX_ITEMS, Number(e.target.value) || 2)))}
          />
        </Field>
        <Button onClick={() => void sample()} disabled={busy !== null}>
          {t('vc.calibration.setup.sample')}
        </Button>
      </StyledRow>
      {busy === 'sampling' ? <p role="status">{t('vc.calibration.setup.sampling')}</p> : null}
      {items !== null ? (
        <StyledFieldset>
          <legend>{t('vc.calibration.setup.replies', { count: chosen.length })}</legend>
          {items.length === 0 ? <StyledSubtle>{t('vc.calibration.setup.noReplies')}</StyledSubtle> : null}
          {items.map((item) => (
            <Field key={item.key}>
              <Checkbox checked={picked.has(item.key)} onChange={(e) => setPicked(toggle(picked, item.key, e.target.checked))}>
                <Field.Label>{t('vc.calibration.replyLabel', { id: item.ticketId, subject: item.subject })}</Field.Label>
                <Field.Hint>{item.excerpt}</Field.Hint>
              </Checkbox>
            </Field>
          ))}
        </StyledFieldset>
      ) : null}
      <StyledFieldset>
        <legend>{t('vc.calibration.setup.reviewers')}</legend>
        {known
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((c) => (
            <Field key={c.id}>
              <Checkbox checked={reviewers.has(c.id)} onChange={(e) => setReviewers(toggle(reviewers, c.id, e.target.checked))}>
                <Field.Label>{c.name}</Field.Label>
              </Checkbox>
            </Field>
          ))}
      </StyledFieldset>
      {tooBig ? <Alert type="warning">{t('vc.calibration.setup.tooBig')}</Alert> : null}
      {error ? (
        <Alert type="error" role="alert">
          {t('vc.calibration.error', { code: error })}
        </Alert>
      ) : null}
      <StyledRow>
        <Button isPrimary disabled={!canStart} onClick={() => void start()}>
          {t('vc.calibration.setup.start')}
        </Button>
        <StyledSubtle>{t('vc.calibration.setup.needs')}</StyledSubtle>
      </StyledRow>
    </StyledCard>
  );
}
