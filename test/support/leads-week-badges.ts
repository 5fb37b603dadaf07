// Shared by the leads page's component tests (src/locations/nav-bar/nav-bar.test.tsx, nav-bar-verify.test.tsx).
import { fireEvent, screen, within } from '@testing-library/react';

/**
 * The badges of the newest week that has any, from the leads page's week card: the range's last week,
 * else the first earlier week its picker offers (the weekly board those weeks were on is gone, issue 13).
 */
export function newestBadges(): string {
  const card = screen.getByTestId('this-week');
  if (within(card).queryAllByTestId('week-badge').length === 0) {
    const picker = within(card).getByRole<HTMLSelectElement>('combobox', { name: 'Week' });
    fireEvent.change(picker, { target: { value: picker.options[1]!.value } });
  }
  return within(screen.getByTestId('this-week'))
    .getAllByTestId('week-badge')
    .map((b) => b.textContent)
    .join(' | ');
}
