import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Tag } from '@zendeskgarden/react-tags';
import type { Catalogue, CatalogueValue } from '../../domain/catalogue/types';
import { useT } from '../../services/services';
import { VisuallyHidden } from '../../ui/visually-hidden';
import { StyledTagRow } from './styled';
import { ValueDetail } from './value-detail';

interface IValueTagsProps {
  catalogue: Catalogue;
  /** The value the ticket calls for, filled among the others. */
  suggestedValueId?: string;
  /** Shown at the end of the open value (the location mounts the value's wall notes here). */
  renderValueExtra?: (value: CatalogueValue) => ReactNode;
}

/**
 * The team's values as Garden tags, the suggested one filled. A tag is a toggle: it opens the
 * value's description, prompts and question below the row (one value at a time).
 */
export function ValueTags({ catalogue, suggestedValueId, renderValueExtra }: IValueTagsProps) {
  const t = useT();
  const detailId = useId();
  const [openId, setOpenId] = useState<string | null>(null);
  const open = catalogue.values.find((v) => v.id === openId);
  const toggle = (id: string) => setOpenId(openId === id ? null : id);
  const onKeyDown = (event: KeyboardEvent, id: string) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    toggle(id);
  };
  return (
    <>
      <StyledTagRow aria-label={t('vc.catalogue.values', { count: catalogue.values.length })}>
        {catalogue.values.map((value) => {
          const isSuggested = value.id === suggestedValueId;
          const isOpen = value.id === openId;
          return (
            <li key={value.id}>
              <Tag
                role="button"
                tabIndex={0}
                size="medium"
                hue={isSuggested ? 'primaryHue' : undefined}
                aria-expanded={isOpen}
                aria-controls={isOpen ? detailId : undefined}
                data-value-id={value.id}
                data-suggested={isSuggested || undefined}
                onClick={() => toggle(value.id)}
                onKeyDown={(event) => onKeyDown(event, value.id)}
              >
                {value.name}
                {isSuggested ? <VisuallyHidden>{` (${t('vc.layout.suggestedMark')})`}</VisuallyHidden> : null}
              </Tag>
            </li>
          );
        })}
      </StyledTagRow>
      {open ? <ValueDetail id={detailId} value={open} extra={renderValueExtra?.(open)} /> : null}
    </>
  );
}
