import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Checkbox, Field, Select, Textarea } from '@zendeskgarden/react-forms';
import type { CatalogueValue } from '../../domain/catalogue/types';
import { NOTE_MAX_LENGTH } from '../../domain/tagging/tag-event';
import { useServices } from '../../services/services';
import type { ReplyOption } from './reply-options';
import { StyledFieldset, StyledForm, StyledRow } from './styled';

export interface TagFormInput {
  valueTags: string[];
  replyId: number | null;
  note: string;
}

interface ITagFormProps {
  values: CatalogueValue[];
  replies: ReplyOption[];
  /** Replies the user may tag (e.g. not their own when that is off); others are listed but disabled. */
  isReplyAllowed: (reply: ReplyOption) => boolean;
  isSaving: boolean;
  onSubmit: (input: TagFormInput) => void;
  onReplyChange: (reply: ReplyOption | undefined) => void;
  /** Set after a save landed: the form clears; after a failure it keeps what the user typed. */
  resetKey: number;
  /** Why tagging cannot work right now (fields unusable); the form is shown disabled with it. */
  disabledReason?: string;
  /** Called the first time the user works with the form (the moment to check the fields, once). */
  onUse?: () => void;
}

/** Values to tag, the reply they refer to, and a note. Nothing is pre-selected: the human decides. */
export function TagForm({
  values,
  replies,
  isReplyAllowed,
  isSaving,
  onSubmit,
  onReplyChange,
  resetKey,
  disabledReason,
  onUse,
}: ITagFormProps) {
  const { i18n } = useServices();
  const t = i18n.t;
  const date = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'short', timeStyle: 'short' });
  // The latest reply the user may tag; else the latest reply, so the form can say why it cannot be tagged.
  const defaultReply = replies.find(isReplyAllowed) ?? replies[0];
  const [selected, setSelected] = useState<string[]>([]);
  // Only a reply the user picked is kept; until then the selection follows the latest reply, so a
  // reply that arrives after the sidebar opened is both shown and saved.
  const [chosenReplyId, setChosenReplyId] = useState<number | null | undefined>(undefined);
  const replyId =
    chosenReplyId !== undefined && replies.some((r) => r.commentId === chosenReplyId) ? chosenReplyId : (defaultReply?.commentId ?? null);
  const [note, setNote] = useState('');

  // A new resetKey (a save landed or was queued) clears the form, during render rather than in an effect.
  const [seenResetKey, setSeenResetKey] = useState(resetKey);
  if (seenResetKey !== resetKey) {
    setSeenResetKey(resetKey);
    setSelected([]);
    setNote('');
  }

  useEffect(() => {
    onReplyChange(replies.find((r) => r.commentId === replyId));
  }, [onReplyChange, replies, replyId]);

  const toggle = (tag: string) => setSelected((s) => (s.includes(tag) ? s.filter((x) => x !== tag) : [...s, tag]));
  const reply = replies.find((r) => r.commentId === replyId);
  const canSave = selected.length > 0 && !isSaving && !disabledReason && (!reply || isReplyAllowed(reply));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canSave) onSubmit({ valueTags: selected, replyId, note: note.trim() });
  };

  return (
    <StyledForm onSubmit={submit} onFocus={onUse} aria-label={t('vc.tagging.formLabel')}>
      {disabledReason ? (
        <p role="alert" data-testid="tagging-disabled">
          {disabledReason}
        </p>
      ) : null}
      <StyledFieldset>
        <legend>{t('vc.tagging.whichValues')}</legend>
        {values.map((value) => (
          <Field key={value.id}>
            <Checkbox checked={selected.includes(value.tag)} disabled={Boolean(disabledReason)} onChange={() => toggle(value.tag)}>
              <Field.Label isRegular>{value.name}</Field.Label>
            </Checkbox>
          </Field>
        ))}
      </StyledFieldset>
      <Field>
        <Field.Label>{t('vc.tagging.whichReply')}</Field.Label>
        {replies.length === 0 ? (
          <Field.Hint>{t('vc.tagging.noReplies')}</Field.Hint>
        ) : (
          <Select value={replyId ?? ''} onChange={(e) => setChosenReplyId(e.target.value === '' ? null : Number(e.target.value))}>
            {replies.map((option) => (
              <option key={option.commentId} value={option.commentId} disabled={!isReplyAllowed(option)}>
                {t('vc.tagging.replyOption', {
                  name: option.authorName,
                  when: date.format(new Date(option.createdAt)),
                  excerpt: option.excerpt,
                })}
              </option>
            ))}
          </Select>
        )}
        {reply && !isReplyAllowed(reply) ? <Field.Message validation="warning">{t('vc.tagging.ownReply')}</Field.Message> : null}
      </Field>
      <Field>
        <Field.Label>{t('vc.tagging.note')}</Field.Label>
        <Field.Hint>{t('vc.tagging.noteHint')}</Field.Hint>
        <Textarea value={note} maxLength={NOTE_MAX_LENGTH} minRows={2} maxRows={6} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <StyledRow>
        <Button type="submit" isPrimary size="small" disabled={!canSave}>
          {isSaving ? t('vc.tagging.saving') : t('vc.tagging.save')}
        </Button>
      </StyledRow>
    </StyledForm>
  );
}
