import styled from 'styled-components';
import { XL } from '@zendeskgarden/react-typography';
import { useT } from '../../app/services';

const StyledPage = styled.main`
  padding: ${({ theme }) => theme.space.base * 6}px;
`;

/** The leads' page. */
export default function NavBar() {
  const t = useT();
  return (
    <StyledPage>
      <XL tag="h1">{t('vc.leads.title')}</XL>
    </StyledPage>
  );
}
