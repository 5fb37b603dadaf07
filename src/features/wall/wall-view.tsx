import { useMemo, useState } from 'react';
import { Alert } from '@zendeskgarden/react-notifications';
import { Button } from '@zendeskgarden/react-buttons';
import { Checkbox, Field, Select } from '@zendeskgarden/react-forms';
import { Dots } from '@zendeskgarden/react-loaders';
import { MD } from '@zendeskgarden/react-typography';
import { ApiError } from '../../adapters/zendesk-api/api-error';
import type { Catalogue } from '../../domain/catalogue/types';
import type { AppSettings } from '../../domain/settings/app-settings';
import { applyPending, type ShownNote } from '../../domain/wall/pending';
import { canModerate } from '../../domain/wall/wall-permissions';
import { recentMonths, type WallQuery } from '../../domain/wall/wall-query';
import { useServices } from '../../services/services';
import { NoteList } from './note-item';
import { StyledColumn, StyledColumns, StyledToolbar } from './styled';
import { useWallNotes } from './use-wall-notes';
import { useWallWriter } from './use-wall-writer';
import { WallSetup } from './wall-setup';

interface IWallViewProps {
  catalogue: Catalogue;
  settings: Pick<AppSettings, 'taggerRoles' | 'taggerGroupIds'>;
  /** Today, for the month list (injected so tests and the workspace agree on it). */
  now?: Date;
}

/** The Wall on the leads' page: every value's notes side by side, newest first, by value and month, a page at a time. */
export function WallView({ catalogue, settings, now = new Date() }: IWallViewProps) {
  const { i18n, user } = useServices();
  const t = i18n.t;
  const me = { id: user.id, role: user.role, groupIds: user.groups.map((g) => g.id) };
  const moderator = canModerate(me, settings);
  const [query, setQuery] = useState<WallQuery>({ valueTag: null, month: null, includeHidden: false });
  const wall = useWallNotes(query);
  const writer = useWallWriter(wall.onLanded);
  const months = useMemo(() => recentMonths(now, 12), [now]);
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(i18n.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

  const state = wall.state;
  const loaded =
    state.status === 'ready' || (state.status === 'failed' && state.data) ? (state.status === 'ready' ? state.data : state.data) : null;
  const shown = loaded ? applyPending(loaded.notes, writer.entries, wall.belongs) : [];
  const columns = catalogue.values.filter((v) => query.valueTag === null || v.tag === query.valueTag);
  const byValue = new Map<string, ShownNote[]>();
  for (const note of shown) byValue.set(note.valueTag, [...(byValue.get(note.valueTag) ?? []), note]);
  const notSetUp = state.status === 'failed' && state.error instanceof ApiError && state.error.kind === 'not-found';

  return (
    <section aria-labelledby="wall-title" data-testid="wall-view">
      <MD tag="h2" isBold id="wall-title">
        {t('vc.wall.view.title')}
      </MD>
      <StyledToolbar>
        <Field>
          <Field.Label>{t('vc.wall.view.value')}</Field.Label>
          <Select value={query.valueTag ?? ''} onChange={(e) => setQuery({ ...query, valueTag: e.target.value || null })}>
            <option value="">{t('vc.wall.view.allValues')}</option>
            {catalogue.values.map((v) => (
              <option key={v.id} value={v.tag}>
                {v.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field>
          <Field.Label>{t('vc.wall.view.month')}</Field.Label>
          <Select value={query.month ?? ''} onChange={(e) => setQuery({ ...query, month: e.target.value || null })}>
            <option value="">{t('vc.wall.view.allMonths')}</option>
            {months.map((m) => (
              <option key={m} value={m}>
                {monthName(m)}
              </option>
            ))}
          </Select>
        </Field>
        {moderator ? (
          <Field>
            <Checkbox checked={query.includeHidden} onChange={() => setQuery({ ...query, includeHidden: !query.includeHidden })}>
              <Field.Label isRegular>{t('vc.wall.view.showHidden')}</Field.Label>
            </Checkbox>
          </Field>
        ) : null}
      </StyledToolbar>
      {writer.entries.length > 0 ? <p role="status">{t('vc.wall.pendingCount', { count: writer.entries.length })}</p> : null}
      {writer.corrupt ? (
        <Alert type="warning" role="status">
          {t('vc.wall.corrupt')}
        </Alert>
      ) : null}
      {state.status === 'loading' ? <Dots aria-label={t('vc.loading')} /> : null}
      {notSetUp ? <WallSetup onDone={wall.reload} /> : null}
      {state.status === 'failed' && !notSetUp ? (
        <Alert type="error" role="alert">
          {t('vc.wall.loadFailed')}{' '}
          <Button size="small" isLink onClick={wall.reload}>
            {t('vc.tryAgain')}
          </Button>
        </Alert>
      ) : null}
      {loaded ? (
        <>
          {shown.length === 0 ? <p>{t('vc.wall.view.empty')}</p> : null}
          <StyledColumns>
            {columns.map((value) => {
              const notes = byValue.get(value.tag) ?? [];
              return (
                <StyledColumn key={value.id} aria-label={t('vc.wall.notesOn', { value: value.name })} data-testid="wall-column">
                  <MD tag="h3" isBold>
                    {value.name} <span>({t('vc.wall.noteCount', { count: notes.length })})</span>
                  </MD>
                  {notes.length === 0 ? <p>{t('vc.wall.view.emptyColumn')}</p> : null}
                  <NoteList notes={notes} readerId={user.id} canModerate={moderator} writer={writer.noteActions} />
                </StyledColumn>
              );
            })}
          </StyledColumns>
          <p role="status" data-testid="wall-shown">
            {t('vc.wall.view.shown', { count: shown.length })} {loaded.next ? '' : t('vc.wall.view.allShown')}
          </p>
          {loaded.next ? (
            <Button disabled={wall.more.busy} onClick={() => void wall.loadMore()} data-testid="wall-load-more">
              {wall.more.busy ? t('vc.loading') : t('vc.wall.view.loadMore')}
            </Button>
          ) : null}
          {wall.more.error ? (
            <Alert type="error" role="alert">
              {t('vc.wall.loadFailed')}
            </Alert>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
