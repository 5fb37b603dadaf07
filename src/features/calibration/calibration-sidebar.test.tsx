// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import fixture from '../../../test/fixtures/world.json';
import { useZendesk } from '../../../test/mocks/node-testing';
import type { World } from '../../../test/mocks/world';
import { createNodePort } from '../../../test/support/node-port';
import { renderWithServices } from '../../../test/support/render-app';
import { createMemoryStore } from '../../adapters/storage/local-store';
import { createCustomObjectRecordsApi } from '../../adapters/zendesk-api/custom-object-records';
import { PENDING_STORAGE_KEY, writePendingCache } from '../../domain/calibration/pending';
import { ANSWER_OBJECT } from '../../domain/calibration/records';
import type { Round } from '../../domain/calibration/round';
import { createCalibrationStore } from './calibration-store';
import { CalibrationSidebar } from './calibration-sidebar';

const zd = useZendesk();
const PRIYA = { id: 361001, name: 'Priya Raman' };

const round: Round = {
  id: 'vc-round-1',
  title: 'November',
  createdBy: 361010,
  createdAt: '2026-12-01T08:00:00Z',
  status: 'open',
  closedAt: null,
  reviewerIds: [361001, 361002],
  values: [
    { tag: 'vc_own_the_outcome', name: 'Own the outcome' },
    { tag: 'vc_lead_with_empathy', name: 'Lead with empathy' },
  ],
  items: [
    { key: '1002:1', ticketId: 1002, commentId: 1, subject: 'Refund', excerpt: 'I have refunded the charge.', authorId: 361002 },
    { key: '1003:2', ticketId: 1003, commentId: 2, subject: 'Login', excerpt: 'Try this link.', authorId: 361003 },
  ],
};

/** The account with the calibration objects and one open round (created by the lead, an admin). */
async function account() {
  const store = zd.start(structuredClone(fixture) as unknown as World);
  store.setCurrentUserId(361010);
  const calibration = createCalibrationStore(createCustomObjectRecordsApi(createNodePort()));
  await calibration.ready(true);
  await calibration.saveRound(round);
  // Marco's draft: never to be read by Priya's sidebar.
  await calibration.saveAnswer({ roundId: round.id, reviewerId: 361002, tags: { '1002:1': ['vc_lead_with_empathy'] }, submittedAt: null });
  store.setCurrentUserId(PRIYA.id);
  store.clearRequests();
  return store;
}

describe('CalibrationSidebar', { timeout: 20_000 }, () => {
  it('renders nothing and asks nothing for an agent the leads page never listed in a round', async () => {
    const store = await account();
    const { container } = renderWithServices(<CalibrationSidebar ticketId={1002} />, { user: PRIYA });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container).toBeEmptyDOMElement();
    expect(store.requests()).toEqual([]);
  });

  it('shows a compact line for a reviewer with a reply of this ticket to answer, and saves a blind answer into their draft', async () => {
    const store = await account();
    const storage = createMemoryStore();
    storage.write(PENDING_STORAGE_KEY, writePendingCache(PRIYA.id, new Date(), [{ round, answered: [] }]));
    const user = userEvent.setup();
    renderWithServices(<CalibrationSidebar ticketId={1002} />, { user: PRIYA, storage });
    const line = await screen.findByTestId('calibration-line');
    expect(line).toHaveTextContent('Calibration round November: 1 reply of this ticket to answer');
    expect(store.requests()).toEqual([]);

    await user.click(within(line).getByRole('button', { name: 'Answer here' }));
    const form = await screen.findByRole('form', { name: 'Your answers for November' });
    expect(within(form).getByText('I have refunded the charge.')).toBeVisible();
    expect(within(form).queryByText('Try this link.')).toBeNull();
    await user.click(within(form).getByRole('checkbox', { name: 'Own the outcome' }));
    await user.click(within(form).getByRole('button', { name: 'Save my answer' }));
    expect(await screen.findByText('Saved in your draft of November.')).toBeVisible();
    expect(screen.queryByTestId('calibration-line')).toBeNull();

    const mine = store.records(ANSWER_OBJECT).find((r) => r.custom_object_fields.reviewer_id === String(PRIYA.id));
    expect(JSON.parse(String(mine?.custom_object_fields.tags))).toEqual({ '1002:1': ['vc_own_the_outcome'] });
    expect(mine?.custom_object_fields.submitted_at ?? null).toBeNull();
    // Blind: the only answer search asked for Priya's own answer.
    const searches = store.requests().filter((r) => r.url.includes(`${ANSWER_OBJECT}/records/search`));
    expect(searches.length).toBe(1);
    expect(JSON.stringify(searches[0]!.body)).toContain(`"custom_object_fields.reviewer_id":{"$eq":"${PRIYA.id}"}`);
    // Remembered for the other sidebars: this ticket has nothing left to answer.
    expect(storage.read(PENDING_STORAGE_KEY)).toContain('"answered":["1002:1"]');
  });

  it('keeps the reviewer’s ticks and says so when the save fails', async () => {
    const store = await account();
    const storage = createMemoryStore();
    storage.write(PENDING_STORAGE_KEY, writePendingCache(PRIYA.id, new Date(), [{ round, answered: [] }]));
    const user = userEvent.setup();
    renderWithServices(<CalibrationSidebar ticketId={1002} />, { user: PRIYA, storage });
    await user.click(await screen.findByRole('button', { name: 'Answer here' }));
    const form = await screen.findByRole('form', { name: 'Your answers for November' });
    await user.click(within(form).getByRole('checkbox', { name: 'Own the outcome' }));
    store.fault({ method: 'PATCH', path: `/api/v2/custom_objects/${ANSWER_OBJECT}/records`, status: 403, times: 5 });
    await user.click(within(form).getByRole('button', { name: 'Save my answer' }));
    await waitFor(() => expect(within(form).getByRole('alert')).toHaveTextContent(/forbidden/));
    expect(within(form).getByRole('checkbox', { name: 'Own the outcome' })).toBeChecked();
  });
});
