/**
 * The Search Export query for tickets tagged since a day. Zendesk ORs repeated terms on the same
 * custom field (`custom_field_1:a custom_field_1:b`) and ANDs different keys. Only the lower date
 * bound goes to Zendesk: a tag added in the range moved `updated` into it, but the ticket may have
 * been updated again since, so the upper bound is applied to each tag's own time afterwards.
 */
export function buildExportQuery(input: { valuesFieldId: number; tags: readonly string[]; from: string }): string {
  const terms = input.tags.map((tag) => `custom_field_${input.valuesFieldId}:${tag}`);
  return [...terms, `updated>=${input.from}`].join(' ');
}
