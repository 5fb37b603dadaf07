// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithServices } from '../../../test/support/render-app';
import { COMPOSURE_VALUES, testCatalogue } from '../../../test/support/catalogues';
import type { TicketSnapshot } from '../../domain/ticket';
import { SuggestionPanel } from './suggestion-panel';

const catalogue = { ...testCatalogue(COMPOSURE_VALUES), mission: 'Keep players playing.', vision: 'Every player feels respected.' };

const waiting = (tags: string[]): TicketSnapshot => ({
  id: 3001,
  subject: 'Suspended',
  description: '',
  priority: null,
  tags,
  comments: [{ authorRole: 'end-user', public: true, body: 'My account was suspended this morning and I would like to know why.' }],
});

describe("the sidebar reads Zendesk's intelligent triage sentiment from the ticket's tags (ADR 0126)", () => {
  it('before a reply, names the triage as the reason composure is called for, with no request', async () => {
    const { port } = renderWithServices(
      <SuggestionPanel catalogue={catalogue} ticket={waiting(['sentiment__very_negative'])} authorName={() => 'Jo'} />,
    );
    const card = await screen.findByTestId('top-suggestion');
    expect(card.getAttribute('data-value-id')).toBe('respect');
    expect(await within(card).findByText("Negative first message, says Zendesk's intelligent triage.")).toBeTruthy();
    expect(port.sent).toEqual([]);
  });

  it('says nothing of the kind on an account without intelligent triage', async () => {
    renderWithServices(<SuggestionPanel catalogue={catalogue} ticket={waiting([])} authorName={() => 'Jo'} />);
    // Nothing else in the message is quotable for a value, so no value is named (ADR 0135), and triage is not mentioned.
    expect(await screen.findByTestId('no-clear-value')).toBeVisible();
    expect(screen.queryByText(/intelligent triage/)).toBeNull();
  });
});
