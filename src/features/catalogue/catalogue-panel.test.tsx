// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CataloguePanel } from './catalogue-panel';
import { DEFAULT_CATALOGUE } from '../../domain/catalogue/default-catalogue';
import { parseSettings } from '../../domain/settings/parse-settings';
import { SettingsIssues } from '../settings/settings-issues';
import { renderWithServices } from '../../../test/support/render-app';

describe('CataloguePanel', () => {
  it('shows one mission question per ticket with its phrase highlighted in the mission, the same on every visit', () => {
    const first = renderWithServices(<CataloguePanel catalogue={DEFAULT_CATALOGUE} ticketId={1002} />);
    const question = screen.getByTestId('mission-question').textContent;
    const marked = screen.getByTestId('mission').querySelector('mark')?.textContent;
    const picked = DEFAULT_CATALOGUE.missionQuestions.find((q) => question?.endsWith(q.text));
    expect(picked).toBeDefined();
    expect(marked).toBe(picked?.phrase);
    expect(screen.getByTestId('mission')).toHaveTextContent(DEFAULT_CATALOGUE.mission);
    first.unmount();
    renderWithServices(<CataloguePanel catalogue={DEFAULT_CATALOGUE} ticketId={1002} />);
    expect(screen.getByTestId('mission-question').textContent).toBe(question);
  });

  it('shows the mission, the vision and every value, long catalogues collapsed', () => {
    renderWithServices(<CataloguePanel catalogue={DEFAULT_CATALOGUE} />);
    expect(screen.getByText(DEFAULT_CATALOGUE.mission)).toBeVisible();
    expect(screen.getByText(DEFAULT_CATALOGUE.vision)).toBeVisible();
    for (const value of DEFAULT_CATALOGUE.values) {
      expect(screen.getByRole('button', { name: value.name })).toHaveAttribute('aria-expanded', 'false');
    }
  });

  it('opens a value with the keyboard to show its description, prompts and questions', async () => {
    const user = userEvent.setup();
    renderWithServices(<CataloguePanel catalogue={DEFAULT_CATALOGUE} />);
    const value = DEFAULT_CATALOGUE.values[1]!;
    const toggle = screen.getByRole('button', { name: value.name });
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(within(body).getByText(value.description)).toBeVisible();
    expect(within(body).getByText(value.prompts[0]!)).toBeVisible();
    expect(within(body).getByText(value.questions[0]!)).toBeVisible();
  });

  it('expands and collapses everything at once', async () => {
    const user = userEvent.setup();
    renderWithServices(<CataloguePanel catalogue={DEFAULT_CATALOGUE} />);
    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(screen.getAllByRole('button', { expanded: true })).toHaveLength(DEFAULT_CATALOGUE.values.length);
    await user.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(screen.queryAllByRole('button', { expanded: true })).toHaveLength(0);
  });
});

describe('SettingsIssues', () => {
  it('names the setting and the line of each catalogue problem', () => {
    const config = parseSettings({
      catalogue: 'Mission: M\nVision: V\nValue: A\nDescription: d\nValue:\nPrompts:\n- p',
      values_field_id: '1',
    });
    renderWithServices(<SettingsIssues config={config} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Catalogue (mission, vision and values), line 5');
    expect(alert).toHaveTextContent('Ask a Zendesk admin');
  });

  it('tells admins where to fix a bad field id', () => {
    const config = parseSettings({ values_field_id: 'abc' });
    renderWithServices(<SettingsIssues config={config} />, { user: { role: 'admin' } });
    expect(screen.getByRole('alert')).toHaveTextContent('"Values exemplified" field id: “abc” is not a ticket field id');
    expect(screen.getByRole('alert')).toHaveTextContent('Admin Center');
  });

  it('shows nothing when the settings are fine', () => {
    const { container } = renderWithServices(<SettingsIssues config={parseSettings({ values_field_id: '1', record_field_id: '2' })} />);
    expect(container).toBeEmptyDOMElement();
  });
});
