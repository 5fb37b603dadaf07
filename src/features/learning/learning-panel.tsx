import { useMemo, useRef, useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { Dots } from '@zendeskgarden/react-loaders';
import { ApiError } from '../../adapters/zendesk-api/api-error';
import type { ExportRow } from '../../domain/export/rows';
import { parseLearnedProfile, profileReadiness, type LearnedProfile } from '../../domain/suggest/learned-profile';
import { useServices, useT } from '../../services/services';
import { Section } from '../../ui/section';
import { LEARNED_PROFILE_SETTING, isLearnable, learnableRows, learnFromTags } from './learn-from-tags';

const StyledBody = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.base * 2}px;
  justify-items: start;
`;

const StyledCounts = styled.ul`
  margin: 0;
  padding-${({ theme }) => (theme.rtl ? 'right' : 'left')}: ${({ theme }) => theme.space.base * 4}px;
`;

type RunState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'saved'; profile: LearnedProfile; used: number; skipped: number; bytes: number }
  | { kind: 'failed'; code: 'forbidden' | 'no-installation' | 'nothing' | 'unexpected' };

interface ILearningPanelProps {
  /**
   * The leads page's loaded tag rows (null while they load): the whole range, not only what the page's filters show, since
   * every agent's sidebar uses what is learned (ADR 0150).
   */
  rows: readonly ExportRow[] | null;
  /** Whether the page's filters narrow its figures: the panel then says they do not apply to it. */
  filtered?: boolean;
  /** The catalogue's values, to say how many tagged replies each learned from and which none has taught yet. */
  values: readonly { tag: string; name: string }[];
}

/**
 * "Learn from 214 tagged replies": builds what the team's tags teach (ADR 0026) from the replies the
 * leads page has loaded, and saves it in the app's installation settings, where every sidebar reads
 * it with its settings (no request per ticket view). Saving settings is for admins.
 */
export function LearningPanel({ rows, values, filtered = false }: ILearningPanelProps) {
  const { api, port, user, i18n } = useServices();
  const t = useT();
  const [run, setRun] = useState<RunState>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const stored = (() => {
    const raw = port.settings[LEARNED_PROFILE_SETTING];
    return typeof raw === 'string' && raw !== '' ? parseLearnedProfile(raw) : undefined;
  })();
  const current = run.kind === 'saved' ? run.profile : stored;
  // Worked out once per loaded range, not on every progress tick of a refresh. `inRange`: every learnable tag in the
  // range, to say when a refresh reads only some of them (ADR 0149).
  const { count, inRange } = useMemo(
    () => ({ count: rows ? learnableRows(rows).length : 0, inRange: rows ? rows.filter(isLearnable).length : 0 }),
    [rows],
  );
  const isAdmin = user.role === 'admin';
  // A narrower range than the one the profile in use learned from would replace it with less: say so first.
  const replacesMore = run.kind !== 'saved' && rows !== null && count > 0 && (stored?.from ?? 0) > count;
  // What the profile speaks for: tagged replies per value of today's catalogue. A value nobody has tagged yet is suggested
  // from its own words, and the tags on the others do not push it aside (ADR 0147).
  const learnedFrom = new Map((current?.values ?? []).map((v) => [v.tag, Number(v.n) || 0]));
  const untagged = values.filter((v) => !learnedFrom.has(v.tag)).map((v) => v.name);
  // Rankings read the profile only once it holds enough tags of these values (ADR 0148).
  const readiness = profileReadiness(
    current,
    values.map((v) => v.tag),
  );
  const when = (iso: string) => new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  async function start() {
    if (!rows) return;
    if (port.installationId === undefined) return setRun({ kind: 'failed', code: 'no-installation' });
    if (count === 0) return setRun({ kind: 'failed', code: 'nothing' });
    const controller = new AbortController();
    abort.current = controller;
    setRun({ kind: 'running', done: 0, total: 0 });
    try {
      const result = await learnFromTags({
        api,
        rows,
        signal: controller.signal,
        onProgress: (done, total) => setRun({ kind: 'running', done, total }),
      });
      if (result.used === 0) return setRun({ kind: 'failed', code: 'nothing' });
      await api.updateInstallationSettings(port.installationId, { [LEARNED_PROFILE_SETTING]: result.json });
      setRun({ kind: 'saved', profile: result.profile, used: result.used, skipped: result.skipped, bytes: result.json.length });
    } catch (error) {
      if (controller.signal.aborted) return setRun({ kind: 'idle' });
      setRun({ kind: 'failed', code: error instanceof ApiError && error.status === 403 ? 'forbidden' : 'unexpected' });
    }
  }

  return (
    <Section title={t('vc.learning.title')}>
      <StyledBody data-testid="learning-panel">
        <p>{t('vc.learning.explain')}</p>
        {filtered ? <p>{t('vc.learning.unfiltered')}</p> : null}
        <p role="status">
          {current?.builtAt
            ? t('vc.learning.lastRefreshed', { when: when(current.builtAt), count: current.from ?? 0 })
            : t('vc.learning.never')}
        </p>
        {current && values.length > 0 ? (
          <StyledCounts aria-label={t('vc.learning.perValue')}>
            {values.map((v) => (
              <li key={v.tag}>{t('vc.learning.valueCount', { name: v.name, count: learnedFrom.get(v.tag) ?? 0 })}</li>
            ))}
          </StyledCounts>
        ) : null}
        {current && values.length > 0 && !readiness.ready ? (
          <p>{t('vc.learning.notYetUsed', { needed: readiness.needed, tagged: readiness.tagged })}</p>
        ) : null}
        {current && untagged.length > 0 ? (
          <p>
            {t('vc.learning.untagged', {
              count: untagged.length,
              names: new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(untagged),
            })}
          </p>
        ) : null}
        {inRange > count ? <p>{t('vc.learning.capped', { total: new Intl.NumberFormat(i18n.locale).format(inRange), count })}</p> : null}
        {replacesMore ? <p>{t('vc.learning.replacesMore', { stored: stored?.from ?? 0, count })}</p> : null}
        {run.kind === 'running' ? (
          <div role="status">
            <Dots aria-label={t('vc.loading')} /> {t('vc.learning.reading', { done: run.done, total: run.total })}
          </div>
        ) : (
          <Button onClick={() => void start()} disabled={!isAdmin || rows === null || count === 0}>
            {t('vc.learning.refresh', { count })}
          </Button>
        )}
        {run.kind === 'running' ? <Button onClick={() => abort.current?.abort()}>{t('vc.learning.cancel')}</Button> : null}
        {!isAdmin ? <p>{t('vc.learning.adminOnly')}</p> : null}
        {run.kind === 'saved' ? (
          <Alert type="success" role="status">
            {t('vc.learning.saved', { count: run.used, kb: Math.max(1, Math.round(run.bytes / 1024)) })}
            {run.skipped > 0 ? ` ${t('vc.learning.skipped', { count: run.skipped })}` : ''}
          </Alert>
        ) : null}
        {run.kind === 'failed' ? (
          <Alert type="error" role="alert">
            {t(`vc.learning.error.${run.code}`)}
          </Alert>
        ) : null}
      </StyledBody>
    </Section>
  );
}
