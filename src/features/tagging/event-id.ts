/** A short random id for a tag event (base36, 12 characters): unique enough per ticket, compact in the record. */
export function newEventId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value.toString(36).padStart(12, '0').slice(-12);
}
