import { useController, useWorkspaceState } from './use-workspace';

export function TicketList() {
  const controller = useController();
  const state = useWorkspaceState();
  const tickets = controller.store.tickets();
  return (
    <nav className="ticket-list" aria-label="Tickets">
      <h2>Tickets ({tickets.length})</h2>
      <ul>
        {tickets.map((ticket) => (
          <li key={ticket.id}>
            <button
              type="button"
              aria-current={state.view === 'ticket' && state.ticketId === ticket.id ? 'page' : undefined}
              onClick={() => void controller.openTicket(ticket.id)}
            >
              <span className={`status status--${ticket.status}`}>{ticket.status}</span>
              <span className="ticket-list__subject">
                #{ticket.id} {ticket.subject}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
