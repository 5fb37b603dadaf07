// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CataloguePanel } from './catalogue-panel';
import { DEFAULT_CATALOGUE } from '../../domain/catalogue/default-catalogue';
import { renderWithServices } from '../../../test/support/render-app';

const tag = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}`) });

describe('CataloguePanel', () => {
  it('shows every value as a closed tag and keeps mission and vision behind a closed "About our team"', () => {
    renderWithServices(<CataloguePanel catalogue={DEFAULT_CATALOGUE} ticketId={1002} />);
    for (const value of DEFAULT_CATALOGUE.values) expect(tag(value.name)).toHaveAttribute('aria-expanded', 'false');
    const about = screen.getByRole('button', { name: 'About our team' });
    expect(about).toHaveAttribute('aria-expanded', 'false');
    expect(about).not.toHaveTextContent('▾');
    expect(screen.queryByText(DEFAULT_CATALOGUE.mission)).toBeNull();
    expect(screen.queryByTestId('value-detail')).toBeNull();
  });

  it('fills the suggested value’s tag and names it for screen readers', () => {
    const suggested = DEFAULT_CATALOGUE.values[2]!;
    renderWithServices(<CataloguePanel catalogue={DEFAULT_CATALOGUE} highlightedValueId={suggested.id} />);
    expect(tag(suggested.name)).toHaveAttribute('data-suggested', 'true');
    expect(tag(suggested.name)).toHaveAccessibleName(new RegExp(`^${suggested.name} ?\\(what this ticket calls for\\)$`));
    expect(document.querySelectorAll('[data-suggested]')).toHaveLength(1);
  });

  it('opens a value from the keyboard: its description, prompts and questions, each once; one value at a time', async () => {
    const user = userEvent.setup();
    renderWithServices(<CataloguePanel catalogue={DEFAULT_CATALOGUE} />);
    const value = DEFAULT_CATALOGUE.values[1]!;
    tag(value.name).focus();
    await user.keyboard('{Enter}');
    expect(tag(value.name)).toHaveAttribute('aria-expanded', 'true');
    const detail = document.getElementById(tag(value.name).getAttribute('aria-controls')!)!;
    expect(within(detail).getByText(value.description)).toBeVisible();
    expect(within(detail).getAllByText(value.prompts[0]!)).toHaveLength(1);
    expect(within(detail).getByText(value.questions[0]!)).toBeVisible();
    const other = DEFAULT_CATALOGUE.values[3]!;
    tag(other.name).focus();
    await user.keyboard(' ');
    expect(tag(value.name)).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getAllByTestId('value-detail')).toHaveLength(1);
    await user.keyboard(' ');
    expect(screen.queryByTestId('value-detail')).toBeNull();
  });

  it('shows one mission question per ticket with its phrase highlighted in the mission, the same on every visit', async () => {
    const user = userEvent.setup();
    const first = renderWithServices(<CataloguePanel catalogue={DEFAULT_CATALOGUE} ticketId={1002} />);
    await user.click(screen.getByRole('button', { name: 'About our team' }));
    const question = screen.getByTestId('mission-question').textContent;
    const marked = screen.getByTestId('mission').querySelector('mark')?.textContent;
    const picked = DEFAULT_CATALOGUE.missionQuestions.find((q) => question?.endsWith(q.text));
    expect(picked).toBeDefined();
    expect(marked).toBe(picked?.phrase);
    expect(screen.getByTestId('mission')).toHaveTextContent(DEFAULT_CATALOGUE.mission);
    expect(screen.getByText(DEFAULT_CATALOGUE.vision)).toBeVisible();
    first.unmount();
    renderWithServices(<CataloguePanel catalogue={DEFAULT_CATALOGUE} ticketId={1002} />);
    await user.click(screen.getByRole('button', { name: 'About our team' }));
    expect(screen.getByTestId('mission-question').textContent).toBe(question);
  });
});
