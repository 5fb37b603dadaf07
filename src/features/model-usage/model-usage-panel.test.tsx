// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createCustomObjectRecordsApi } from '../../adapters/zendesk-api/custom-object-records';
import { createModelUsageCounter } from '../../adapters/zendesk-api/model-usage-counter';
import { USAGE_OBJECT } from '../../domain/suggest-llm/usage-records';
import { makeWorld } from '../../../test/mocks/factories';
import { useZendesk } from '../../../test/mocks/node-testing';
import { createNodePort } from '../../../test/support/node-port';
import { renderWithServices } from '../../../test/support/render-app';
import { ModelUsagePanel } from './model-usage-panel';

const zd = useZendesk();
const now = new Date('2026-12-02T09:00:00Z');
const ON = { llm_enabled: true, llm_model: 'gpt-4o-mini', llm_daily_cap: '50' };

/** An account whose agents made model requests on several days (each agent in their own browser). */
async function accountWithUsage() {
  const store = zd.start(makeWorld({ currentUserId: 2 }));
  const counter = createModelUsageCounter(createCustomObjectRecordsApi(createNodePort()));
  await counter.ready(true);
  const calls: [number, string, number][] = [
    [1, '2026-11-29T10:00:00Z', 9], // last week's Sunday: not this week
    [1, '2026-11-30T10:00:00Z', 3],
    [2, '2026-11-30T11:00:00Z', 1],
    [1, '2026-12-02T08:00:00Z', 2],
    [2, '2026-12-02T08:30:00Z', 1],
  ];
  for (const [userId, at, n] of calls) for (let i = 0; i < n; i++) await counter.claim(userId, new Date(at), 0);
  return store;
}

describe('ModelUsagePanel', () => {
  it("counts the whole account's requests this week (Monday to today), from the same count as the daily cap", async () => {
    await accountWithUsage();
    renderWithServices(<ModelUsagePanel now={now} />, { settings: ON });
    expect(screen.getByRole('region', { name: 'Language-model suggestions' })).toBeVisible();
    await waitFor(() =>
      expect(screen.getByTestId('model-usage')).toHaveTextContent(
        '7 requests to gpt-4o-mini this week in this account, all agents together (today 3 of 50).',
      ),
    );
  });

  it('lets an admin create the shared count when it is missing, and says plainly no request is made until then', async () => {
    const store = zd.start(makeWorld({ currentUserId: 2 }));
    const user = userEvent.setup();
    renderWithServices(<ModelUsagePanel now={now} />, { settings: ON, user: { id: 2, role: 'admin', name: 'Alex Admin' } });
    expect(
      await screen.findByText('The shared count of model requests does not exist yet; until it does, no model request is made.'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Create it' }));
    await waitFor(() =>
      expect(screen.getByTestId('model-usage')).toHaveTextContent(
        '0 requests to gpt-4o-mini this week in this account, all agents together (today 0 of 50).',
      ),
    );
    expect(store.records(USAGE_OBJECT)).toEqual([]);
  });

  it('says when the count cannot be read', async () => {
    const store = await accountWithUsage();
    store.fault({ method: 'GET', path: `/api/v2/custom_objects/${USAGE_OBJECT}/records`, status: 403, times: 3 });
    renderWithServices(<ModelUsagePanel now={now} />, { settings: ON });
    expect(await screen.findByRole('alert')).toHaveTextContent('The count of model requests could not be read from Zendesk.');
  });

  it('says plainly when model suggestions are off, and reads nothing', async () => {
    const store = zd.start(makeWorld());
    renderWithServices(<ModelUsagePanel now={now} />);
    expect(screen.getByTestId('model-usage')).toHaveTextContent(
      'Off: suggestions come from the built-in engine, and no ticket text leaves Zendesk.',
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(store.requests()).toEqual([]);
  });
});
