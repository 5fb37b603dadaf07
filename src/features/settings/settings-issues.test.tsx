// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../domain/settings/parse-settings';
import { SettingsIssues } from './settings-issues';
import { renderWithServices } from '../../../test/support/render-app';

const BAD_CATALOGUE = { catalogue: 'Mission: M\nVision: V\nValue: A\nDescription: d\nValue:\nPrompts:\n- p', values_field_id: '1' };

describe('SettingsIssues', () => {
  it('gives an admin one line naming the setting and the line, with the rest and the fix one click away', async () => {
    renderWithServices(<SettingsIssues config={parseSettings({ ...BAD_CATALOGUE, values_field_id: 'abc' })} />, {
      user: { role: 'admin' },
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/Catalogue \(mission, vision and values\), line 5|"Values exemplified" field id/);
    expect(alert).not.toHaveTextContent('Admin Center');
    const more = screen.getByRole('button', { name: /more and how to fix/ });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.setup().click(more);
    expect(alert).toHaveTextContent('“abc” is not a ticket field id');
    expect(alert).toHaveTextContent('Catalogue (mission, vision and values), line 5');
    expect(alert).toHaveTextContent('Admin Center');
  });

  it('gives an agent one plain sentence instead of configuration errors (was a 250 px red box of setting names)', () => {
    renderWithServices(<SettingsIssues config={parseSettings(BAD_CATALOGUE)} />, { user: { role: 'agent' } });
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('Some of Values Coach is not set up yet');
    expect(notice).not.toHaveTextContent(/line \d|Catalogue \(/);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows nothing when the settings are fine', () => {
    const { container } = renderWithServices(<SettingsIssues config={parseSettings({ values_field_id: '1', record_field_id: '2' })} />, {
      user: { role: 'admin' },
    });
    expect(container).toBeEmptyDOMElement();
  });
});
