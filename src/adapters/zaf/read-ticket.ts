import type { TicketSnapshot } from '../../domain/ticket';
import type { ZafClient } from './zaf-client';
import type { ZafComment, ZafConversationEntry, ZafTicket, ZafUserRef } from './zaf-ticket-types';

export const customFieldPath = (fieldId: number) => `ticket.customField:custom_field_${fieldId}`;

const TICKET_PATHS = ['ticket', 'ticket.comments', 'ticket.conversation', 'ticket.requester', 'ticket.assignee'] as const;

/**
 * The open ticket in one `client.get` (ZAF reads it from the agent interface: no API request).
 * A path the host cannot answer comes back in `errors`: without `ticket` there is nothing to show;
 * without the conversation the thread has no times and no public flags (see joinThread).
 */
export async function readTicket(client: ZafClient, fieldIds: number[]): Promise<TicketSnapshot> {
  const fieldPaths = fieldIds.map(customFieldPath);
  // The mapping (HTML to text included) is a chunk of its own, loaded beside the read: nothing drawn
  // before the values needs it (ADR 0105).
  const [result, { ticketFromZaf }] = await Promise.all([client.get([...TICKET_PATHS, ...fieldPaths]), import('./ticket-from-zaf')]);
  const errors = result.errors ?? {};
  const ticket = result.ticket as ZafTicket | undefined;
  if (!ticket || 'ticket' in errors)
    throw new Error(`The agent interface did not give the ticket: ${JSON.stringify(errors.ticket ?? null)}`);
  const list = <T>(path: string): T[] | null => (path in errors || !Array.isArray(result[path]) ? null : (result[path] as T[]));
  const customFields: Record<number, unknown> = {};
  fieldIds.forEach((id, i) => {
    const path = fieldPaths[i]!;
    customFields[id] = path in errors ? null : (result[path] ?? null);
  });
  return ticketFromZaf({
    ticket,
    comments: list<ZafComment>('ticket.comments') ?? [],
    conversation: list<ZafConversationEntry>('ticket.conversation'),
    requester: 'ticket.requester' in errors ? null : ((result['ticket.requester'] as ZafUserRef | undefined) ?? null),
    assignee: 'ticket.assignee' in errors ? null : ((result['ticket.assignee'] as { user?: ZafUserRef | null } | undefined) ?? null),
    customFields,
  });
}
