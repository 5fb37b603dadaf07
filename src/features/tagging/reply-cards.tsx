import { useId, useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Radio } from '@zendeskgarden/react-forms';
import { useServices } from '../../services/services';
import { replyTime } from './note-text';
import type { ReplyOption } from './reply-options';
import { StyledCardLine, StyledCardTags, StyledCards, StyledExcerpt, StyledFieldset, StyledReplyCard } from './styled';

/** How many of the latest replies show before "show all": a reviewer usually tags one of them. */
export const CARDS_SHOWN = 3;

interface IReplyCardsProps {
  /** Newest first. */
  replies: ReplyOption[];
  pickedId: number | null;
  onPick: (commentId: number) => void;
  /** Why a reply cannot be tagged (the reviewer's own reply); undefined when it can. */
  blockedReason: (reply: ReplyOption) => string | undefined;
  /** The values already tagged on a reply, by name. */
  taggedValues: (reply: ReplyOption) => string[];
  isDisabled?: boolean;
}

/**
 * The replies a tag can refer to as a group of radio cards (author, time, excerpt, existing tags):
 * native radios, so arrow keys move between them and assistive technology announces a radio group.
 */
export function ReplyCards({ replies, pickedId, onPick, blockedReason, taggedValues, isDisabled }: IReplyCardsProps) {
  const { i18n } = useServices();
  const t = i18n.t;
  const name = useId();
  const legendId = useId();
  const [isShowingAll, setShowingAll] = useState(false);
  const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
  const pickedIndex = replies.findIndex((r) => r.commentId === pickedId);
  // With one reply, the list of the ticket's tags above already says what is on it.
  const sayTags = replies.length > 1;
  // The picked reply stays visible when the list folds back.
  const shown = isShowingAll
    ? replies
    : replies.filter((_, index) => index < CARDS_SHOWN || (index === pickedIndex && pickedIndex >= CARDS_SHOWN));
  return (
    <>
      <StyledFieldset role="radiogroup" aria-labelledby={legendId}>
        <legend id={legendId}>{t('vc.tagging.whichReply')}</legend>
        <StyledCards>
          {shown.map((reply) => {
            const reason = blockedReason(reply);
            const tagged = sayTags ? taggedValues(reply) : [];
            const isPicked = reply.commentId === pickedId;
            return (
              <StyledReplyCard key={reply.commentId} $isPicked={isPicked} $isDisabled={reason !== undefined}>
                <Field>
                  <Radio
                    name={name}
                    value={reply.commentId}
                    checked={isPicked}
                    disabled={isDisabled || reason !== undefined}
                    onChange={() => onPick(reply.commentId)}
                  >
                    <Field.Label isRegular>
                      <StyledCardLine>
                        <strong>{reply.authorName}</strong>
                        <span>· {replyTime(reply.createdAt, i18n.locale) ?? reply.createdAt}</span>
                      </StyledCardLine>
                      <StyledExcerpt>{reply.excerpt}</StyledExcerpt>
                      {tagged.length > 0 ? (
                        <StyledCardTags>{t('vc.tagform.replyTagged', { values: list.format(tagged) })}</StyledCardTags>
                      ) : null}
                    </Field.Label>
                    {reason ? <Field.Hint>{reason}</Field.Hint> : null}
                  </Radio>
                </Field>
              </StyledReplyCard>
            );
          })}
        </StyledCards>
      </StyledFieldset>
      {replies.length > CARDS_SHOWN ? (
        <div>
          <Button size="small" isLink aria-expanded={isShowingAll} onClick={() => setShowingAll((all) => !all)}>
            {isShowingAll ? t('vc.tagform.showFewer') : t('vc.tagform.showAll', { count: replies.length })}
          </Button>
        </div>
      ) : null}
    </>
  );
}
