import { useEffect, useMemo } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import type { Catalogue } from '../../domain/catalogue/types';
import { isCloseRunnerUp, rankValues } from '../../domain/suggest/rank-values';
import { awaitsReply } from '../../domain/suggest/ticket-reading';
import type { TicketSnapshot } from '../../domain/ticket';
import { useT } from '../../services/services';
import { Section } from '../../ui/section';
import { SuggestionCard } from './suggestion-card';
import { StyledSubtle } from './styled';
import { useDismissed } from './use-dismissed';
import { ModelNote } from './model-note';
import { useModelSuggestion } from './use-model-suggestion';
import { useLearnedProfile } from './use-learned-profile';

interface ISuggestionPanelProps {
  catalogue: Catalogue;
  ticket: TicketSnapshot;
  authorName: (authorId: number | undefined) => string;
  /** Reviewer mode: the comment index of the reply being tagged. */
  focusCommentIndex?: number;
  /** Told which value leads (null when none does), so the values list can open and mark it. */
  onTopValue?: (valueId: string | null) => void;
}

/**
 * Which value the ticket calls for, and why: while the customer waits for an answer, what their
 * messages call for; once an agent has answered, what that reply shows. With no clear lead, it says
 * so instead of naming a value. In reviewer mode, also what the chosen reply seems to show.
 */
export function SuggestionPanel({ catalogue, ticket, authorName, focusCommentIndex, onTopValue }: ISuggestionPanelProps) {
  const t = useT();
  const { dismissed, dismiss, reset } = useDismissed(ticket.id);
  // What the team's tags taught (ADR 0026): read from the settings after the values show, then used as well.
  const learned = useLearnedProfile();
  const ranked = useMemo(
    () => rankValues(catalogue, ticket, { dismissed, mode: awaitsReply(ticket) ? 'situation' : 'reply', ...(learned ? { learned } : {}) }),
    [catalogue, ticket, dismissed, learned],
  );
  const forReply = useMemo(
    () => (focusCommentIndex === undefined ? null : rankValues(catalogue, ticket, { focusCommentIndex, ...(learned ? { learned } : {}) })),
    [catalogue, ticket, focusCommentIndex, learned],
  );
  const byId = new Map(catalogue.values.map((v) => [v.id, v]));
  const model = useModelSuggestion(catalogue, ticket);
  const fromModel = model.kind === 'done' && model.outcome.kind === 'suggested' ? model.outcome.ranked : undefined;
  // The model's value leads (unless dismissed); the built-in ranking stays for runners-up and after "Not this one".
  const live = [...(fromModel ? [fromModel] : []), ...ranked.filter((r) => r.valueId !== fromModel?.valueId)].filter(
    (r) => !dismissed.includes(r.valueId),
  );
  const top = live[0];
  const runnerUp = live[1] && isCloseRunnerUp(live) ? live[1] : undefined;
  const replyTop = forReply?.[0];
  const leading = top && (top.band !== 'weak' || top === fromModel) ? top.valueId : null;
  useEffect(() => onTopValue?.(leading), [leading, onTopValue]);

  return (
    <Section title={t('vc.suggest.title')}>
      {model.kind === 'off' ? null : <ModelNote state={model} />}
      {/* The built-in engine's weak lead is no lead; the model's unverified value is shown, marked as weak. */}
      {top && top.band === 'weak' && top !== fromModel ? (
        <StyledSubtle data-testid="no-clear-value">{t('vc.suggest.noClearValue')}</StyledSubtle>
      ) : top && byId.get(top.valueId) ? (
        <SuggestionCard
          // A model value with no verified quote is the lowest band a card shows ("Possible"): the
          // engine's "weak" means no lead at all, which is not what the model said.
          ranked={top === fromModel && top.band === 'weak' ? { ...top, band: 'moderate' } : top}
          value={byId.get(top.valueId)!}
          ticket={ticket}
          authorName={authorName}
          isPrimary
          hasPrompts
          onDismiss={dismiss}
        />
      ) : (
        <StyledSubtle>{t('vc.suggest.allDismissed')}</StyledSubtle>
      )}
      {runnerUp && byId.get(runnerUp.valueId) ? (
        <>
          <StyledSubtle>{t('vc.suggest.runnerUp')}</StyledSubtle>
          <SuggestionCard
            ranked={runnerUp}
            value={byId.get(runnerUp.valueId)!}
            ticket={ticket}
            authorName={authorName}
            isPrimary={false}
            hasPrompts={false}
            onDismiss={dismiss}
          />
        </>
      ) : null}
      {dismissed.length > 0 ? (
        <Button size="small" isLink onClick={reset}>
          {t('vc.suggest.undoDismiss', { count: dismissed.length })}
        </Button>
      ) : null}
      {replyTop && byId.get(replyTop.valueId) ? (
        <>
          <StyledSubtle>{t('vc.suggest.replySeems')}</StyledSubtle>
          <SuggestionCard
            ranked={replyTop}
            value={byId.get(replyTop.valueId)!}
            ticket={ticket}
            authorName={authorName}
            isPrimary={false}
            hasPrompts={false}
          />
        </>
      ) : null}
    </Section>
  );
}
