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
}
