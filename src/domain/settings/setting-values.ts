/**
 * Readers for single installation parameters. Zendesk hands parameters over as strings or
 * booleans depending on the parameter type and on how the installation was created, so each
 * reader accepts the forms that occur and reports anything else instead of guessing.
 */
export type Read<T> = { ok: true; value: T } | { ok: false; found: string };

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);

/** `undefined` result means "not set": the caller applies the app's own default. */
export function readBoolean(raw: unknown): Read<boolean | undefined> {
  if (raw === undefined || raw === null) return { ok: true, value: undefined };
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  if (raw === 1 || raw === 0) return { ok: true, value: raw === 1 };
  if (typeof raw !== 'string') return { ok: false, found: typeof raw };
  const word = raw.trim().toLowerCase();
  if (word === '') return { ok: true, value: undefined };
  if (TRUE_WORDS.has(word)) return { ok: true, value: true };
  if (FALSE_WORDS.has(word)) return { ok: true, value: false };
  return { ok: false, found: raw };
}

/**
 * A ticket field id: a positive integer, also accepted as `custom_field_123` because that is how
 * the id appears in ZAF paths and Zendesk URLs, which admins copy from.
 */
export function readFieldId(raw: unknown): Read<number | null> {
  if (raw === undefined || raw === null) return { ok: true, value: null };
  if (typeof raw === 'number') {
    return Number.isSafeInteger(raw) && raw > 0 ? { ok: true, value: raw } : { ok: false, found: String(raw) };
  }
  if (typeof raw !== 'string') return { ok: false, found: typeof raw };
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  const match = /^(?:custom_field_)?(\d{1,16})$/i.exec(text);
  const id = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? { ok: true, value: id } : { ok: false, found: raw };
}

/** Items of a comma-, semicolon- or newline-separated list, trimmed, empties removed. */
export function readList(raw: string): string[] {
  return raw
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Role names compare case- and space-insensitively: admins type "Team lead", Zendesk says "Team Lead". */
export function roleKey(role: string): string {
  return role.trim().replace(/\s+/g, ' ').toLowerCase();
}
