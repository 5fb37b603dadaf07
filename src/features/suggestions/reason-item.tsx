import type { Reason } from '../../domain/suggest/types';
import type { TicketSnapshot } from '../../domain/ticket';
import { useT } from '../../services/services';
import { excerptAround } from './excerpt';
import { StyledMark, StyledWhere } from './styled';

interface IReasonItemProps {
  reason: Reason;
  /** The name of the value a learned example was tagged with. */
  valueName: (valueId: string) => string;
  ticket: TicketSnapshot;
  /** Names of comment authors by user id, to say whose message a phrase came from. */
  authorName: (authorId: number | undefined) => string;
}

/** One reason: a quoted phrase in its message (highlighted), or a cue such as urgent priority. */
export function ReasonItem({ reason, valueName, ticket, authorName }: IReasonItemProps) {
  const t = useT();
  if (reason.kind === 'cue') return <li>{t(`vc.suggest.cue.${reason.cue}`)}</li>;
  if (reason.kind === 'example')
    return (
      <li>
        {reason.by
          ? t('vc.learning.exampleBy', { name: reason.by, value: valueName(reason.valueId), ticket: reason.ticketId })
          : t('vc.suggest.example', { value: valueName(reason.valueId), ticket: reason.ticketId })}
      </li>
    );
  const comment = reason.commentIndex >= 0 ? ticket.comments[reason.commentIndex] : undefined;
  const source = reason.commentIndex < 0 ? ticket.subject : (comment?.body ?? '');
  const excerpt = excerptAround(source, reason.start, reason.end);
  const where =
    reason.commentIndex < 0
      ? t('vc.suggest.where.subject')
      : comment?.authorRole === 'end-user'
        ? t('vc.suggest.where.customer', { n: reason.commentIndex + 1, name: authorName(comment.authorId) })
        : t('vc.suggest.where.agent', { n: reason.commentIndex + 1, name: authorName(comment?.authorId) });
  return (
    <li>
      <StyledWhere>{where}</StyledWhere>“{excerpt.before}
      <StyledMark>{excerpt.match}</StyledMark>
      {excerpt.after}”
    </li>
  );
}
