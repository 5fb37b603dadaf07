import { createGlobalStyle } from 'styled-components';

/**
 * Printing the leads' page prints the celebration only (the handout for the meeting, via the
 * browser's Save as PDF): navigation, filters and buttons are left out, and cards do not split.
 */
export const CelebrationPrintStyle = createGlobalStyle`
  @media print {
    @page {
      margin: 16mm;
    }

    body * {
      visibility: hidden;
    }

    [data-print='celebration'],
    [data-print='celebration'] * {
      visibility: visible;
    }

    [data-print='celebration'] {
      position: absolute;
      inset: 0 auto auto 0;
      width: 100%;
    }

    [data-print='celebration'] [data-print-hide] {
      display: none;
    }

    [data-print='celebration'] article {
      break-inside: avoid;
    }
  }
`;
