import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Textarea } from '@zendeskgarden/react-forms';
import type { CatalogueValue } from '../../domain/catalogue/types';
import { NOTE_MAX_LENGTH } from '../../domain/tagging/tag-event';
import { useServices } from '../../services/services';
import type { ReplyEvidence } from './reply-evidence';
import type { ReplyOption } from './reply-options';
import { ReplyCards } from './reply-cards';
import { StyledForm, StyledRow } from './styled';
import { ValueToggles } from './value-toggles';

export interface TagFormInput {
  valueTags: string[];
  replyId: number | null;
  note: string;
}

interface ITagFormProps {
  values: CatalogueValue[];
  /** Newest first; the panel shows no form when none may be tagged. */
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
  /** What a reply, read alone, seems to show; asked only for the picked reply. */
  evidenceOf?: (reply: ReplyOption) => ReplyEvidence[];
  /** The values already tagged on a reply, by name. */
  taggedValues?: (reply: ReplyOption) => string[];
}

const none = () => [];

/** Values to tag, the reply they refer to, and a note. Nothing is switched on: the human decides. */
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
  evidenceOf = none,
  taggedValues = none,
}: ITagFormProps) {
  const { i18n } = useServices();
  const t = i18n.t;
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
  // Only the picked reply is read for evidence, and only when it changes.
  const evidence = useMemo(() => (reply ? evidenceOf(reply) : []), [evidenceOf, reply]);
  const canSave = selected.length > 0 && !isSaving && !disabledReason && reply !== undefined && isReplyAllowed(reply);
  const label = isSaving
    ? t('vc.tagging.saving')
    : selected.length === 0
      ? t('vc.tagform.pickValue')
      : t('vc.tagform.tagValues', { count: selected.length });

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
      <ReplyCards
        replies={replies}
        pickedId={replyId}
        onPick={setChosenReplyId}
        blockedReason={(option) => (isReplyAllowed(option) ? undefined : t('vc.tagging.ownReply'))}
        taggedValues={taggedValues}
      />
      <ValueToggles values={values} selected={selected} onToggle={toggle} evidence={evidence} isDisabled={Boolean(disabledReason)} />
      <Field>
        <Field.Label>{t('vc.tagging.note')}</Field.Label>
        <Field.Hint>{t('vc.tagging.noteHint')}</Field.Hint>
        {/* Grows with what is typed, from one compact line (as tall as the small buttons around it). */}
        <Textarea isCompact value={note} maxLength={NOTE_MAX_LENGTH} minRows={1} maxRows={8} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <StyledRow>
        <Button type="submit" isPrimary size="small" disabled={!canSave}>
          {label}
        </Button>
      </StyledRow>
    </StyledForm>
  );
}
