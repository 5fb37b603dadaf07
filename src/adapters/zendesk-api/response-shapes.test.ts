import { describe, expect, it } from 'vitest';
import type { HttpResponse, ZafPort } from '../zaf/zaf-port';
import { ApiError } from './api-error';
import { createZendeskApi } from './zendesk-api';

/** A port whose every request gets the same answer: enough to see what the adapter makes of a body. */
function portAnswering(body: unknown): ZafPort {
  const answer: HttpResponse = { status: 200, body, headers: {} };
  return { request: () => Promise.resolve(answer) } as unknown as ZafPort;
}

const goodTicket = { id: 7, status: 'open', tags: [], custom_fields: [{ id: 1, value: null }], updated_at: '2026-11-01T00:00:00Z' };

describe('checked responses', () => {
  it('passes a documented body through, extra fields included', async () => {
    const ticket = await createZendeskApi(portAnswering({ ticket: { ...goodTicket, brand_id: 3 } })).getTicket(7);
    expect(ticket).toMatchObject({ id: 7, brand_id: 3 });
  });

  it.each([
    ['no ticket at all', {}, 'body.ticket is not an object'],
    ['custom_fields not a list', { ticket: { ...goodTicket, custom_fields: 'x' } }, 'body.ticket.custom_fields is not a list'],
    [
      'a field without an id',
      { ticket: { ...goodTicket, custom_fields: [{ value: 1 }] } },
      'body.ticket.custom_fields[0].id is not a number',
    ],
    ['an HTML error page', '<html>Maintenance</html>', 'body is not an object'],
  ])('turns a surprise (%s) into an ApiError naming the path', async (_, body, message) => {
    const failure = await createZendeskApi(portAnswering(body))
      .getTicket(7)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).kind).toBe('unexpected');
    expect((failure as ApiError).message).toBe(`Zendesk answered GET /api/v2/tickets/7.json with an unexpected shape: ${message}`);
  });

  it('checks every page of a paged read', async () => {
    const failure = await createZendeskApi(
      portAnswering({ comments: [{ id: 1, author_id: 2, body: 'hi', public: 'yes', created_at: 'x' }] }),
    )
      .getComments(7)
      .catch((error: unknown) => error);
    expect((failure as ApiError).message).toContain('body.comments[0].public is not true or false');
  });
});
