import type { RequestHandler } from 'msw';
import type { CustomObjectRecord, FaultRule, LoggedRequest } from '../workspace-handle';

/** Zendesk API records as the workspace page displays them (a subset of the API shapes). */
export interface WsTicket {
  id: number;
  subject: string;
  description?: string;
  type?: string | null;
  via?: { channel: string };
  status: string;
  priority: string | null;
  requester_id: number;
  assignee_id: number | null;
  group_id: number | null;
  tags: string[];
  custom_fields: { id: number; value: unknown }[];
  satisfaction_rating?: { score: string } | null;
  updated_at: string;
  created_at: string;
}

export interface WsComment {
  id: number;
  author_id: number;
  plain_body?: string;
  html_body?: string;
  body: string;
  via?: { channel: string };
  public: boolean;
  created_at: string;
}

export interface WsUser {
  id: number;
  name: string;
  email?: string;
  role: string;
  locale?: string;
}

export interface WsGroup {
  id: number;
  name: string;
}

/** What the workspace page needs from the in-memory Zendesk (test/mocks). */
export interface WorkspaceStore {
  tickets(): WsTicket[];
  ticket(id: number): WsTicket;
  comments(ticketId: number): WsComment[];
  users(): WsUser[];
  groups(): WsGroup[];
  groupIdsOf(userId: number): number[];
  currentUserId(): number;
  setCurrentUserId(id: number): void;
  addComment(ticketId: number, authorId: number, body: string, isPublic: boolean): void;
  updateTicket(
    id: number,
    input: { custom_fields?: { id: number; value: unknown }[] },
  ): { ok: true; ticket: WsTicket } | { ok: false; error: unknown };
  requests(): LoggedRequest[];
  records(objectKey: string): CustomObjectRecord[];
  fault(rule: FaultRule): void;
  clearFaults(): void;
  handlers(): RequestHandler[];
}
