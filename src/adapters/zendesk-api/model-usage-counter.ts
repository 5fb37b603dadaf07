import { dayOf, underCap, type UsageLedger } from '../../domain/suggest-llm/usage';
import {
  USAGE_FIELDS,
  USAGE_OBJECT,
  ledgerFromRecords,
  ownCallsOn,
  usageFields,
  usageSlotId,
} from '../../domain/suggest-llm/usage-records';
import { ApiError } from './api-error';
import { allPages, type CustomObjectRecordsApi } from './custom-object-records';
import { ensureObject } from './custom-object-setup';

/** Why a call could not be counted: the object is missing, or Zendesk could not be asked. */
export class UsageCountError extends Error {
  constructor(
    readonly reason: 'missing' | 'unavailable',
    cause?: unknown,
  ) {
    super(`Model usage count ${reason}`, { cause });
    this.name = 'UsageCountError';
  }
}

/** The account's model requests per day, in custom object records every agent shares (ADR 0080). */
export interface ModelUsageCounter {
  /**
   * Counts one request by this agent today if the account is under the cap (0: no cap). Throws a
   * UsageCountError when the count cannot be read or written: the caller then makes no request.
   */
  claim(userId: number, now: Date, cap: number): Promise<'counted' | 'cap-reached'>;
  /** Every agent's requests per day (the last seven days at most). */
  ledger(): Promise<UsageLedger>;
  /** Whether the object exists; creates it (admins) when `create`. */
  ready(create: boolean): Promise<boolean>;
}

function countError(error: unknown): UsageCountError {
  if (error instanceof UsageCountError) return error;
  return new UsageCountError(error instanceof ApiError && error.kind === 'not-found' ? 'missing' : 'unavailable', error);
}

export function createModelUsageCounter(api: CustomObjectRecordsApi): ModelUsageCounter {
  return {
    async claim(userId, now, cap) {
      const day = dayOf(now);
      try {
        // One search for today's slots (every agent's), then one upsert of this agent's own slot.
        const records = await allPages((cursor) =>
          api.search(USAGE_OBJECT, { filter: { 'custom_object_fields.day': { $eq: day } }, cursor }),
        );
        const fields = records.map((r) => r.custom_object_fields);
        if (!underCap(ledgerFromRecords(fields), now, cap)) return 'cap-reached';
        await api.upsertByExternalId(USAGE_OBJECT, usageSlotId(userId, day), usageFields(userId, day, ownCallsOn(fields, userId, day) + 1));
        return 'counted';
      } catch (error) {
        throw countError(error);
      }
    },
    async ledger() {
      try {
        const records = await allPages((cursor) => api.list(USAGE_OBJECT, { cursor }));
        return ledgerFromRecords(records.map((r) => r.custom_object_fields));
      } catch (error) {
        throw countError(error);
      }
    },
    ready: (create) =>
      ensureObject(
        api,
        {
          key: USAGE_OBJECT,
          title: 'Model usage',
          titlePlural: 'Model usage',
          description: 'Values Coach: language-model requests per agent and day, for the daily cap (ADR 0080)',
          fields: USAGE_FIELDS,
        },
        create,
      ),
  };
}
