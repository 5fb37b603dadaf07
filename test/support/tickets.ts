import type { TicketComment, TicketSnapshot } from '../../src/domain/ticket';

/** A public agent reply. */
export const agent = (body: string): TicketComment => ({ authorRole: 'agent', public: true, body });

/** A public customer message. */
export const customer = (body: string): TicketComment => ({ authorRole: 'end-user', public: true, body });

/** An open normal-priority ticket #1 with the given comments. */
export const ticket = (comments: TicketComment[], extra: Partial<TicketSnapshot> = {}): TicketSnapshot => ({
  id: 1,
  subject: 'Help',
  description: '',
  priority: 'normal',
  tags: [],
  comments,
  ...extra,
});
