import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { useServices } from '../../services/services';
import type { Recognition } from './recognition-model';

const StyledCard = styled.div`
  margin-bottom: ${({ theme }) => theme.space.base * 2}px;
  border-inline-start: ${({ theme }) => `${theme.borderWidths.md} solid ${getColor({ theme, variable: 'border.successEmphasis' })}`};
  border-radius: ${({ theme }) => theme.borderRadii.sm};
  background: ${({ theme }) => getColor({ theme, variable: 'background.success' })};
  padding: ${({ theme }) => `${theme.space.base * 2}px ${theme.space.base * 3}px`};
  line-height: ${({ theme }) => theme.lineHeights.md};
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.default' })};

  & > p {
    margin: 0;
  }
`;

const StyledQuote = styled.p`
  margin-top: ${({ theme }) => theme.space.base}px !important;
  color: ${({ theme }) => getColor({ theme, variable: 'foreground.subtle' })};
`;

const SLOT = '\u0000';

/** "Your reply of 29 Oct was tagged *Learn out loud* by Sam Okafor:" and the note (or the reply) it quotes. */
export function RecognitionCard({ recognition }: { recognition: Recognition }) {
  const { i18n } = useServices();
  const t = i18n.t;
  const values = new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(recognition.values);
  const by = recognition.taggerName ?? t('vc.recognition.aReviewer');
  const when = recognition.replyAt ? new Date(recognition.replyAt) : null;
  const sentence =
    when && !Number.isNaN(when.getTime())
      ? t('vc.recognition.taggedOn', {
          date: new Intl.DateTimeFormat(i18n.locale, { day: 'numeric', month: 'short' }).format(when),
          values: SLOT,
          name: by,
        })
      : t('vc.recognition.tagged', { values: SLOT, name: by });
  const [before, after] = sentence.split(SLOT);
  return (
    <StyledCard data-testid="recognition" data-reply-id={recognition.replyId}>
      <p>
        {before}
        <em>{values}</em>
        {after}
      </p>
      <StyledQuote>“{recognition.quote}”</StyledQuote>
    </StyledCard>
  );
}
