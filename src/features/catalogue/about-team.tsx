import type { Catalogue } from '../../domain/catalogue/types';
import { markPhrase, questionForTicket } from '../../domain/catalogue/ticket-question';
import { useT } from '../../services/services';
import { Disclosure } from '../../ui/disclosure';
import { StyledLabel, StyledMark, StyledQuestion, StyledStatement } from './styled';

interface IAboutTeamProps {
  catalogue: Catalogue;
  /** The open ticket: picks its mission question (stable for the ticket, varying between tickets). */
  ticketId?: number;
}

/** Mission, vision and the ticket's mission question, behind a closed "About our team". */
export function AboutTeam({ catalogue, ticketId }: IAboutTeamProps) {
  const t = useT();
  if (!catalogue.mission && !catalogue.vision) return null;
  const question = ticketId === undefined ? null : questionForTicket(catalogue.missionQuestions, ticketId);
  return (
    <Disclosure label={t('vc.layout.aboutTeam')}>
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
    </Disclosure>
  );
}
