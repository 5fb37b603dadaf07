/**
 * Custom objects (the current API, `/api/v2/custom_objects`) in Zendesk's shapes; see
 * docs/zendesk-api/custom-objects.md for the excerpt of Zendesk's OpenAPI they follow.
 */
export type CustomObjectFieldType =
  'text' | 'textarea' | 'checkbox' | 'date' | 'integer' | 'decimal' | 'regexp' | 'dropdown' | 'lookup' | 'multiselect';

export interface CustomObject {
  key: string;
  title: string;
  title_pluralized: string;
  description?: string;
  created_at: string;
  updated_at: string;
  created_by_user_id: string;
  updated_by_user_id: string;
  url?: string;
}

export interface CustomObjectField {
  id: number;
  key: string;
  type: CustomObjectFieldType;
  title: string;
  description?: string;
  active: boolean;
  system?: boolean;
  position?: number;
  created_at: string;
  updated_at: string;
}

/** A record: ids are strings (ULIDs), as are the user ids in `created_by_user_id`. */
export interface CustomObjectRecord {
  id: string;
  name: string;
  custom_object_key: string;
  custom_object_fields: Record<string, unknown>;
  created_by_user_id: string;
  updated_by_user_id: string;
  created_at: string;
  updated_at: string;
  external_id: string | null;
  url: string;
}

/** What a world file may hold about custom objects (all optional: most worlds have none). */
export interface CustomObjectsWorld {
  custom_objects?: CustomObject[];
  /** Keyed by object key. */
  custom_object_fields?: Record<string, CustomObjectField[]>;
  /** Keyed by object key. */
  custom_object_records?: Record<string, CustomObjectRecord[]>;
}
