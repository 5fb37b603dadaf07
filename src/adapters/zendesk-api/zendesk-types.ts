/** Zendesk Support API records, as much of them as Values Coach reads (see shared/zendesk-api). */
export interface ZdCustomField {
  id: number;
  value: unknown;
}

export interface ZdTicket {
  id: number;
  subject: string | null;
  description: string | null;
  status: 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
  priority: 'low' | 'normal' | 'high' | 'urgent' | null;
  requester_id: number;
  assignee_id: number | null;
  group_id: number | null;
  tags: string[];
  custom_fields: ZdCustomField[];
  satisfaction_rating?: { score?: string; comment?: string | null } | null;
  via?: { channel?: string };
  created_at: string;
  updated_at: string;
}

export interface ZdComment {
  id: number;
  type?: string;
  author_id: number;
  body: string;
  html_body?: string;
  plain_body?: string;
  public: boolean;
  created_at: string;
}

export interface ZdUser {
  id: number;
  name: string;
  email?: string;
  role: 'end-user' | 'agent' | 'admin';
  locale?: string;
  default_group_id?: number | null;
}

export interface ZdGroup {
  id: number;
  name: string;
}

export interface ZdFieldOption {
  id: number;
  name: string;
  raw_name?: string;
  value: string;
  position?: number;
}

export interface ZdTicketField {
  id: number;
  type: string;
  title: string;
  active?: boolean;
  custom_field_options?: ZdFieldOption[];
}

export interface ZdAuditEvent {
  id: number;
  type: string;
  field_name?: string;
  value?: unknown;
  previous_value?: unknown;
}

export interface ZdAudit {
  id: number;
  ticket_id: number;
  author_id: number;
  created_at: string;
  events: ZdAuditEvent[];
}

export interface ZdCursorPage {
  meta?: { has_more?: boolean; after_cursor?: string | null };
}

export interface ZdSearchExportPage extends ZdCursorPage {
  results: ZdTicket[];
  links?: { next?: string | null };
}
