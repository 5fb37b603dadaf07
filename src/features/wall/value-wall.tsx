import { useCallback, useId, useState } from 'react';
import { Alert } from '@zendeskgarden/react-notifications';
import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { ApiError } from '../../adapters/zendesk-api/api-error';
import type { CatalogueValue } from '../../domain/catalogue/types';
import type { AppSettings } from '../../domain/settings/app-settings';
import { applyPending } from '../../domain/wall/pending';
import { canModerate, canWrite } from '../../domain/wall/wall-permissions';
import { useRecordsApi } from '../../services/records-api';
import { useServices } from '../../services/services';
import { useAsync } from '../../ui/use-async';
import { foldLanded, loadNotesPage, NOTES_PAGE_SIZE } from './load-notes';
import { NoteComposer } from './note-composer';
import { NoteList } from './note-item';
import { useWallWriter } from './use-wall-writer';
import type { Landed } from './wall-writer';

interface IValueWallProps {
  value: CatalogueValue;
  /** The ticket the agent is on: a new note may link to it. */
  ticketId: number | null;
  settings: Pick<AppSettings, 'taggerRoles' | 'taggerGroupIds'>;
}

/** How many of the latest notes the value card shows before "show all". */
const LATEST = 3;

/**
 * The wall inside a value card. Nothing is requested until the agent opens it (a plain ticket view
 * costs no request); opening costs one search for the value's latest hundred notes.
 */
export function ValueWall({ value, ticketId, settings }: IValueWallProps) {
  const { i18n, user } = useServices();
  const t = i18n.t;
  const api = useRecordsApi();
  const [open, setOpen] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const bodyId = useId();
  const belongs = useCallback((n: { valueTag: string; hidden: boolean }) => n.valueTag === value.tag && !n.hidden, [value.tag]);
  const notes = useAsync(
    () => loadNotesPage(api, { valueTag: value.tag, month: null, includeHidden: false }, null),
    open ? [api, value.tag] : null,
  );
  const { update } = notes;
  const onLanded = useCallback(
    ({ noteId, record }: Landed) => update((page) => ({ ...page, notes: foldLanded(page.notes, noteId, record, belongs) })),
    [update, belongs],
  );
  const writer = useWallWriter(onLanded);
  const me = { id: user.id, role: user.role, groupIds: user.groups.map((g) => g.id) };
  const moderator = canModerate(me, settings);
  const state = notes.state;
  const loaded = state.status === 'ready' ? state.data : null;
  const shown = loaded ? applyPending(loaded.notes, writer.entries, belongs) : [];
  const visible = showAll ? shown : shown.slice(0, LATEST);
  const countText = loaded
    ? loaded.next
      ? t('vc.wall.countMore', { count: NOTES_PAGE_SIZE })
      : t('vc.wall.noteCount', { count: shown.length })
    : null;

  return (
    <div data-testid="value-wall">
      <Button size="small" isBasic aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
        {open && countText ? t('vc.wall.toggleWithCount', { count: countText }) : t('vc.wall.toggle')}
      </Button>
      <div id={bodyId} hidden={!open}>
        {open && state.status === 'loading' ? <Dots aria-label={t('vc.loading')} /> : null}
        {state.status === 'failed' ? (
          <Alert type="warning" role="alert">
            {state.error instanceof ApiError && state.error.kind === 'not-found' ? t('vc.wall.notSetUp') : t('vc.wall.loadFailed')}{' '}
            <Button size="small" isLink onClick={notes.reload}>
              {t('vc.tryAgain')}
            </Button>
          </Alert>
        ) : null}
        {loaded ? (
          <>
            {shown.length === 0 ? <p>{t('vc.wall.emptyValue')}</p> : null}
            <NoteList
              aria-label={t('vc.wall.notesOn', { value: value.name })}
              notes={visible}
              readerId={user.id}
              canModerate={moderator}
              writer={writer.noteActions}
            />
            {shown.length > LATEST ? (
              <Button size="small" isLink onClick={() => setShowAll(!showAll)}>
                {showAll ? t('vc.wall.showLatest') : t('vc.wall.showAll', { count: shown.length })}
              </Button>
            ) : null}
          </>
        ) : null}
        {open && canWrite(me) ? (
          <NoteComposer
            label={t('vc.wall.addLabel', { value: value.name })}
            submitLabel={t('vc.wall.add')}
            ticketId={ticketId}
            onSubmit={(text, link) => writer.add(value.tag, text, link ? ticketId : null)}
          />
        ) : null}
      </div>
    </div>
  );
}
