import type { ReactNode } from 'react';
import type { CatalogueValue } from '../../domain/catalogue/types';
import { useT } from '../../services/services';
import { StyledDetail, StyledDetailName, StyledLabel } from './styled';

interface IValueDetailProps {
  value: CatalogueValue;
  /** The region's id, controlled by the value's tag. */
  id: string;
  /** Extra content at the end (the value's wall notes). */
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

/** A value opened from its tag: what it means, its prompts and questions (each once), its wall. */
export function ValueDetail({ value, id, extra }: IValueDetailProps) {
  const t = useT();
  return (
    <StyledDetail id={id} role="region" aria-label={value.name} data-testid="value-detail" data-value-id={value.id}>
      <StyledDetailName>{value.name}</StyledDetailName>
      {value.description ? <p>{value.description}</p> : null}
      <LabelledList label={t('vc.catalogue.prompts')} items={value.prompts} />
      <LabelledList label={t('vc.catalogue.questions')} items={value.questions} />
      {extra}
    </StyledDetail>
  );
}
