import type { Catalogue } from '../catalogue/types';
import type { TicketSnapshot } from '../ticket';
import { maskText, unmasked } from './mask';
import type { SentMessage } from './types';

/** Bounds on what one request carries: the newest public messages, each and in total. */
export const MAX_MESSAGES = 20;
export const MAX_MESSAGE_CHARS = 4000;
export const MAX_TOTAL_CHARS = 20_000;
export const MAX_REASONS_ASKED = 4;

/**
 * The question the model is asked, as the sidebar's card asks it (ADR 0157): once an agent has answered, which value that
 * reply shows; while the customer waits for an answer, which value the conversation calls for. Before ADR 0157 every
 * request asked the second question, so after an agent's reply the model's value (which leads the card) answered a
 * question the card does not ask.
 */
export function systemPromptFor(messages: readonly SentMessage[]): string {
  const last = messages.at(-1);
  // The question's three parts: what to pick, where to quote from, what the bands mean.
  const ask =
    last?.from === 'agent'
      ? {
          pick: [
            `pick the ONE value that the agent reply in message ${last.message} shows most, judged from what the agent does,`,
            'offers, explains or decides in it. The earlier messages are context only.',
          ],
          quote: `; quote message ${last.message} itself where you can`,
          clearly: 'the reply clearly shows the value',
        }
      : {
          pick: ["pick the ONE value the conversation most calls for: the value an agent's reply to this ticket should show."],
          quote: '',
          clearly: 'the conversation clearly calls for the value',
        };
  return [
    "You help a customer support team coach its agents on the team's values.",
    'Given the team catalogue and the public messages of one ticket,',
    ...ask.pick,
    'Answer only with the JSON the schema describes.',
    `Give up to ${MAX_REASONS_ASKED} reasons. Each reason is a short quote (a few words to one sentence) copied character for character`,
    `from one message, and the number of the message it comes from${ask.quote}.`,
    'Never paraphrase a quote. Personal data is masked as [email], [phone], [card].',
    `band: "strong" when ${ask.clearly}, "moderate" when it likely does, "weak" when it is a guess.`,
  ].join(' ');
}

/** Bumped whenever the question asked changes: outcomes remembered under another question are not reused (`suggestionCacheKey`). */
export const PROMPT_VERSION = 2;

/**
 * The public messages that are sent, newest kept first when the thread is long. Internal notes
 * (public: false) are never included; the subject and ticket metadata are not sent either.
 */
export function messagesToSend(ticket: TicketSnapshot, masking: boolean): SentMessage[] {
  const picked: SentMessage[] = [];
  let budget = MAX_TOTAL_CHARS;
  const comments = Array.isArray(ticket.comments) ? ticket.comments : [];
  for (let i = comments.length - 1; i >= 0 && picked.length < MAX_MESSAGES && budget > 0; i--) {
    const comment = comments[i]!;
    if (comment.public !== true) continue;
    const body = typeof comment.body === 'string' ? comment.body : '';
    if (body.trim() === '') continue;
    const text = body.slice(0, Math.min(MAX_MESSAGE_CHARS, budget));
    budget -= text.length;
    picked.push({
      message: i + 1,
      commentIndex: i,
      from: comment.authorRole === 'end-user' ? 'customer' : 'agent',
      sent: masking ? maskText(text) : unmasked(text),
    });
  }
  return picked.reverse();
}

/** The user turn: the catalogue and the messages as one JSON document (unambiguous for any model). */
export function userContent(catalogue: Catalogue, messages: readonly SentMessage[]): string {
  return JSON.stringify({
    catalogue: {
      mission: catalogue.mission,
      values: catalogue.values.map((v) => ({ id: v.id, name: v.name, description: v.description })),
    },
    messages: messages.map((m) => ({ message: m.message, from: m.from, text: m.sent.text })),
  });
}

/** The JSON schema every provider is asked to answer in. */
export function answerSchema(catalogue: Catalogue): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['value', 'band', 'reasons'],
    properties: {
      value: { type: 'string', enum: catalogue.values.map((v) => v.id), description: 'The id of the chosen value.' },
      band: { type: 'string', enum: ['strong', 'moderate', 'weak'] },
      reasons: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['quote', 'message'],
          properties: {
            quote: { type: 'string', description: 'Copied exactly from the message.' },
            message: { type: 'integer', description: 'The number of the message the quote comes from.' },
          },
        },
      },
    },
  };
}
