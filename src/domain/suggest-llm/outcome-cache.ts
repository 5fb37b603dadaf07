import type { ModelOutcome } from './types';

/** Outcomes by cache key, newest last; bounded so the app's storage never grows without end. */
export type OutcomeCache = [key: string, outcome: ModelOutcome][];

export const CACHE_STORAGE_KEY = 'llm-cache';
export const MAX_CACHED = 100;

export function parseCache(text: string | null): OutcomeCache {
  try {
    const value: unknown = JSON.parse(text ?? '[]');
    if (!Array.isArray(value)) return [];
    return value.filter(
      (entry): entry is [string, ModelOutcome] =>
        Array.isArray(entry) &&
        typeof entry[0] === 'string' &&
        typeof entry[1] === 'object' &&
        entry[1] !== null &&
        ((entry[1] as ModelOutcome).kind === 'suggested' || (entry[1] as ModelOutcome).kind === 'fallback'),
    );
  } catch {
    return [];
  }
}

export function cached(cache: OutcomeCache, key: string): ModelOutcome | undefined {
  return cache.find(([k]) => k === key)?.[1];
}

/** Refusals made before any request: the next view may be allowed to call (tomorrow, once counted). */
const NOT_REMEMBERED = new Set(['cap-reached', 'cap-unknown', 'usage-missing']);

/**
 * Remembers an outcome so the same ticket and message never cost a second call, failures included
 * (at most one call per new message). Refusals by the daily cap are not remembered.
 */
export function remember(cache: OutcomeCache, key: string, outcome: ModelOutcome): OutcomeCache {
  if (outcome.kind === 'fallback' && NOT_REMEMBERED.has(outcome.reason)) return cache;
  return [...cache.filter(([k]) => k !== key), [key, outcome] as [string, ModelOutcome]].slice(-MAX_CACHED);
}
