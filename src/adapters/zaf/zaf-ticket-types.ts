/**
 * What ZAF's data APIs answer for the open ticket (`client.get`), typed as far as Values Coach reads
 * them. Shapes from Zendesk's Apps framework docs ("Ticket sidebar" / "Ticket object"); items marked
 * (check) in docs/decisions/0020 were not confirmed on a live account.
 */
export interface ZafUserRef {
  id: number;
  name?: string;
  email?: string;
  /** `end-user`, `agent`, `admin` (custom roles report their base role here). */
  role?: string;
}

/** An entry of `ticket.comments`: carries the comment id and the author, but no time and no public flag. */
export interface ZafComment {
  id: number;
  /** HTML. */
  value?: string;
  author?: ZafUserRef;
  via?: { channel?: string; source?: unknown };
  imageAttachments?: unknown[];
  nonImageAttachments?: unknown[];
}

/** An entry of `ticket.conversation`: carries the time and the channel (`internal` for private notes), but no comment id. */
export interface ZafConversationEntry {
  author?: { id?: number; name?: string; role?: string; avatar?: string };
  message?: { content?: string; contentType?: string };
  /** ISO 8601. */
  timestamp?: string;
  channel?: { name?: string };
  attachments?: unknown[];
}

/** `ticket` (only the properties we read). */
export interface ZafTicket {
  id: number;
  subject?: string | null;
  description?: string | null;
  status?: string;
  priority?: string | null;
  tags?: string[];
  via?: { channel?: string };
  requester?: ZafUserRef;
  assignee?: { user?: ZafUserRef | null; group?: { id: number; name?: string } | null };
  updatedAt?: string;
  createdAt?: string;
}

/** Everything one `client.get` of the open ticket answers, before mapping to the domain. */
export interface ZafTicketRead {
  ticket: ZafTicket;
  comments: ZafComment[];
  /** null when the host does not know the path (older agent interfaces). */
  conversation: ZafConversationEntry[] | null;
  requester: ZafUserRef | null;
  assignee: { user?: ZafUserRef | null } | null;
  customFields: Record<number, unknown>;
}
