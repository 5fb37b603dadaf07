import type { CustomObjectsWorld } from './custom-object-types';

/**
 * A "world": everything the in-memory Zendesk knows, in Zendesk API shapes, so a fixture file can
 * be pasted from (or compared with) real API responses.
 */
export type Role = 'end-user' | 'agent' | 'admin';
export type TicketStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
export type TicketPriority = 'low' | 'normal' | 'high' | 'urgent';
export type TicketType = 'question' | 'incident' | 'problem' | 'task';
export type SatisfactionScore = 'good' | 'bad' | 'offered' | 'unoffered';

export interface Via {
  channel: string;
}

export interface User {
  id: number;
  name: string;
  email: string;
  role: Role;
  locale: string;
  default_group_id: number | null;
  custom_role_id?: number | null;
}

export interface Group {
  id: number;
  name: string;
}

export interface GroupMembership {
  id: number;
  user_id: number;
  group_id: number;
  default: boolean;
}

export interface FieldOption {
  id: number;
  name: string;
  raw_name: string;
  value: string;
  position?: number;
}

export interface TicketField {
  id: number;
  type: string;
  title: string;
  active?: boolean;
  custom_field_options?: FieldOption[];
}

export interface CustomFieldValue {
  id: number;
  value: string | string[] | boolean | number | null;
}

export interface SatisfactionRating {
  score: SatisfactionScore;
  comment?: string | null;
  id?: number;
}

export interface Ticket {
  id: number;
  subject: string;
  description: string;
  status: TicketStatus;
  priority: TicketPriority | null;
  type: TicketType | null;
  requester_id: number;
  assignee_id: number | null;
  group_id: number | null;
  tags: string[];
  custom_fields: CustomFieldValue[];
  satisfaction_rating: SatisfactionRating | null;
  via: Via;
  created_at: string;
  updated_at: string;
}

export interface Comment {
  id: number;
  type: 'Comment';
  author_id: number;
  body: string;
  html_body: string;
  plain_body: string;
  public: boolean;
  created_at: string;
  via: Via;
}

export interface AuditEvent {
  id: number;
  type: string;
  field_name?: string;
  value?: unknown;
  previous_value?: unknown;
  body?: string;
  public?: boolean;
  author_id?: number;
}

export interface Audit {
  id: number;
  ticket_id: number;
  author_id: number;
  created_at: string;
  via: Via;
  metadata: Record<string, unknown>;
  events: AuditEvent[];
}

export interface World extends CustomObjectsWorld {
  settings: Record<string, string | boolean>;
  currentUserId: number;
  subdomain?: string;
  users: User[];
  groups: Group[];
  group_memberships?: GroupMembership[];
  ticket_fields: TicketField[];
  tickets: Ticket[];
  /** Keyed by ticket id as a string, as JSON object keys are. */
  comments: Record<string, Comment[]>;
  audits?: Record<string, Audit[]>;
}

/** The tag-record line written into the record textarea: one JSON object per line. */
export type RecordLine =
  | { v: 1; e: string; op: 'add'; tag: string; by: number; at: string; reply: number; note: string }
  | { v: 1; e: string; op: 'remove'; tag: string; by: number; at: string; ref: string };
