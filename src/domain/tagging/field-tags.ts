/**
 * The option tags in a multi-select field's value. The API gives an array; audits and some
 * exports give a space-separated string; anything else holds no tags.
 */
export function fieldTags(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}
