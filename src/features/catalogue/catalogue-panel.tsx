import { useEffect, type ReactNode } from 'react';
import type { Catalogue, CatalogueValue } from '../../domain/catalogue/types';
import { useT } from '../../services/services';
import { Section } from '../../ui/section';
import { AboutTeam } from './about-team';
import { ValueTags } from './value-tags';

interface ICataloguePanelProps {
  catalogue: Catalogue;
  /** The value the ticket calls for (the top suggestion), filled among the tags. */
  highlightedValueId?: string;
  /** Shown at the end of the open value (the location mounts the value's wall notes here). */
  renderValueExtra?: (value: CatalogueValue) => ReactNode;
  /** The open ticket: picks its mission question (stable for the ticket, varying between tickets). */
  ticketId?: number;
}

/** The team's values as tags (one opens inline), then mission and vision behind "About our team". */
export function CataloguePanel({ catalogue, highlightedValueId, renderValueExtra, ticketId }: ICataloguePanelProps) {
  const t = useT();
  useEffect(() => {
    // Lets `npm run bench` read how long the values took to appear after the iframe started loading.
    performance.mark('vc:values-visible');
  }, []);
  return (
    <Section title={t('vc.catalogue.values', { count: catalogue.values.length })}>
      <ValueTags catalogue={catalogue} suggestedValueId={highlightedValueId} renderValueExtra={renderValueExtra} />
      <AboutTeam catalogue={catalogue} ticketId={ticketId} />
    </Section>
  );
}
