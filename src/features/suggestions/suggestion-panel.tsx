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
  /** Told which value leads (null when none does), so the values list can fill its tag. */
  onTopValue?: (valueId: string | null) => void;
}

/**
 * Which value the ticket calls for, and why, as one focus card: while the customer waits for an
 * answer, what their messages call for; once an agent has answered, what that reply shows. With no
 * clear lead, one line says so instead of naming a value; a close second is one line too.
 */
export function SuggestionPanel({ catalogue, ticket, authorName, onTopValue }: ISuggestionPanelProps) {
  const t = useT();
  const { dismissed, dismiss, reset } = useDismissed(ticket.id);
  // What the team's tags taught (ADR 0026): read from the settings after the values show, then used as well.
  const learned = useLearnedProfile();
  const ranked = useMemo(
    () => rankValues(catalogue, ticket, { dismissed, mode: awaitsReply(ticket) ? 'situation' : 'reply', ...(learned ? { learned } : {}) }),
    [catalogue, ticket, dismissed, learned],
  );
  const byId = new Map(catalogue.values.map((v) => [v.id, v]));
  const model = useModelSuggestion(catalogue, ticket);
  const fromModel = model.kind === 'done' && model.outcome.kind === 'suggested' ? model.outcome.ranked : undefined;
  // The model's value leads (unless dismissed); the built-in ranking stays for runners-up and after "Hide this here".
  const live = [...(fromModel ? [fromModel] : []), ...ranked.filter((r) => r.valueId !== fromModel?.valueId)].filter(
    (r) => !dismissed.includes(r.valueId),
  );
  const top = live[0];
  const runnerUp = live[1] && isCloseRunnerUp(live) ? byId.get(live[1].valueId) : undefined;
  const leading = top && (top.band !== 'weak' || top === fromModel) ? top.valueId : null;
  useEffect(() => onTopValue?.(leading), [leading, onTopValue]);

  return (
    <Section title={t('vc.suggest.title')} isTitleHidden>
      {model.kind === 'off' ? null : <ModelNote state={model} />}
      {/* The built-in engine's weak lead is no lead; the model's unverified value is shown, marked as weak. */}
      {top && top.band === 'weak' && top !== fromModel ? (
        <StyledSubtle data-testid="no-clear-value">{t('vc.layout.nothingStandsOut')}</StyledSubtle>
      ) : top && byId.get(top.valueId) ? (
        <SuggestionCard
          // A model value with no verified quote is the lowest band a card shows ("Possible"): the
          // engine's "weak" means no lead at all, which is not what the model said.
          ranked={top === fromModel && top.band === 'weak' ? { ...top, band: 'moderate' } : top}
          value={byId.get(top.valueId)!}
          ticket={ticket}
          authorName={authorName}
          onDismiss={dismiss}
        />
      ) : (
        <StyledSubtle>{t('vc.suggest.allDismissed')}</StyledSubtle>
      )}
      {runnerUp ? (
        <StyledSubtle data-testid="also-relevant" data-value-id={runnerUp.id}>
          {t('vc.layout.alsoRelevant', { value: runnerUp.name })}
        </StyledSubtle>
      ) : null}
      {dismissed.length > 0 ? (
        <Button size="small" isLink onClick={reset}>
          {t('vc.suggest.undoDismiss', { count: dismissed.length })}
        </Button>
      ) : null}
    </Section>
  );
}
