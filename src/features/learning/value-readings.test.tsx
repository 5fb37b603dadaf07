// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithServices } from '../../../test/support/render-app';
import { testCatalogue, testValue } from '../../../test/support/catalogues';
import { ValueReadings } from './value-readings-panel';

const catalogue = testCatalogue([
  testValue('own', 'Own the outcome', 'We follow up until it is solved and keep the customer updated.'),
  testValue('star', 'North Star', 'The way we work here.'),
  testValue('care', 'Care', 'The way we are.', { behaviours: ['acknowledge', 'reassure'] }),
]);

describe('ValueReadings (ADR 0158)', () => {
  it("shows, once opened, what each value is read to be about in the catalogue's behaviour names, and which the catalogue named", async () => {
    renderWithServices(<ValueReadings catalogue={catalogue} />, { user: { role: 'admin' } });
    expect(screen.queryByTestId('value-readings')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'How the suggestions read each value' }));
    const items = (await screen.findAllByRole('listitem')).map((li) => li.textContent);
    expect(items[0]).toMatch(/^Own the outcome: .*follow-up/);
    expect(items[1]).toBe('North Star: nothing yet: name its behaviours');
    expect(items[2]).toBe('Care: acknowledge, reassure (named in the catalogue)');
    expect(screen.getByText(/Behaviours:/)).toBeVisible();
    // Every name the line takes, with what a reply does for it.
    const names = screen.getByTestId('behaviour-names');
    expect(names.querySelectorAll('dt')).toHaveLength(23);
    expect(names.textContent).toContain('commit-timecommits to a time or date for the next step');
  });
});
