import type { CustomObjectRecordsApi } from './custom-object-records';

export interface ObjectSpec {
  key: string;
  title: string;
  titlePlural: string;
  description: string;
  fields: readonly { key: string; type: string; title: string }[];
}

/**
 * Whether a custom object and all its fields exist. With `create` (admins only: Zendesk refuses
 * others), the missing object and fields are created first.
 */
export async function ensureObject(api: CustomObjectRecordsApi, spec: ObjectSpec, create: boolean): Promise<boolean> {
  if ((await api.getObject(spec.key)) === null) {
    if (!create) return false;
    await api.createObject({ key: spec.key, title: spec.title, title_pluralized: spec.titlePlural, description: spec.description });
  }
  const existing = new Set((await api.listFields(spec.key)).map((f) => f.key));
  for (const field of spec.fields) {
    if (existing.has(field.key)) continue;
    if (!create) return false;
    await api.createField(spec.key, field);
  }
  return true;
}
