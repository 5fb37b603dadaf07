import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import type { ShownNote } from '../../domain/wall/pending';
import { useServices } from '../../services/services';
import { NoteComposer } from './note-composer';
import { StyledMeta, StyledNote, StyledNoteBody, StyledNoteList } from './styled';
import type { NoteInputResult } from './use-wall-writer';

interface INoteItemProps {
  note: ShownNote;
  /** The reader wrote it: they may edit and delete it. */
  isOwn: boolean;
  /** The reader is a lead or an admin: they may hide and feature it. */
  canModerate: boolean;
  onEdit: (note: ShownNote, text: string) => NoteInputResult;
  onDelete: (note: ShownNote) => void;
  onModerate: (note: ShownNote, change: { hidden?: boolean; featured?: boolean }) => void;
  onRetry: (noteId: string) => void;
  onDiscard: (noteId: string) => void;
}

/** One note: its text exactly as written (never as markup), who and when, and what the reader may do with it. */
export function NoteItem({ note, isOwn, canModerate, onEdit, onDelete, onModerate, onRetry, onDiscard }: INoteItemProps) {
  const { i18n, port } = useServices();
  const t = i18n.t;
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const when = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium' }).format(new Date(note.writtenAt));
  const error = note.pending?.error ?? null;

  return (
    <StyledNote $isHidden={note.hidden} $isPending={note.pending !== null} data-testid="wall-note" data-note-id={note.id}>
      {editing ? (
        <NoteComposer
          initialText={note.body}
          label={t('vc.wall.editLabel')}
          submitLabel={t('vc.wall.save')}
          onSubmit={(text) => {
            const result = onEdit(note, text);
            if (result.ok) setEditing(false);
            return result;
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <StyledNoteBody dir="auto">{note.body}</StyledNoteBody>
      )}
      <StyledMeta>
        <span>{t('vc.wall.byOn', { name: note.authorName || t('vc.wall.someone'), date: when })}</span>
        {note.ticketId !== null ? (
          <Button isLink size="small" onClick={() => port.openTicket(note.ticketId ?? 0)}>
            {t('vc.wall.ticket', { id: note.ticketId })}
          </Button>
        ) : null}
        {note.featured ? <span>{t('vc.wall.featured')}</span> : null}
        {note.hidden ? <span>{t('vc.wall.hiddenBy', { name: note.hiddenByName ?? t('vc.wall.someone') })}</span> : null}
        {note.pending ? <span role="status">{error ? t(`vc.wall.error.${error}`) : t('vc.wall.sending')}</span> : null}
      </StyledMeta>
      {!editing ? (
        <StyledMeta>
          {error ? (
            <>
              <Button size="small" isBasic onClick={() => onRetry(note.id)}>
                {t('vc.tryAgain')}
              </Button>
              <Button size="small" isBasic isDanger onClick={() => onDiscard(note.id)}>
                {t('vc.wall.discard')}
              </Button>
            </>
          ) : null}
          {isOwn ? (
            <>
              <Button size="small" isBasic onClick={() => setEditing(true)}>
                {t('vc.wall.edit')}
              </Button>
              {confirming ? (
                <>
                  <Button size="small" isDanger onClick={() => onDelete(note)}>
                    {t('vc.wall.confirmDelete')}
                  </Button>
                  <Button size="small" isBasic onClick={() => setConfirming(false)}>
                    {t('vc.wall.cancel')}
                  </Button>
                </>
              ) : (
                <Button size="small" isBasic isDanger onClick={() => setConfirming(true)}>
                  {t('vc.wall.delete')}
                </Button>
              )}
            </>
          ) : null}
          {canModerate && note.recordId ? (
            <>
              <Button size="small" isBasic onClick={() => onModerate(note, { hidden: !note.hidden })}>
                {note.hidden ? t('vc.wall.unhide') : t('vc.wall.hide')}
              </Button>
              <Button size="small" isBasic aria-pressed={note.featured} onClick={() => onModerate(note, { featured: !note.featured })}>
                {t('vc.wall.feature')}
              </Button>
            </>
          ) : null}
        </StyledMeta>
      ) : null}
    </StyledNote>
  );
}

interface INoteListProps {
  notes: readonly ShownNote[];
  /** The reader's user id: their own notes may be edited and deleted. */
  readerId: number;
  canModerate: boolean;
  writer: Pick<INoteItemProps, 'onEdit' | 'onDelete' | 'onModerate' | 'onRetry' | 'onDiscard'>;
  'aria-label'?: string;
}

/** A value's notes, each with what this reader may do with it (the sidebar's wall and the leads page's Wall tab). */
export function NoteList({ notes, readerId, canModerate, writer, 'aria-label': label }: INoteListProps) {
  return (
    <StyledNoteList aria-label={label}>
      {notes.map((note) => (
        <NoteItem key={note.id} note={note} isOwn={note.authorId === readerId} canModerate={canModerate} {...writer} />
      ))}
    </StyledNoteList>
  );
}
