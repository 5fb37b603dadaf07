import { arrayOf, bool, nullable, num, object, optional, str, unknownValue, type Guard } from './shapes';
import type {
  ZdAudit,
  ZdComment,
  ZdCursorPage,
  ZdFieldOption,
  ZdGroup,
  ZdSearchExportPage,
  ZdTicket,
  ZdTicketField,
  ZdUser,
} from './zendesk-types';

// What each endpoint's body must hold for the fields we read (../shared/zendesk-api/*.yml).
// The casts say: the checked fields are what the Zd* types promise; the rest passes through.

const customField = object({ id: num, value: unknownValue });

export const ticket = object({
  id: num,
  status: str,
  tags: arrayOf(str),
  custom_fields: arrayOf(customField),
  updated_at: str,
  assignee_id: nullable(num),
  group_id: nullable(num),
}) as unknown as Guard<ZdTicket>;

export const comment = object({ id: num, author_id: num, body: str, public: bool, created_at: str }) as unknown as Guard<ZdComment>;
export const user = object({ id: num, name: str }) as unknown as Guard<ZdUser>;
export const group = object({ id: num, name: str }) as unknown as Guard<ZdGroup>;
export const fieldOption = object({ id: num, name: str, value: str }) as unknown as Guard<ZdFieldOption>;
/** The Apps API's answer to an installation update: nothing in it is read, any JSON object will do. */
export const appInstallation = object({}) as unknown as Guard<Record<string, unknown>>;
export const ticketField = object({
  id: num,
  type: str,
  title: str,
  custom_field_options: optional(nullable(arrayOf(fieldOption))),
}) as unknown as Guard<ZdTicketField>;
export const audit = object({
  id: num,
  author_id: num,
  created_at: str,
  // The history check (verifyRecord) reads field_name, value and previous_value of Change events.
  events: arrayOf(object({ id: num, type: str, field_name: optional(str) })),
}) as unknown as Guard<ZdAudit>;

const cursorMeta = { meta: optional(object({ has_more: optional(bool), after_cursor: optional(nullable(str)) })) };

export const body = {
  appInstallation,
  ticket: object({ ticket }),
  comments: object({ comments: arrayOf(comment), ...cursorMeta }) as unknown as Guard<{ comments: ZdComment[] } & ZdCursorPage>,
  users: object({ users: arrayOf(user) }),
  groups: object({ groups: arrayOf(group) }),
  ticketField: object({ ticket_field: ticketField }),
  fieldOption: object({ custom_field_option: fieldOption }),
  audits: object({ audits: arrayOf(audit), ...cursorMeta }) as unknown as Guard<{ audits: ZdAudit[] } & ZdCursorPage>,
  searchExport: object({ results: arrayOf(ticket), ...cursorMeta }) as unknown as Guard<ZdSearchExportPage>,
  count: object({ count: num }),
};
