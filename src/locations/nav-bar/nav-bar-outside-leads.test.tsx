// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import fixture from '../../../test/fixtures/world.json';
import { useZendesk } from '../../../test/mocks/node-testing';
import type { World } from '../../../test/mocks/world';
import { createNodePort } from '../../../test/support/node-port';
import { renderWithServices } from '../../../test/support/render-app';
import { createCustomObjectRecordsApi } from '../../adapters/zendesk-api/custom-object-records';
import { ensureObject } from '../../adapters/zendesk-api/custom-object-setup';
import { PREFERENCE_FIELDS, PREFERENCE_OBJECT } from '../../domain/privacy/preference';
import type { Round } from '../../domain/calibration/round';
import { createCalibrationStore } from '../../features/calibration/calibration-store';
import NavBar from './nav-bar';

const zd = useZendesk();
// Neither is a tagger nor may open the leads page in the fixture's settings (Reviewers group 360003 only).
const JORDAN = { id: 361003, name: 'Jordan Lee', role: 'agent' as const, groups: [{ id: 360001, name: 'Support' }] };
const HANA = { id: 361004, name: 'Hana Sato', role: 'agent' as const, groups: [{ id: 360001, name: 'Support' }] };

const values = [
  { tag: 'vc_own_the_outcome', name: 'Own the outcome' },
  { tag: 'vc_lead_with_empathy', name: 'Lead with empathy' },
];
const round = (id: string, title: string, reviewerIds: number[]): Round => ({
  id,
  title,
  createdBy: 361010,
  createdAt: '2026-12-01T08:00:00Z',
  status: 'open',
  closedAt: null,
  reviewerIds,
  values,
  items: [{ key: '1002:1', ticketId: 1002, commentId: 1, subject: 'Refund', excerpt: 'I have refunded the charge.', authorId: 361002 }],
});

/** The lead named Jordan, a new reviewer who may not tag yet, in one round; another round is Priya's and Marco's. */
async function account() {
  const world = structuredClone(fixture) as unknown as World;
  const store = zd.start(world);
  store.setCurrentUserId(361010);
  const records = createCustomObjectRecordsApi(createNodePort());
  const calibration = createCalibrationStore(records);
  await calibration.ready(true);
  // The admin set up the agents' preference object (from the leads page, once).
  await ensureObject(
    records,
    { key: PREFERENCE_OBJECT, title: 'Preference', titlePlural: 'Preferences', description: '', fields: PREFERENCE_FIELDS },
    true,
  );
  await calibration.saveRound(round('vc-round-training', 'Onboarding', [361001, 361003]));
  await calibration.saveRound(round('vc-round-seniors', 'Seniors', [361001, 361002]));
  return { store, settings: world.settings };
}

describe('calibration for someone outside the leads page', { timeout: 30_000 }, () => {
  it('a reviewer the lead named, who may not tag yet, finds the round and answers it; other rounds stay out of sight', async () => {
    const { store, settings } = await account();
    store.setCurrentUserId(JORDAN.id);
    const user = userEvent.setup();
    renderWithServices(<NavBar />, { user: JORDAN, settings });
    await screen.findByTestId('leads-not-available');
    await user.click(screen.getByRole('tab', { name: 'Calibration' }));
    const form = await screen.findByRole('form', { name: 'Your answers for Onboarding' });
    expect(within(form).getByText('I have refunded the charge.')).toBeVisible();
    expect(screen.queryByText(/Seniors/)).toBeNull();
    // Blind: only Jordan's own answers were asked for.
    for (const r of store.requests().filter((x) => x.url.includes('vc_calibration_answer/records/search')))
      expect(JSON.stringify(r.body)).toContain('"custom_object_fields.reviewer_id":{"$eq":"361003"}');
  });

  it('an agent no round names is told so, and sees no one else’s round', async () => {
    const { store, settings } = await account();
    store.setCurrentUserId(HANA.id);
    const user = userEvent.setup();
    renderWithServices(<NavBar />, { user: HANA, settings });
    await screen.findByTestId('leads-not-available');
    await user.click(screen.getByRole('tab', { name: 'Calibration' }));
    expect(await screen.findByText('No calibration round names you. A lead chooses the reviewers when starting a round.')).toBeVisible();
    expect(screen.queryByText(/Onboarding|Seniors/)).toBeNull();
    expect(screen.queryByTestId('calibration-round')).toBeNull();
  });
});

describe('an agent outside the leads page chooses not to be named there (issue 15)', { timeout: 30_000 }, () => {
  it('opens "Your name", reads the choice only then, and writes it for themselves alone', async () => {
    const { store, settings } = await account();
    store.setCurrentUserId(JORDAN.id);
    store.clearRequests();
    const user = userEvent.setup();
    const view = renderWithServices(<NavBar />, { user: JORDAN, settings });
    await screen.findByTestId('leads-not-available');
    // Nobody's choice is read until the agent asks for theirs.
    expect(store.requests().filter((r) => r.url.includes('vc_agent_preference'))).toEqual([]);
    await user.click(screen.getByRole('tab', { name: 'Your name' }));
    const box = await screen.findByRole('checkbox', { name: /Don't show my name on the leads page/ });
    expect(box).not.toBeChecked();
    await user.click(box);
    await waitFor(() => expect(box).toBeChecked());
    const records = store.records('vc_agent_preference');
    expect(records.map((r) => [r.external_id, r.custom_object_fields.hide_name])).toEqual([[`vc-agent-${JORDAN.id}`, true]]);
    view.unmount();

    // The next visit shows the choice as saved.
    renderWithServices(<NavBar />, { user: JORDAN, settings });
    await user.click(await screen.findByRole('tab', { name: 'Your name' }));
    expect(await screen.findByRole('checkbox', { name: /Don't show my name on the leads page/ })).toBeChecked();
  });
});
