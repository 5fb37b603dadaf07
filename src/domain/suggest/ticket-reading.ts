import type { TicketSnapshot } from '../ticket';
import { isAppNote } from './app-note';
import { BEHAVIOURS, situationPatternsFor, type Behaviour } from './behaviours';
import type { EngineParams } from './params';
import { CONTEXT_READ, hostility, languageSample, readBehaviours, sentencesOf, type BehaviourHit } from './reply-reading';
import { termsOfFolded } from './terms';
import { detectLanguage } from './language';
import { foldText } from './reply-reading';

/**
 * Besides the reply itself, the conversation is read from its most recent messages only, and a few
 * thousand characters of each: bounded work on any thread (a 1 MB thread costs what a short one does).
 * What a reply answers is in the messages just before it.
 */
export const CONTEXT_COMMENTS = 6;

export interface Located extends BehaviourHit {
  commentIndex: number;
  source: string;
}

/** Whether the customer wrote last, so the ticket now waits on an answer (the sidebar reads the situation). */
export function awaitsReply(ticket: TicketSnapshot): boolean {
  const comments = Array.isArray(ticket.comments) ? ticket.comments : [];
  const last = [...comments].reverse().find((c) => c.public !== false);
  return last === undefined || last.authorRole === 'end-user';
}

/** The reply the suggestion is about: the one being tagged, or the last public agent reply. */
export function replyIndexOf(ticket: TicketSnapshot): number | undefined {
  const comments = Array.isArray(ticket.comments) ? ticket.comments : [];
  for (let i = comments.length - 1; i >= 0; i--) {
    const c = comments[i];
    if (c && c.public !== false && c.authorRole !== 'end-user' && c.authorRole !== 'system') return i;
  }
  return undefined;
}

function situationHits(body: string, maxRead?: number): BehaviourHit[] {
  const hits: BehaviourHit[] = [];
  const sentences = sentencesOf(body, maxRead);
  // A Danish message reads Danish's own situations too (ADR 0184), its language told as `readBehaviours` tells a reply's.
  const patterns = situationPatternsFor(sentences.length > 0 ? detectLanguage(languageSample(sentences)) : 'en');
  for (const s of sentences) {
    for (const [b, pattern] of Object.entries(patterns) as [Behaviour, RegExp][]) {
      if (pattern.test(s.folded)) hits.push({ behaviour: b, start: s.start, end: s.end, weight: 1 });
    }
  }
  return hits;
}

/** Every behaviour the conversation shows, weighted by who wrote it and how it bears on the reply. */
export function readConversation(ticket: TicketSnapshot, focus: number | undefined, p: EngineParams): Located[] {
  const comments = Array.isArray(ticket.comments) ? ticket.comments : [];
  const located: Located[] = [];
  let context = 0;
  for (let i = comments.length - 1; i >= 0 && context < CONTEXT_COMMENTS; i--) {
    const c = comments[i];
    if (i !== focus) context++;
    const body = typeof c?.body === 'string' ? c.body : '';
    const read = i === focus ? undefined : CONTEXT_READ;
    const isPublic = c?.public !== false;
    if (!c || isAppNote(body, isPublic)) continue;
    const isCustomer = c.authorRole === 'end-user';
    let scale: number;
    let hits: BehaviourHit[];
    if (isCustomer) {
      scale = focus === undefined ? 1 : i < focus ? p.customerWeight : 0;
      hits = scale > 0 ? situationHits(body, read) : [];
    } else {
      scale = i === focus ? 1 : !isPublic ? p.noteWeight : focus !== undefined && i < focus ? p.earlierReplyWeight : 0;
      hits = scale > 0 ? readBehaviours(body, read, p.figuresWeight) : [];
    }
    for (const h of hits) located.push({ ...h, weight: h.weight * scale, commentIndex: i, source: body });
  }
  if (p.composureWeight > 0) located.push(...composure(ticket, focus, p.composureWeight));
  if (focus === undefined) located.push(...triageFeeling(ticket));
  return located;
}

/** A message this hostile or more calls for composure. */
const HOSTILE = 1;

/**
 * Zendesk's intelligent triage, where an account has it, reads the sentiment of a ticket's first message and tags the
 * ticket `sentiment__<value>` (agents can correct it; the tag follows). How negative it read that message (ADR 0126):
 * 1 for "very negative", 0.5 for "negative", 0 without either tag. A cue, never required.
 */
const TRIAGE_NEGATIVITY: Readonly<Record<string, number>> = { sentiment__very_negative: 1, sentiment__negative: 0.5 };

export function triageNegativity(tags: readonly unknown[] | undefined): number {
  let most = 0;
  for (const tag of Array.isArray(tags) ? tags : []) most = Math.max(most, TRIAGE_NEGATIVITY[String(tag)] ?? 0);
  return most;
}

/** The customer's first public message: the one intelligent triage reads; -1 when there is none. */
function firstCustomerMessage(comments: TicketSnapshot['comments']): number {
  return comments.findIndex((c) => c?.authorRole === 'end-user' && c.public !== false);
}

/**
 * Before a reply, a first message intelligent triage read as negative calls for acknowledging how the customer feels
 * (ADR 0126): "negative" as much as one sentence that says so in words, "very negative" twice that. Only while that
 * message is among the ones the situation is read from.
 */
