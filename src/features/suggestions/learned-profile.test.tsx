// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithServices } from '../../../test/support/render-app';
import { DEFAULT_CATALOGUE } from '../../domain/catalogue/default-catalogue';
import { buildLearnedProfile, serializeLearnedProfile } from '../../domain/suggest/learned-profile';
import type { TicketSnapshot } from '../../domain/ticket';
import { SuggestionPanel } from './suggestion-panel';

const value = DEFAULT_CATALOGUE.values[0]!;

function ticket(id: number, reply: string): TicketSnapshot {
  return {
    id,
    subject: 'Refund',
    description: '',
    priority: null,
    tags: [],
    comments: [
      { authorRole: 'end-user', public: true, body: 'I was charged twice for my order.' },
      { authorRole: 'agent', public: true, body: reply },
    ],
  };
}

const REPLY = 'I have refunded the second charge myself and I will check your account again on Friday to make sure it cleared.';

describe('the sidebar uses what the team’s tags taught (issue 12, item 3)', () => {
  it('reads the profile from the installation settings, with no request, and names the reply it resembles and who tagged it', async () => {
    const other = DEFAULT_CATALOGUE.values[1]!;
    const tagged = [
      ...[1301, 1302].map((id) => ({
        ticket: ticket(id, 'I understand how stressful this must be, and I am so sorry.'),
        tag: other.tag,
        by: 'Sam',
      })),
      ...[1234, 1235, 1236].map((id) => ({ ticket: ticket(id, REPLY), tag: value.tag, by: 'Priya Raman' })),
    ];
    const learned = serializeLearnedProfile(buildLearnedProfile(tagged));
    const { port } = renderWithServices(
      <SuggestionPanel catalogue={DEFAULT_CATALOGUE} ticket={ticket(2001, REPLY)} authorName={() => 'Jo'} />,
      { settings: { learned_profile: learned } },
    );
    const card = await screen.findByTestId('top-suggestion');
    expect(card.getAttribute('data-value-id')).toBe(value.id);
    expect(await within(card).findByText(`Like the reply Priya Raman tagged ${value.name} on #1234.`)).toBeTruthy();
    expect(port.sent).toEqual([]);
  });

  it('a malformed stored profile is no profile: the suggestion still shows, without an example reason', async () => {
    renderWithServices(<SuggestionPanel catalogue={DEFAULT_CATALOGUE} ticket={ticket(2001, REPLY)} authorName={() => 'Jo'} />, {
      settings: { learned_profile: '{"version":1,' },
    });
    const card = await screen.findByTestId('top-suggestion');
    expect(within(card).queryByText(/Like the reply/)).toBeNull();
  });
});
