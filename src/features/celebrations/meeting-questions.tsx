import { MD } from '@zendeskgarden/react-typography';
import type { Catalogue, ReflectiveQuestion } from '../../domain/catalogue/types';
import { useT } from '../../services/services';

function QuestionList({ title, questions }: { title: string; questions: ReflectiveQuestion[] }) {
  const t = useT();
  if (questions.length === 0) return null;
  return (
    <>
      <MD tag="h4" isBold>
        {title}
      </MD>
      <ol>
        {questions.map((q, i) => (
          <li key={i}>
            {q.phrase ? <strong>{t('vc.celebrations.aboutPhrase', { phrase: q.phrase })} </strong> : null}
            {q.text}
          </li>
        ))}
      </ol>
    </>
  );
}

/** Every question on the mission and the vision, for the team meeting (and the printed handout). */
export function MeetingQuestions({ catalogue }: { catalogue: Catalogue }) {
  const t = useT();
  if (catalogue.missionQuestions.length === 0 && catalogue.visionQuestions.length === 0) return null;
  return (
    <section aria-labelledby="meeting-questions" data-testid="meeting-questions">
      <MD tag="h3" isBold id="meeting-questions">
        {t('vc.celebrations.questions')}
      </MD>
      <QuestionList title={t('vc.celebrations.missionQuestions')} questions={catalogue.missionQuestions} />
      <QuestionList title={t('vc.celebrations.visionQuestions')} questions={catalogue.visionQuestions} />
    </section>
  );
}
