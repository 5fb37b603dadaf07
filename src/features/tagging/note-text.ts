import type { Catalogue } from '../../domain/catalogue/types';
import { APP_NOTE_MARKER } from '../../domain/suggest/app-note';
import { privateNoteFor, type NoteReply } from '../../domain/tagging/private-note';
import type { TagChange } from '../../domain/tagging/tag-change';
import type { Translator } from '../../i18n/translator';

/** "16 Nov, 14:55" in the tagger's language: how the agent interface shows a comment's time. */
export function replyTime(at: string, locale: string): string | null {
  const time = new Date(at);
  if (Number.isNaN(time.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(time);
}

/**
 * The internal note a tag adds when the setting asks for one, in the tagger's language and the way
 * people talk ("tagged Jordan's reply of 16 Nov 14:55 as Own the outcome"): no comment ids, which no
 * agent can find; the record field keeps the reply's id for the leads page. It starts with a marker
 * so the suggestion engine never reads the app's own notes as evidence.
 */
export function noteText(
  change: TagChange,
  catalogue: Catalogue,
  taggerName: string,
  i18n: Translator,
  reply?: Partial<NoteReply>,
): string {
  const note = privateNoteFor(change, catalogue, reply);
  const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
  const values = list.format(note.values.map((v) => v.name ?? v.tag));
  if (note.op === 'remove') return `${APP_NOTE_MARKER} ${i18n.t('vc.tagging.noteRemoved', { name: taggerName, values })}`;
  const when = note.reply?.createdAt ? replyTime(note.reply.createdAt, i18n.locale) : null;
  const author = note.reply?.authorName;
  const sentence =
    note.replyId === null
      ? i18n.t('vc.tagging.noteAdded', { name: taggerName, values })
      : author && when
        ? i18n.t('vc.tagging.noteAddedReply', { name: taggerName, values, author, when })
        : i18n.t('vc.tagform.noteAddedAReply', { name: taggerName, values });
  const lines = [APP_NOTE_MARKER, sentence];
  if (note.note) lines.push(i18n.t('vc.tagging.noteWhy', { note: note.note }));
  return lines.join('\n');
}
