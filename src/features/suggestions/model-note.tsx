import type { ModelSuggestionState } from './use-model-suggestion';
import { providerHost } from '../../domain/settings/model-settings';
import { useT } from '../../services/services';
import { StyledSubtle } from './styled';

interface IModelNoteProps {
  state: Exclude<ModelSuggestionState, { kind: 'off' }>;
}

/**
 * What the language model did for this ticket, in words: who suggested, what was sent where (and
 * whether masked), quotes left out, or why the built-in engine's suggestion is shown instead.
 */
export function ModelNote({ state }: IModelNoteProps) {
  const t = useT();
  const { settings } = state;
  const model = settings.model;
  const sent = t(settings.masking ? 'vc.model.sentMasked' : 'vc.model.sentUnmasked', { host: providerHost(settings) });
  if (state.kind === 'hidden') return null;
  if (state.kind === 'asking') {
    return (
      <div data-testid="model-note" role="status">
        <StyledSubtle>{t('vc.model.asking', { model })}</StyledSubtle>
        <StyledSubtle>{sent}</StyledSubtle>
      </div>
    );
  }
  const { outcome } = state;
  if (outcome.kind === 'fallback') {
    return (
      <div data-testid="model-note" data-fallback={outcome.reason} role="status">
        <StyledSubtle>{t(`vc.model.fallback.${outcome.reason}`, { model, cap: settings.dailyCap })}</StyledSubtle>
      </div>
    );
  }
  return (
    <div data-testid="model-note" role="status">
      <StyledSubtle>
        <strong>{t('vc.model.suggestedBy', { model: outcome.model })}</strong>
      </StyledSubtle>
      {outcome.ranked.reasons.length === 0 ? <StyledSubtle>{t('vc.model.noVerifiedReasons')}</StyledSubtle> : null}
      {outcome.droppedReasons > 0 ? <StyledSubtle>{t('vc.model.dropped', { count: outcome.droppedReasons })}</StyledSubtle> : null}
      <StyledSubtle>{sent}</StyledSubtle>
    </div>
  );
}
