import { beforeEach, describe, expect, it } from 'vitest';
import { useWorkspaceSession, type WorkspaceSession } from './support/workspace-page';
import { showTagTab } from './support/sidebar-tabs';

// Issue 8 in the workspace: items 1 (wrong ticket), 4 (next person on the browser), 6 (unusable
// values field) and 8 (a bad record line). Each failed before the fix.
type Ticket = { id: number; tags: string[]; updated_at: string; custom_fields: { id: number; value: unknown }[] };

const VALUES = 360010001;
const RECORD = 360010002;
const PRIYA = 361001; // reviewer
const MARCO = 361002; // reviewer
const JORDAN = 361003; // agent, not a reviewer

const workspace = useWorkspaceSession();
let session: WorkspaceSession;

beforeEach(() => {
  session = workspace.current();
});

const ticket = (id: number) => session.page.evaluate((tid) => window.workspace!.store.ticket(tid) as Ticket, id);
const field = (t: Ticket, id: number) => t.custom_fields.find((f) => f.id === id)?.value;
const open = async (id: number) => {
  await session.page.evaluate((tid) => window.workspace!.openTicket(tid), id);
  await showTagTab(session.sidebar());
};
const signIn = (id: number) => session.page.evaluate((uid) => window.workspace!.setCurrentUser(uid), id);
const puts = () => session.page.evaluate(() => window.workspace!.store.requests().filter((r) => r.method === 'PUT').length);

/** Priya tags ticket 1006 while Zendesk cannot be reached: the change waits in this browser's outbox. */
async function queueOfflineTag(note: string) {
  await open(1006);
  const form = session.sidebar().getByRole('form', { name: 'Tag a reply' });
  await form.waitFor();
  await session.page.evaluate(() => window.workspace!.fault({ path: '/api/v2/tickets/1006', offline: true, times: 1000 }));
  await form.getByRole('button', { name: 'Lead with empathy' }).click();
  await form.getByRole('textbox', { name: 'Note (optional)' }).fill(note);
  await form.getByRole('button', { name: 'Tag 1 value' }).click();
  await session.sidebar().getByTestId('pending-changes').waitFor();
  await session.page.evaluate(() => window.workspace!.clearFaults());
}

describe('the write path across tickets and people (issue 8)', () => {
  it('1: a change queued for ticket A lands while B is open, and B’s sidebar stays B’s', async () => {
    await queueOfflineTag('Calm under pressure');
    await open(1002);
    const sidebar = session.sidebar();
    // The queued change for 1006 lands on this load…
    await expect.poll(async () => field(await ticket(1006), VALUES), { timeout: 15_000 }).toEqual(['vc_lead_with_empathy']);
    // …and the sidebar still shows 1002: its tags and its form, not 1006's.
    await expect.poll(() => sidebar.getByTestId('existing-tag').count()).toBe(0);
    const form = sidebar.getByRole('form', { name: 'Tag a reply' });
    await form.getByRole('button', { name: 'Own the outcome' }).click();
    await form.getByRole('button', { name: 'Tag 1 value' }).click();
    await sidebar.getByText(/^Tagged .+’s reply\.$/).waitFor();
    expect(field(await ticket(1002), VALUES)).toEqual(['vc_own_the_outcome']);
    expect(field(await ticket(1006), VALUES)).toEqual(['vc_lead_with_empathy']);
  });

  it('4: the next person on the browser neither sends, sees nor deletes the queued tag; its author sends it later', async () => {
    await queueOfflineTag('Private reasoning about the reply');
    // A reviewer signs in on the same browser: told only that someone else's change waits.
    await signIn(MARCO);
    await open(1006);
    const others = session.sidebar().getByTestId('others-pending');
    await others.waitFor();
    expect(await others.textContent()).toContain('made by someone else');
    expect(
      await session
        .sidebar()
        .getByText(/Private reasoning/)
        .count(),
    ).toBe(0);
    // Someone who may not tag: their app has no tagging panel, and deletes nothing.
    await signIn(JORDAN);
    await open(1006);
    await session.sidebar().getByText('What this ticket calls for', { exact: true }).waitFor();
    expect(await puts()).toBe(0);
    expect(field(await ticket(1006), VALUES) ?? []).toEqual([]);
    // The author is back: the change lands, signed by her, with her note.
    await signIn(PRIYA);
    await open(1006);
    await expect.poll(async () => field(await ticket(1006), VALUES), { timeout: 15_000 }).toEqual(['vc_lead_with_empathy']);
    const line = JSON.parse(
      String(field(await ticket(1006), RECORD))
        .split('\n')
        .at(-1)!,
    ) as Record<string, unknown>;
    expect(line).toMatchObject({ by: PRIYA, note: 'Private reasoning about the reply' });
  });

  it('6: a values field id that points nowhere, or at a field of the wrong type, disables tagging with the reason', async () => {
    for (const id of ['999999', '360010003']) {
      await session.page.evaluate((value) => window.workspace!.setSettings({ values_field_id: value }), id);
      await open(1002);
      const sidebar = session.sidebar();
      // A field that does not exist is found on the form's first use (one read per iframe); a field of the
      // wrong type shows in the ticket as read, so the form is disabled before any use.
      const form = sidebar.getByRole('form', { name: 'Tag a reply' });
      if (id === '999999') await form.getByRole('button', { name: 'Own the outcome' }).click();
      const reason = sidebar.getByTestId('tagging-disabled');
      await reason.waitFor();
      expect(await reason.textContent()).toContain(`values field (id ${id})`);
      const save = form.getByRole('button', { name: id === '999999' ? 'Tag 1 value' : 'Pick a value to tag' });
      expect(await save.isDisabled()).toBe(true);
    }
    expect(await puts()).toBe(0);
  });

  it('8: a record line dated "yesterday" is shown as unreadable; the sidebar still works', async () => {
    await session.page.evaluate(
      ({ record, marco }) =>
        window.workspace!.store.updateTicketAs(marco, 1002, {
          custom_fields: [
            {
              id: record,
              value: '{"v":1,"e":"bad1","op":"add","tag":"vc_own_the_outcome","by":361002,"at":"yesterday","reply":5000007}',
            },
          ],
        }),
      { record: RECORD, marco: MARCO },
    );
    await open(1002);
    const sidebar = session.sidebar();
    await sidebar.getByTestId('unreadable-lines').waitFor();
    await sidebar.getByRole('form', { name: 'Tag a reply' }).waitFor();
    await sidebar.getByText('What this ticket calls for', { exact: true }).waitFor({ state: 'attached' });
    expect(session.problems).toEqual([]);
  });
});
