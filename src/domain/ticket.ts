/** The ticket as the domain sees it: independent of Zendesk's API and ZAF shapes. */
export type AuthorRole = 'end-user' | 'agent' | 'admin' | 'system';

export type SatisfactionScore = 'good' | 'bad' | 'offered' | 'unoffered';

export type TicketPriority = 'low' | 'normal' | 'high' | 'urgent';

export type TicketStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';

export interface TicketComment {
  id?: number;
  authorId?: number;
  authorRole: AuthorRole;
  public: boolean;
  /** Plain text body (HTML already reduced to text by the adapter). */
  body: string;
  createdAt?: string;
  /** The author's display name, when the source carries it (ZAF's comment authors do). */
  authorName?: string;
}

export interface TicketSnapshot {
  id: number;
  subject: string;
  description: string;
  priority: TicketPriority | null;
  status?: TicketStatus;
  tags: string[];
  satisfaction?: SatisfactionScore | null;
  channel?: string;
  comments: TicketComment[];
  requesterId?: number;
  assigneeId?: number | null;
  /** Custom field values by field id, for the fields the reader was asked for (null when empty). */
  customFields?: Readonly<Record<number, unknown>>;
}

/** A custom field's value in a snapshot; null when the field is empty or was not read. */
export function customFieldOf(ticket: Pick<TicketSnapshot, 'customFields'>, fieldId: number): unknown {
  return ticket.customFields?.[fieldId] ?? null;
}
