/**
 * The one cap on the tag record field, in UTF-8 bytes. Zendesk is reported to refuse text field
 * values over 65,535 characters (with a 422); the limit is not documented, and whether it counts
 * characters or bytes is unconfirmed. Counting UTF-8 bytes against a lower cap keeps us under it
 * either way (a byte count is never below the character count), with room for line breaks Zendesk
 * may normalise. Change it here only; docs/tag-record.md explains it.
 */
export const RECORD_MAX_BYTES = 64_000;

/** The size the cap is measured in: UTF-8 bytes of the text. */
export function recordBytes(text: string | null | undefined): number {
  if (!text) return 0;
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
