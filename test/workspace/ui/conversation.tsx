import { useState, type FormEvent } from 'react';
import { useController, useWorkspaceState } from './use-workspace';

/** The open ticket's conversation, as plain text: ticket bodies are hostile input here too. */
export function Conversation({ ticketId }: { ticketId: number }) {
  const controller = useController();
  useWorkspaceState();
  const ticket = controller.store.ticket(ticketId);
  const users = new Map(controller.store.users().map((u) => [u.id, u]));
  const comments = controller.store.comments(ticketId);
  const [draft, setDraft] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    controller.addComment(ticketId, ticket.requester_id, draft, true);
    setDraft('');
  };

  return (
    <section className="conversation" aria-label={`Ticket #${ticket.id}`}>
      <header>
        <h2>
          #{ticket.id} {ticket.subject}
        </h2>
        <p className="meta">
          {ticket.status} · priority {ticket.priority ?? 'none'} · tags: {ticket.tags.join(', ') || '—'}
          {ticket.satisfaction_rating ? ` · satisfaction: ${ticket.satisfaction_rating.score}` : ''}
        </p>
      </header>
      <ol className="comments">
        {comments.map((comment) => {
          const author = users.get(comment.author_id);
          return (
            <li key={comment.id} className={comment.public ? 'comment' : 'comment comment--private'}>
              <p className="comment__author">
                {author?.name ?? `User ${comment.author_id}`} ({author?.role ?? 'unknown'}){comment.public ? '' : ' · internal note'} ·{' '}
                {new Date(comment.created_at).toLocaleString()}
              </p>
              <p className="comment__body">{comment.plain_body ?? comment.body}</p>
            </li>
          );
        })}
      </ol>
      <form className="composer" onSubmit={submit}>
        <label htmlFor="customer-reply">Add a reply as the requester</label>
        <textarea id="customer-reply" value={draft} onChange={(e) => setDraft(e.target.value)} rows={2} />
        <button type="submit">Send as requester</button>
      </form>
    </section>
  );
}
