// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithServices } from '../../../test/support/render-app';
import { DEFAULT_CATALOGUE } from '../../domain/catalogue/default-catalogue';
import { buildLearnedProfile, serializeLearnedProfile } from '../../domain/suggest/learned-profile';
import type { TicketSnapshot } from '../../domain/ticket';
import { SuggestionPanel } from './suggestion-panel';
import { enoughTags } from '../../../test/support/tags';

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
    const learned = serializeLearnedProfile(buildLearnedProfile(enoughTags(tagged, DEFAULT_CATALOGUE.values.length)));
    const { port } = renderWithServices(
      <SuggestionPanel catalogue={DEFAULT_CATALOGUE} ticket={ticket(2001, REPLY)} authorName={() => 'Jo'} />,
      { settings: { learned_profile: learned } },
    );
    const card = await screen.findByTestId('top-suggestion');
    expect(card.getAttribute('data-value-id')).toBe(value.id);
    expect(await within(card).findByText(`Like the reply Priya Raman tagged ${value.name} on #1234.`)).toBeTruthy();
    expect(port.sent).toEqual([]);
  });

  it('before anyone replied, names the tagged ticket whose customer wrote much the same, and who tagged its reply (ADR 0119)', async () => {
    const other = DEFAULT_CATALOGUE.values[1]!;
    const asked = (id: number, message: string, tag: string, by: string) => ({
      ticket: {
        ...ticket(id, 'Done, all sorted now. Thanks for writing in.'),
        comments: [
          { authorRole: 'end-user' as const, public: true, body: message },
          { authorRole: 'agent' as const, public: true, body: 'Done, all sorted now. Thanks for writing in.' },
        ],
      },
      tag,
      by,
    });
    const tagged = [
      // A parcel gone missing: own the outcome. (Until ADR 0166 this was an account taken over; since the situation prior
      // reads what other teams' values meant, two tags of that situation no longer outweigh it on this catalogue, which has
      // no value about security: ADR 0166 records it.)
      asked(1401, 'My parcel never arrived and nobody can tell me where it is.', value.tag, 'Priya Raman'),
      asked(1402, 'The delivery is two weeks late and the tracking has not moved.', value.tag, 'Priya Raman'),
      asked(1403, 'The VAT number on my invoice is wrong.', other.tag, 'Sam'),
      asked(1404, 'Please correct the invoice: wrong VAT number.', other.tag, 'Sam'),
    ];
    const learned = serializeLearnedProfile(buildLearnedProfile(enoughTags(tagged, DEFAULT_CATALOGUE.values.length)));
    const waiting: TicketSnapshot = {
      ...ticket(2002, ''),
      comments: [{ authorRole: 'end-user', public: true, body: 'Where is my parcel? It never arrived and the tracking has not moved.' }],
    };
    const { port } = renderWithServices(<SuggestionPanel catalogue={DEFAULT_CATALOGUE} ticket={waiting} authorName={() => 'Jo'} />, {
      settings: { learned_profile: learned },
    });
    const card = await screen.findByTestId('top-suggestion');
    expect(await within(card).findByText(/^Like the customer on #140[12], whose reply Priya Raman tagged /)).toBeTruthy();
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
