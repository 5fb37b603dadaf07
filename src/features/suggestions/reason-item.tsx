import type { Reason } from '../../domain/suggest/types';
import type { TicketSnapshot } from '../../domain/ticket';
import { useServices } from '../../services/services';
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

/** A Latin-script name by its first word ("Fatima"); other scripts in full (the first word of "佐藤 花" is the family name). */
export function shortName(name: string): string {
  const first = name.trim().split(/\s+/)[0] ?? name;
  return /^\p{Script=Latin}/u.test(first) ? first : name;
}

/** "Fatima · 11 Nov, 09:14": a message named the way the conversation shows it (Zendesk does not number comments). */
export function messageLabel(name: string, createdAt: string | undefined, locale: string): string {
  const time = createdAt === undefined ? null : new Date(createdAt);
  if (!time || Number.isNaN(time.getTime())) return name;
  const when = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(time);
  return `${name} · ${when}`;
}

/** One reason: a quoted phrase in its message (highlighted), or a cue such as urgent priority. */
export function ReasonItem({ reason, valueName, ticket, authorName }: IReasonItemProps) {
  const { i18n } = useServices();
  const t = i18n.t;
  if (reason.kind === 'cue') return <li>{t(`vc.suggest.cue.${reason.cue}`)}</li>;
  if (reason.kind === 'example') {
    const vars = { value: valueName(reason.valueId), ticket: reason.ticketId };
    // Before any reply, the likeness is between what the customers wrote (ADR 0119).
    if (reason.situation)
      return (
        <li>{reason.by ? t('vc.learning.situationExampleBy', { ...vars, name: reason.by }) : t('vc.suggest.situationExample', vars)}</li>
      );
    return <li>{reason.by ? t('vc.learning.exampleBy', { ...vars, name: reason.by }) : t('vc.suggest.example', vars)}</li>;
  }
  const comment = reason.commentIndex >= 0 ? ticket.comments[reason.commentIndex] : undefined;
  const source = reason.commentIndex < 0 ? ticket.subject : (comment?.body ?? '');
  const excerpt = excerptAround(source, reason.start, reason.end);
  const where =
    reason.commentIndex < 0
      ? t('vc.suggest.where.subject')
      : messageLabel(shortName(authorName(comment?.authorId)), comment?.createdAt, i18n.locale);
  return (
    <li>
      <StyledWhere>{where}</StyledWhere> “{excerpt.before}
      <StyledMark>{excerpt.match}</StyledMark>
      {excerpt.after}”
    </li>
  );
}
