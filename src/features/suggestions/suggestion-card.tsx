import { Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import type { CatalogueValue } from '../../domain/catalogue/types';
import type { RankedValue } from '../../domain/suggest/types';
import type { TicketSnapshot } from '../../domain/ticket';
import { useT } from '../../services/services';
import { ReasonItem } from './reason-item';
import {
  StyledCard,
  StyledCardHeader,
  StyledLabel,
  StyledPrompts,
  StyledQuestion,
  StyledReasons,
  StyledSubtle,
  StyledValueName,
} from './styled';

const BAND_HUE = { strong: 'green', moderate: 'blue', weak: 'grey' } as const;
/** The "why" line and at most one more quote: the card has to fit the sidebar's first screen. */
const MAX_REASONS = 2;
const MAX_PROMPTS = 2;

interface ISuggestionCardProps {
  ranked: RankedValue;
  value: CatalogueValue;
  ticket: TicketSnapshot;
  authorName: (authorId: number | undefined) => string;
  onDismiss?: (valueId: string) => void;
}

/** The focus card: the value, why (one line, at most one more quote), two prompts and its question. */
export function SuggestionCard({ ranked, value, ticket, authorName, onDismiss }: ISuggestionCardProps) {
  const t = useT();
  const reasons = ranked.reasons.slice(0, MAX_REASONS);
  const question = value.questions[0];
  return (
    <StyledCard data-testid="top-suggestion" data-value-id={value.id}>
      <StyledCardHeader>
        <StyledValueName>{value.name}</StyledValueName>
        <Tag hue={BAND_HUE[ranked.band]} size="small">
          {t(`vc.suggest.band.${ranked.band}`)}
        </Tag>
      </StyledCardHeader>
      {reasons.length > 0 ? (
        <StyledReasons aria-label={t('vc.suggest.reasonsFor', { value: value.name })}>
          {reasons.map((reason, index) => (
            <ReasonItem key={index} reason={reason} valueName={() => value.name} ticket={ticket} authorName={authorName} />
          ))}
        </StyledReasons>
      ) : (
        <StyledSubtle>{t('vc.suggest.noReasons')}</StyledSubtle>
      )}
      {value.prompts.length > 0 ? (
        <StyledPrompts aria-label={t('vc.catalogue.prompts')}>
          {value.prompts.slice(0, MAX_PROMPTS).map((prompt, index) => (
            <li key={index}>{prompt}</li>
          ))}
        </StyledPrompts>
      ) : null}
      {question ? (
        <StyledQuestion>
          <StyledLabel>{t('vc.catalogue.questions')}</StyledLabel> {question}
        </StyledQuestion>
      ) : null}
      {onDismiss ? (
        <Button size="small" isLink onClick={() => onDismiss(value.id)}>
          {t('vc.layout.hideHere')}
        </Button>
      ) : null}
    </StyledCard>
  );
}
