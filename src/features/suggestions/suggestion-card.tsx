import { Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import type { CatalogueValue } from '../../domain/catalogue/types';
import type { RankedValue } from '../../domain/suggest/types';
import type { TicketSnapshot } from '../../domain/ticket';
import { useT } from '../../services/services';
import { ReasonItem } from './reason-item';
import { StyledCard, StyledCardHeader, StyledPrompts, StyledReasons, StyledSubtle, StyledValueName } from './styled';

const BAND_HUE = { strong: 'green', moderate: 'blue', weak: 'grey' } as const;
const MAX_REASONS = 5;

interface ISuggestionCardProps {
  ranked: RankedValue;
  value: CatalogueValue;
  ticket: TicketSnapshot;
  authorName: (authorId: number | undefined) => string;
  isPrimary: boolean;
  /** Shows the value's coaching prompts (the top suggestion does; a runner-up keeps it short). */
  hasPrompts: boolean;
  onDismiss?: (valueId: string) => void;
}

export function SuggestionCard({ ranked, value, ticket, authorName, isPrimary, hasPrompts, onDismiss }: ISuggestionCardProps) {
  const t = useT();
  const reasons = ranked.reasons.slice(0, MAX_REASONS);
  return (
    <StyledCard $isPrimary={isPrimary} data-testid={isPrimary ? 'top-suggestion' : 'runner-up'} data-value-id={value.id}>
      <StyledCardHeader>
        <StyledValueName>{value.name}</StyledValueName>
        {isPrimary ? (
          <Tag hue={BAND_HUE[ranked.band]} size="small">
            {t(`vc.suggest.band.${ranked.band}`)}
          </Tag>
        ) : null}
      </StyledCardHeader>
      {reasons.length > 0 ? (
        <>
          <StyledSubtle>{t('vc.suggest.because')}</StyledSubtle>
          <StyledReasons aria-label={t('vc.suggest.reasonsFor', { value: value.name })}>
            {reasons.map((reason, index) => (
              <ReasonItem key={index} reason={reason} valueName={() => value.name} ticket={ticket} authorName={authorName} />
            ))}
          </StyledReasons>
        </>
      ) : (
        <StyledSubtle>{t('vc.suggest.noReasons')}</StyledSubtle>
      )}
      {hasPrompts && value.prompts.length > 0 ? (
        <>
          <StyledSubtle>{t('vc.catalogue.prompts')}</StyledSubtle>
          <StyledPrompts>
            {value.prompts.slice(0, 3).map((prompt, index) => (
              <li key={index}>{prompt}</li>
            ))}
          </StyledPrompts>
        </>
      ) : null}
      {onDismiss ? (
        <Button size="small" isBasic onClick={() => onDismiss(value.id)}>
          {t('vc.suggest.notThisOne')}
        </Button>
      ) : null}
    </StyledCard>
  );
}
