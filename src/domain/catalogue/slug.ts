/**
 * Slugs identify catalogue values; tags are what Zendesk stores in the multi-select field.
 * Zendesk tags are lower-case and may not contain spaces, so both are folded to ASCII.
 */
export function slugify(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return folded || 'value';
}
