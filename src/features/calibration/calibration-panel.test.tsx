// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fixture from '../../../test/fixtures/world.json';
import { useZendesk } from '../../../test/mocks/node-testing';
import type { ZendeskStore } from '../../../test/mocks/store';
import type { World } from '../../../test/mocks/world';
import { renderWithServices } from '../../../test/support/render-app';
import { DEFAULT_CATALOGUE } from '../../domain/catalogue/default-catalogue';
import { ANSWER_OBJECT, answerFromRecord, ROUND_OBJECT, roundFromRecord } from '../../domain/calibration/records';
import { agreementSummary, roundResults } from '../../domain/calibration/results';
import type { Answer } from '../../domain/calibration/round';
import { CalibrationPanel } from './calibration-panel';

const zd = useZendesk();

/** The fixture world plus five more tickets with an agent's public reply: 22 candidates, so a round of 20 can be sampled. */
function worldWithMoreReplies(): World {
  const world = structuredClone(fixture) as unknown as World;
  const source = world.tickets.find((t) => t.id === 1002);
  if (!source) throw new Error('fixture ticket 1002');
  for (let i = 1; i <= 5; i++) {
    const id = 1100 + i;
    world.tickets.push({
      ...source,
      id,
      subject: `Extra ${i}`,
      updated_at: `2026-11-2${i}T10:00:00Z`,
      created_at: `2026-11-2${i}T09:00:00Z`,
    });
    world.comments[String(id)] = (world.comments['1002'] ?? []).map((c, n) => ({ ...c, id: id * 100 + n }));
  }
  return world;
}

const lead = { id: 361010, name: 'Sam Okafor', role: 'admin', groups: [] };
const reviewers = [
  { id: 361001, name: 'Priya Raman', role: 'agent', groups: [] },
  { id: 361002, name: 'Marco Bianchi', role: 'agent', groups: [] },
  { id: 361003, name: 'Jordan Lee', role: 'agent', groups: [] },
];
const people = [lead, ...reviewers].map(({ id, name }) => ({ id, name }));
const values = DEFAULT_CATALOGUE.values.slice(0, 3).map((v) => ({ tag: v.tag, name: v.name }));
const range = { from: '2026-10-01', to: '2026-11-30' };

/** What the reviewer's page sent and received: the request log alone shows only what was asked. */
function recordResponses() {
  const seen: { method: string; url: string; body: unknown; response: unknown }[] = [];
  const original = globalThis.fetch;
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const response = await original(input, init);
    const text = await response.clone().text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    seen.push({
      method: init?.method ?? 'GET',
      url: String(input),
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
      response: json,
    });
    return response;
  });
  return { seen, restore: () => spy.mockRestore() };
}

afterEach(() => vi.restoreAllMocks());

const panel = () => <CalibrationPanel people={people} range={range} values={values} canLead />;

function answersIn(store: ZendeskStore): Answer[] {
  return store
    .records(ANSWER_OBJECT)
    .map((r) => answerFromRecord(r as never))
    .filter((a): a is Answer => a !== null);
}

