// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTicket, makeWorld } from '../../../test/mocks/factories';
import { useZendesk as zendeskDouble } from '../../../test/mocks/node-testing';
import { forgeRecordLine } from '../../../test/mocks/forge';
import { createNodePort } from '../../../test/support/node-port';
import { renderWithServices } from '../../../test/support/render-app';
import { createZendeskApi } from '../../adapters/zendesk-api/zendesk-api';
import { DEFAULT_CATALOGUE } from '../../domain/catalogue/default-catalogue';
import { parseSettings } from '../../domain/settings/parse-settings';
import { ExportPanel } from './export-panel';
import { runTagExport } from './run-tag-export';

const zd = zendeskDouble();
const settings = parseSettings(makeWorld().settings).settings;
const filters = { from: '2026-11-01', to: '2026-11-30', valueTags: [], agentIds: [], groupIds: [] };
const LEAD = { id: 2, name: 'Alex Admin', role: 'admin' as const, groups: [] };

function world() {
  const line = { v: 1, e: 'a1', op: 'add', tag: 'vc_own_the_outcome', by: 2, at: '2026-11-17T10:00:00Z', reply: 111, author: 1 };
  return makeWorld({
    tickets: [
      makeTicket({
        id: 11,
        updated_at: '2026-11-17T10:00:00Z',
        custom_fields: [
          { id: 9001, value: ['vc_own_the_outcome'] },
          { id: 9002, value: JSON.stringify(line) },
        ],
      }),
    ],
    comments: {},
  });
}

let blobs: Blob[];
beforeEach(() => {
  blobs = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:export'));
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

describe('the export never hangs (issue 9, item 7)', () => {
  // Before: the failed look-up rejected inside the page fetcher, the panel stayed at "running"
  // with an unhandled rejection, and Cancel did nothing.
  it('completes with ids for names when every user look-up fails', async () => {
    const store = zd.start(world());
    store.fault({ method: 'GET', path: '/api/v2/users/show_many', status: 500, times: 100 });
    renderWithServices(<ExportPanel settings={settings} catalogue={DEFAULT_CATALOGUE} filters={filters} groupName={String} />, {
      user: LEAD,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText(/^Done: 1 row from 1 ticket \(\d+ requests?\)/, {}, { timeout: 10_000 });
    const rows = Papa.parse<Record<string, string>>((await blobs[0]!.text()).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows[0]).toMatchObject({ 'Tagged by': '2', 'Reply author (credited)': '1', 'Counted on the leads page': '1' });
    expect(within(screen.getByTestId('export-panel')).queryByRole('button', { name: 'Cancel' })).toBeNull();
  }, 30_000);

  it('ends as failed, with its rows, when writing a row throws', async () => {
    zd.start(world());
    const port = createNodePort();
    const result = await runTagExport({
      port,
      api: createZendeskApi(port),
      catalogue: DEFAULT_CATALOGUE,
      valuesFieldId: 9001,
      recordFieldId: 9002,
      filters,
      groupName: String,
      ticketUrl: String,
      signal: new AbortController().signal,
      onRow: () => {
        throw new Error('disk full');
      },
      onProgress: () => undefined,
    });
    expect(result).toMatchObject({ complete: false, cancelled: false, error: 'unexpected' });
  });
});

describe('the export checks each line against the ticket history (issue 8 item 12)', () => {
  it('adds Verified and Audit time: a real tag true, a line written directly through the API false and not counted', async () => {
    const store = zd.start(world());
    // Nat (4) writes a line signed by Alex (2) crediting Nat's own reply, straight through the API.
    forgeRecordLine(
      store,
      11,
      4,
      { e: 'f1', tag: 'vc_lead_with_empathy', by: 2, at: '2026-11-16T10:00:00Z', reply: 112, author: 4 },
      {
        valuesFieldId: 9001,
        recordFieldId: 9002,
      },
    );
    renderWithServices(<ExportPanel settings={settings} catalogue={DEFAULT_CATALOGUE} filters={filters} groupName={String} />, {
      user: LEAD,
    });
    fireEvent.click(screen.getByRole('checkbox', { name: /Check against ticket history/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText(/^Done: 2 rows/, {}, { timeout: 10_000 });
    const rows = Papa.parse<Record<string, string>>((await blobs[0]!.text()).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const auditAt = store.audits(11).at(-1)!.created_at;
    expect(
      rows.map((r) => [r['Value tag'], r['Verified against ticket history'], r['Audit time'], r['Counted on the leads page']]),
    ).toEqual([
      ['vc_own_the_outcome', 'true', '2026-11-17T10:00:00Z', '1'],
      ['vc_lead_with_empathy', 'false', auditAt, '0'],
    ]);
    // One audits read for the one tagged ticket.
    expect(store.requests().filter((r) => r.url.includes('/audits')).length).toBe(1);
  });
});
