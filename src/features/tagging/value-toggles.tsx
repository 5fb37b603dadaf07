import { useId } from 'react';
import { ToggleButton } from '@zendeskgarden/react-buttons';
import type { CatalogueValue } from '../../domain/catalogue/types';
import { useT } from '../../services/services';
import type { ReplyEvidence } from './reply-evidence';
import { StyledEvidence, StyledFieldset, StyledToggles } from './styled';

interface IValueTogglesProps {
  values: CatalogueValue[];
  /** Tags of the values switched on. */
  selected: string[];
  onToggle: (tag: string) => void;
  /** What the picked reply seems to show, each backed by a quote from that reply. */
  evidence: ReplyEvidence[];
  isDisabled?: boolean;
}

/**
 * The team's values as toggle buttons (aria-pressed): the ones the picked reply seems to show are
 * outlined and described by their quote; nothing is switched on for the reviewer.
 */
export function ValueToggles({ values, selected, onToggle, evidence, isDisabled }: IValueTogglesProps) {
  const t = useT();
  const legendId = useId();
  const evidenceId = useId();
  const byId = new Map(values.map((v) => [v.id, v]));
  const shown = evidence.filter((e) => byId.has(e.valueId));
  return (
    <StyledFieldset aria-labelledby={legendId}>
      <legend id={legendId}>{t('vc.tagging.whichValues')}</legend>
      <StyledToggles>
        {values.map((value) => {
          const isOn = selected.includes(value.tag);
          const isSuggested = shown.some((e) => e.valueId === value.id);
          return (
            <ToggleButton
              key={value.id}
              type="button"
              size="small"
              isPressed={isOn}
              isPrimary={isOn}
              // Outlined when the reply seems to show it; the others stay quiet until chosen.
              isBasic={!isOn && !isSuggested}
              disabled={isDisabled}
              data-suggested={isSuggested}
              aria-describedby={isSuggested ? `${evidenceId}-${value.id}` : undefined}
              onClick={() => onToggle(value.tag)}
            >
              {value.name}
            </ToggleButton>
          );
        })}
      </StyledToggles>
      {shown.map((item) => (
        <StyledEvidence
          key={item.valueId}
          id={`${evidenceId}-${item.valueId}`}
          data-testid="reply-evidence"
          data-value-name={byId.get(item.valueId)!.name}
        >
          {t('vc.tagform.seemsToShow', { value: byId.get(item.valueId)!.name })} <q>{item.quote}</q>
        </StyledEvidence>
      ))}
    </StyledFieldset>
  );
}
