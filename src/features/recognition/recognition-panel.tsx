import { useMemo } from 'react';
import type { Catalogue } from '../../domain/catalogue/types';
import type { TicketSnapshot } from '../../domain/ticket';
import { useServices } from '../../services/services';
import { Section } from '../../ui/section';
import { RecognitionCard } from './recognition-card';
import { recognitionsFor } from './recognition-model';

interface IRecognitionPanelProps {
  catalogue: Catalogue;
  ticket: TicketSnapshot;
  /** The tag record field: who tagged which reply. Without it there is no one to recognise. */
  recordFieldId: number | null;
}

/** The signed-in person's replies on this ticket that someone tagged, first thing they see. */
export function RecognitionPanel({ catalogue, ticket, recordFieldId }: IRecognitionPanelProps) {
  const { user, i18n } = useServices();
  const recognitions = useMemo(
    () => recognitionsFor(ticket, user.id, recordFieldId, catalogue),
    [ticket, user.id, recordFieldId, catalogue],
  );
  if (recognitions.length === 0) return null;
  return (
    <Section title={i18n.t('vc.recognition.title')}>
      {recognitions.map((recognition) => (
        <RecognitionCard key={`${recognition.replyId}:${recognition.taggedAt}`} recognition={recognition} />
      ))}
    </Section>
  );
}
