import { useEffect, useState, type ReactNode } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import type { Catalogue, CatalogueValue } from '../../domain/catalogue/types';
import { useT } from '../../services/services';
import { Section } from '../../ui/section';
import { markPhrase, questionForTicket } from '../../domain/catalogue/ticket-question';
import { StyledLabel, StyledMark, StyledQuestion, StyledStatement, StyledValueList } from './styled';
import { ValueCard } from './value-card';

interface ICataloguePanelProps {
  catalogue: Catalogue;
  /** The value to open and mark first (the top suggestion), if any. */
  highlightedValueId?: string;
  /** Shown at the end of each open value card (the location mounts the value's wall notes here). */
  renderValueExtra?: (value: CatalogueValue) => ReactNode;
  /** The open ticket: picks its mission question (stable for the ticket, varying between tickets). */
  ticketId?: number;
}

/** Short catalogues open in full; long ones start collapsed so the sidebar stays scannable. */
const OPEN_ALL_UP_TO = 3;

export function CataloguePanel({ catalogue, highlightedValueId, renderValueExtra, ticketId }: ICataloguePanelProps) {
  const t = useT();
  const question = ticketId === undefined ? null : questionForTicket(catalogue.missionQuestions, ticketId);
  useEffect(() => {
    // Lets `npm run bench` read how long the values took to appear after the iframe started loading.
    performance.mark('vc:values-visible');
  }, []);

  // The user's own choices win; otherwise short catalogues and the suggested value start open.
  const [choices, setChoices] = useState<ReadonlyMap<string, boolean>>(new Map());
  const openByDefault = catalogue.values.length <= OPEN_ALL_UP_TO;
  const isOpen = (id: string) => choices.get(id) ?? (openByDefault || id === highlightedValueId);
  const allOpen = catalogue.values.every((v) => isOpen(v.id));

  const toggle = (id: string) => setChoices(new Map(choices).set(id, !isOpen(id)));
  const toggleAll = () => setChoices(new Map(catalogue.values.map((v) => [v.id, !allOpen])));

  return (
    <>
      <Section title={t('vc.catalogue.aboutTeam')}>
        {catalogue.mission ? (
          <>
            <StyledLabel>{t('vc.catalogue.mission')}</StyledLabel>
            <StyledStatement data-testid="mission">
              {markPhrase(catalogue.mission, question?.phrase ?? null).map((part, i) =>
                part.isPhrase ? <StyledMark key={i}>{part.text}</StyledMark> : <span key={i}>{part.text}</span>,
              )}
            </StyledStatement>
            {question ? (
              <StyledQuestion data-testid="mission-question">
                <StyledLabel>{t('vc.catalogue.missionQuestion')}</StyledLabel>
                {question.text}
              </StyledQuestion>
            ) : null}
          </>
        ) : null}
        {catalogue.vision ? (
          <>
            <StyledLabel>{t('vc.catalogue.vision')}</StyledLabel>
            <StyledStatement>{catalogue.vision}</StyledStatement>
          </>
        ) : null}
      </Section>
      <Section
        title={t('vc.catalogue.values', { count: catalogue.values.length })}
        actions={
          catalogue.values.length > 1 ? (
            <Button isBasic size="small" onClick={toggleAll}>
              {allOpen ? t('vc.catalogue.collapseAll') : t('vc.catalogue.expandAll')}
            </Button>
          ) : null
        }
      >
        <StyledValueList>
          {catalogue.values.map((value) => (
            <ValueCard
              key={value.id}
              value={value}
              isExpanded={isOpen(value.id)}
              isHighlighted={value.id === highlightedValueId}
              onToggle={toggle}
              extra={renderValueExtra?.(value)}
            />
          ))}
        </StyledValueList>
      </Section>
    </>
  );
}
