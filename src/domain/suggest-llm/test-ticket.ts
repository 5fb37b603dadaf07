import type { TicketSnapshot } from '../ticket';

/** A small ticket for the model-suggestion specs; not used by production code. */
export function llmTicket(extra: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return {
    id: 42,
    subject: 'Charged twice',
    description: '',
    priority: 'high',
    tags: [],
    comments: [
      {
        id: 1,
        authorId: 7,
        authorRole: 'end-user',
        public: true,
        body: 'I was charged twice for my plan.\nPlease call me on +1 415 555 0100 or mail jo@example.com,\n  this is really   frustrating.',
      },
      { id: 2, authorId: 8, authorRole: 'agent', public: false, body: 'Internal: refund approved by finance, card 4111 1111 1111 1111.' },
      { id: 3, authorId: 8, authorRole: 'agent', public: true, body: 'I am sorry about the double charge. I will refund it today.' },
    ],
    ...extra,
  };
}
