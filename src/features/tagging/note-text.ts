import type { Catalogue } from '../../domain/catalogue/types';
import { APP_NOTE_MARKER } from '../../domain/suggest/app-note';
import { privateNoteFor } from '../../domain/tagging/private-note';
import type { TagChange } from '../../domain/tagging/tag-change';
import type { Translator } from '../../i18n/translator';

/**
 * The internal note a tag adds when the setting asks for one, in the tagger's language. It starts
 * with a marker so the suggestion engine never reads the app's own notes as evidence.
 */
export function noteText(change: TagChange, catalogue: Catalogue, taggerName: string, i18n: Translator): string {
  const note = privateNoteFor(change, catalogue);
  const values = note.values.map((v) => v.name ?? v.tag).join(', ');
  if (note.op === 'remove') return `${APP_NOTE_MARKER} ${i18n.t('vc.tagging.noteRemoved', { name: taggerName, values })}`;
  const lines = [
    APP_NOTE_MARKER,
    note.replyId === null
      ? i18n.t('vc.tagging.noteAdded', { name: taggerName, values })
      : i18n.t('vc.tagging.noteAddedReply', { name: taggerName, values, reply: note.replyId }),
  ];
  if (note.note) lines.push(i18n.t('vc.tagging.noteWhy', { note: note.note }));
  return lines.join('\n');
}