describe('CalibrationPanel: a full round with three reviewers', () => {
  it('samples 20 replies, keeps every reviewer blind until they submit, then shows agreement, and never touches a ticket', async () => {
    const store = zd.start(worldWithMoreReplies());
    const ticketsBefore = JSON.stringify(store.tickets());
    const user = userEvent.setup();

    // The lead (an admin) creates the objects once, samples 20 replies and starts the round.
    store.setCurrentUserId(lead.id);
    const leadView = renderWithServices(panel(), { user: lead });
    await user.click(await screen.findByRole('button', { name: 'Create them' }));
    await screen.findByRole('heading', { name: 'Start a round' });
    store.clearRequests();
    await user.click(screen.getByRole('button', { name: 'Sample replies' }));
    await screen.findByText('20 replies in this round', {}, { timeout: 15_000 });
    for (const r of reviewers) await user.click(screen.getByRole('checkbox', { name: r.name }));
    await user.click(screen.getByRole('button', { name: 'Start the round' }));
    await screen.findByTestId('calibration-round');
    const leadRequests = store.requests().length;
    const round = roundFromRecord(store.records(ROUND_OBJECT)[0] as never);
    expect(round?.items).toHaveLength(20);
    expect(round?.reviewerIds).toEqual(reviewers.map((r) => r.id));
    leadView.unmount();

    // Each reviewer answers; reviewer i disagrees with the others on the first i replies.
    const perReviewer: number[] = [];
    for (const [index, reviewer] of reviewers.entries()) {
      store.setCurrentUserId(reviewer.id);
      store.clearRequests();
      const traffic = recordResponses();
      const view = renderWithServices(panel(), { user: reviewer });
      const form = await screen.findByRole('form', { name: `Your answers for ${round?.title ?? ''}` });
      const items = within(form).getAllByTestId('calibration-item');
      expect(items).toHaveLength(20);
      items.forEach((item, n) => {
        const value = values[(n + (n < index ? 1 : 0)) % values.length];
        fireEvent.click(within(item).getByRole('checkbox', { name: value?.name ?? '' }));
      });
      await user.click(within(form).getByRole('button', { name: 'Save draft' }));
      await within(form).findByText('Saved.');

      // Blind: every answer request so far asked for this reviewer's own answer only, and nothing received names another reviewer.
      const beforeSubmit = [...traffic.seen];
      const answerCalls = beforeSubmit.filter((r) => r.url.includes(`/custom_objects/${ANSWER_OBJECT}/records`));
      expect(answerCalls.length).toBeGreaterThan(0);
      for (const call of answerCalls) {
        if (call.url.includes('/records/search'))
          expect(JSON.stringify(call.body)).toContain(`"custom_object_fields.reviewer_id":{"$eq":"${reviewer.id}"}`);
        else expect(call.url).toContain(`external_id=${encodeURIComponent(`${round?.id}:${reviewer.id}`)}`);
      }
      const others = reviewers.filter((r) => r.id !== reviewer.id).map((r) => `"reviewer_id":"${r.id}"`);
      for (const call of beforeSubmit) for (const other of others) expect(JSON.stringify(call.response)).not.toContain(other);
      expect(beforeSubmit.some((r) => r.url.includes('/api/v2/tickets'))).toBe(false);

      await user.click(within(form).getByRole('button', { name: 'Submit my answers' }));
      await user.click(screen.getByRole('button', { name: 'Submit: final' }));
      await screen.findByText('You have submitted your answers. Results show when the round is closed.');
      // Only now may the page read the others' answers (those already submitted).
      await screen.findByText(new RegExp(`Submitted: ${index + 1} of 3`));
      perReviewer.push(store.requests().length);
      traffic.restore();
      view.unmount();
    }

    // The lead closes the round; the results match the statistic computed from the stored answers.
    store.setCurrentUserId(lead.id);
    store.clearRequests();
    renderWithServices(panel(), { user: lead });
    await screen.findByText(/Submitted: 3 of 3/);
    await user.click(screen.getByRole('button', { name: 'Close the round and show results' }));
    const results = await screen.findByTestId('round-results');
    const closeRequests = store.requests().length;
    const expected = roundResults({ ...(round as NonNullable<typeof round>), status: 'closed' }, answersIn(store));
    const alpha = expected.overall.alpha?.toFixed(2) ?? '—';
    expect(within(results).getByRole('status')).toHaveTextContent(`Overall agreement α = ${alpha} (3 reviewers).`);
    const ranked = within(results).getAllByTestId('disagreement');
    expect(ranked).toHaveLength(20);
    // The two replies where reviewers split come first; every reviewer's tags sit side by side.
    expect(ranked[0]).toHaveTextContent(round?.items[0]?.subject ?? '');
    for (const r of reviewers) expect(within(ranked[0] as HTMLElement).getByRole('rowheader', { name: r.name })).toBeInTheDocument();
    const summary = agreementSummary(expected);
    const list = new Intl.ListFormat('en', { type: 'conjunction' });
    if (summary.good.length) expect(within(results).getByText(`Reviewers agree well on ${list.format(summary.good)}.`)).toBeInTheDocument();
    if (summary.poor.length)
      expect(
        within(results).getByText(`They agree poorly on ${list.format(summary.poor)}: worth discussing what it means.`),
      ).toBeInTheDocument();
    expect(summary.good.length + summary.tentative.length + summary.poor.length).toBeGreaterThan(0);

    // Calibration never writes a ticket.
    await waitFor(() => expect(JSON.stringify(store.tickets())).toBe(ticketsBefore));
    console.info(
      `[calibration] requests per round of 20 replies, 3 reviewers: lead setup ${leadRequests}, reviewers ${perReviewer.join(' + ')}, close and results ${closeRequests}; total ${
        leadRequests + perReviewer.reduce((a, b) => a + b, 0) + closeRequests
      }`,
    );
  }, 120_000);
});