function triageFeeling(ticket: TicketSnapshot): Located[] {
  const level = triageNegativity(ticket.tags);
  const comments = Array.isArray(ticket.comments) ? ticket.comments : [];
  const first = firstCustomerMessage(comments);
  if (level <= 0 || first < 0 || first < comments.length - CONTEXT_COMMENTS) return [];
  const source = bodyOf(comments[first]);
  const sentence = sentencesOf(source, CONTEXT_READ)[0];
  if (!sentence) return [];
  return [
    {
      behaviour: 'acknowledge',
      start: sentence.start,
      end: sentence.end,
      weight: 2 * level,
      cue: 'triage-negative-tone',
      commentIndex: first,
      source,
    },
  ];
}

/**
 * Composure (ADR 0110), read from the exchange rather than words: the customer's messages since the agent's
 * previous public reply are hostile (capitals, "!!", contempt, threats to leave) and the reply is not. Before any
 * reply (situation mode), a hostile message calls for it. The first message also counts what intelligent triage read
 * in it (ADR 0126); when only that makes it hostile, the reason names the triage, not the customer's words.
 */
function composure(ticket: TicketSnapshot, focus: number | undefined, weight: number): Located[] {
  const comments = Array.isArray(ticket.comments) ? ticket.comments : [];
  const end = focus ?? comments.length;
  const first = firstCustomerMessage(comments);
  // "Very negative" is hostility on its own; "negative" only with a sign of it in the words.
  const triage = triageNegativity(ticket.tags) * HOSTILE;
  let worst = 0;
  let at = -1;
  let byTriage = false;
  for (let i = end - 1, seen = 0; i >= 0 && seen < CONTEXT_COMMENTS; i--, seen++) {
    const c = comments[i];
    if (!c || c.public === false) continue;
    if (c.authorRole !== 'end-user') {
      if (focus !== undefined) break;
      continue;
    }
    const body = bodyOf(c);
    if (isAppNote(body, true)) continue;
    const words = hostility(body);
    const h = i === first ? Math.min(1, words + triage) : words;
    if (h > worst) [worst, at, byTriage] = [h, i, words < HOSTILE];
  }
  if (worst < HOSTILE) return [];
  if (focus === undefined)
    return composureCue(bodyOf(comments[at]), at, byTriage ? 'triage-negative-tone' : 'negative-tone', worst * weight, CONTEXT_READ);
  const reply = bodyOf(comments[focus]);
  if (hostility(reply, false) >= 0.5) return [];
  return composureCue(reply, focus, byTriage ? 'calm-under-triage-negative' : 'calm-under-hostility', worst * weight);
}

const bodyOf = (comment: TicketSnapshot['comments'][number] | undefined) => (typeof comment?.body === 'string' ? comment.body : '');

/** Composure located on a message's first sentence: its reason is the cue, the sentence only says where. */
function composureCue(source: string, commentIndex: number, cue: NonNullable<Located['cue']>, weight: number, maxRead?: number): Located[] {
  const first = sentencesOf(source, maxRead)[0];
  return first ? [{ behaviour: 'de-escalate', start: first.start, end: first.end, weight, cue, commentIndex, source }] : [];
}

export interface TicketReading {
  /** The comment the suggestion is about; undefined before any agent reply (situation mode). */
  focus: number | undefined;
  located: Located[];
  /** Per behaviour (BEHAVIOURS order), how clearly it shows, in [0, 1). */
  shown: number[];
  /** Terms of the reply (or, before a reply, of the customer's messages) and their counts. */
  replyTerms: Map<string, number>;
}

/** Reads a ticket once: what its reply (or its situation) shows, and its words. */
export function readTicket(ticket: TicketSnapshot, focusCommentIndex: number | null | undefined, p: EngineParams): TicketReading {
  // null: the situation only; undefined: the last public agent reply.
  const focus = focusCommentIndex === null ? undefined : (focusCommentIndex ?? replyIndexOf(ticket));
  const located = readConversation(ticket, focus, p);
  const strength = BEHAVIOURS.map(() => 0);
  for (const h of located) strength[BEHAVIOURS.indexOf(h.behaviour)]! += h.weight;
  const shown = strength.map((s) => 1 - Math.exp(-s / p.saturation));
  const comments = Array.isArray(ticket.comments) ? ticket.comments : [];
  const replyTerms = focus === undefined ? situationTerms(ticket) : termCounts(comments[focus]?.body ?? '');
  return { focus, located, shown, replyTerms };
}

/**
 * The terms situation mode reads (the customer's last messages) and their counts, without locating behaviours in them:
 * what the situation prior reads beside a reply (ADR 0166).
 */
export function situationTerms(ticket: TicketSnapshot): Map<string, number> {
  const comments = Array.isArray(ticket.comments) ? ticket.comments : [];
  return termCounts(
    comments
      .filter((c) => c.authorRole === 'end-user')
      .slice(-CONTEXT_COMMENTS)
      .map((c) => String(c.body ?? '').slice(0, CONTEXT_READ))
      .join('\n'),
  );
}

function termCounts(source: string): Map<string, number> {
  const terms = new Map<string, number>();
  const lang = detectLanguage(foldText(source.slice(0, 4000)));
  for (const s of sentencesOf(source)) for (const t of termsOfFolded(s.folded, lang)) terms.set(t, (terms.get(t) ?? 0) + 1);
  return terms;
}
