import { ApiError } from '../../adapters/zendesk-api/api-error';
import { createExportPageFetcher } from '../../adapters/zendesk-api/export-pages';
import { customFieldValue } from '../../adapters/zendesk-api/mappers';
import type { ZdTicket, ZdUser } from '../../adapters/zendesk-api/zendesk-types';
import type { Catalogue } from '../../domain/catalogue/types';
import type { Period } from '../../domain/celebrations/period';
import { buildExportQuery } from '../../domain/export/query';
import { runExport } from '../../domain/export/runner';
import type { ExportRow } from '../../domain/export/rows';
import { tagRowsForTicket } from '../../domain/export/tag-rows';
import type { AppSettings } from '../../domain/settings/app-settings';
import { parseRecord } from '../../domain/tagging/tag-record';
import type { WallNote } from '../../domain/wall/note';
import { noteFromRecord, WALL_OBJECT } from '../../domain/wall/note-record';
import { useRecordsApi } from '../../services/records-api';
import { useServices } from '../../services/services';
import { useAsync } from '../../ui/use-async';

export interface CelebrationData {
  rows: ExportRow[];
  users: Map<number, ZdUser>;
  goodComments: Map<number, string>;
  notes: WallNote[];
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function goodComment(ticket: ZdTicket): string | null {
  const rating = ticket.satisfaction_rating;
  return rating?.score === 'good' && typeof rating.comment === 'string' && rating.comment.trim() !== '' ? rating.comment : null;
}

/**
 * A period's tagged tickets (Search Export, as the overview reads them), the people they name, and
 * the featured wall notes (one search). No wall object yet means no notes, not an error.
 */
export function useCelebrationData(settings: AppSettings, catalogue: Catalogue, period: Period) {
  const { port, api } = useServices();
  const records = useRecordsApi();
  return useAsync(
    async (signal): Promise<CelebrationData> => {
      const { valuesFieldId } = settings;
      if (valuesFieldId === null) throw new ApiError('invalid', 0, 'not-configured');
      const tickets: ZdTicket[] = [];
      const query = buildExportQuery({ valuesFieldId, tags: catalogue.values.map((v) => v.tag), from: period.from });
      const result = await runExport<ZdTicket>({
        fetchPage: createExportPageFetcher(port, query),
        onTicket: (ticket) => void tickets.push(ticket),
        sleep,
        now: () => Date.now(),
        signal,
      });
      if (!result.complete) throw new ApiError(result.cancelled ? 'offline' : 'server', 0, result.error);
      const userIds = new Set<number>();
      for (const ticket of tickets) {
        if (ticket.assignee_id) userIds.add(ticket.assignee_id);
        const record = settings.recordFieldId === null ? null : (customFieldValue(ticket, settings.recordFieldId) as string | null);
        for (const event of parseRecord(record).events) {
          userIds.add(event.by);
          if (event.op === 'add' && event.author !== undefined) userIds.add(event.author);
        }
      }
      const [users, notes] = await Promise.all([
        api.getUsers([...userIds]),
        records
          .search(WALL_OBJECT.key, {
            filter: { $and: [{ 'custom_object_fields.featured': { $eq: true } }, { 'custom_object_fields.hidden': { $noteq: true } }] },
            sort: '-created_at',
          })
          .then((page) => page.records.map(noteFromRecord).filter((n): n is WallNote => n !== null))
          .catch((error: unknown) => {
            if (error instanceof ApiError && error.kind === 'not-found') return [];
            throw error;
          }),
      ]);
      const userMap = new Map(users.map((u) => [u.id, u]));
      const catalogueByTag = new Map(catalogue.values.map((v) => [v.tag, v.name]));
      // The same rows the overview counts (ADR 0015): only counted ones, so a celebration never names a
      // tag the figures leave out (removed outside the app, undated, a second review of one reply).
      const periodFilters = { from: period.from, to: period.to, valueTags: [], agentIds: [], groupIds: [] };
      const rows = tickets.flatMap((ticket) =>
        tagRowsForTicket(
          ticket,
          {
            valuesFieldId,
            recordFieldId: settings.recordFieldId,
            catalogueByTag,
            userName: (id) => userMap.get(id)?.name ?? String(id),
            groupName: (id) => String(id),
            ticketUrl: (id) => `#${id}`,
          },
          periodFilters,
        ).filter((row) => row.counted === 1),
      );
      const goodComments = new Map<number, string>();
      for (const ticket of tickets) {
        const comment = goodComment(ticket);
        if (comment) goodComments.set(ticket.id, comment);
      }
      return { rows, users: userMap, goodComments, notes };
    },
    [settings, catalogue, period.kind, period.from, period.to],
  );
}
