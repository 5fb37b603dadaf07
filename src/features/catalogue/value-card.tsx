import { useId, type ReactNode } from 'react';
import type { CatalogueValue } from '../../domain/catalogue/types';
import { useT } from '../../services/services';
import { StyledChevron, StyledDisclosure, StyledLabel, StyledValueBody, StyledValueItem } from './styled';

interface IValueCardProps {
  value: CatalogueValue;
  isExpanded: boolean;
  /** Marks the value the suggestion engine ranked first. */
  isHighlighted?: boolean;
  onToggle: (valueId: string) => void;
  /** Extra content at the end of the open card (the value's wall notes). */
  extra?: ReactNode;
}

function LabelledList({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <StyledLabel>{label}</StyledLabel>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** One value as a disclosure: the name is a button that shows or hides its coaching. */
export function ValueCard({ value, isExpanded, isHighlighted = false, onToggle, extra }: IValueCardProps) {
  const t = useT();
  const bodyId = useId();
  return (
    <StyledValueItem $isHighlighted={isHighlighted} data-value-id={value.id}>
      <StyledDisclosure type="button" aria-expanded={isExpanded} aria-controls={bodyId} onClick={() => onToggle(value.id)}>
        <span>{value.name}</span>
        <StyledChevron $isExpanded={isExpanded} aria-hidden="true">
          ▾
        </StyledChevron>
      </StyledDisclosure>
      <StyledValueBody id={bodyId} hidden={!isExpanded}>
        {value.description ? <p>{value.description}</p> : null}
        <LabelledList label={t('vc.catalogue.prompts')} items={value.prompts} />
        <LabelledList label={t('vc.catalogue.questions')} items={value.questions} />
        {extra}
      </StyledValueBody>
    </StyledValueItem>
  );
}
