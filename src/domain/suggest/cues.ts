import type { TicketSnapshot } from '../ticket';
import type { CueCode } from './types';
import type { Segment } from './ticket-text';

/** Evidence from the ticket's metadata and shape, for concepts: the value that reads as that concept gets it. */
export interface CueEvidence {
  cue: CueCode;
  concept: string;
  weight: number;
  commentIndex?: number;
}

const BUG = /\b(bug|error|broken|crash\w*|fails?|failing|not working|doesn'?t work|stopped working|glitch)\b/i;
const BILLING =
  /\b(charged|overcharged|double[- ]charged|refund\w*|invoice\w*|billing|bill|fee|dispute\w*|cobr\w+|reembolso|rechnung|erstattung|factur\w*|rembours\w*)\b/i;
const THANKS =
  /\b(thank you so much|thanks so much|really appreciate|you'?re a star|lifesaver|amazing help|muchas gracias|vielen dank|merci beaucoup|muito obrigad[oa])\b/i;

/** Customer messages in a row with no agent reply between them, at the end or before the first reply. */
function unansweredFollowUps(segments: Segment[]): number {
  let run = 0;
  let longest = 0;
  for (const s of segments) {
    if (s.speaker === 'customer') run++;
    else if (s.speaker === 'agent') run = 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

export function metadataCues(ticket: TicketSnapshot, segments: Segment[]): CueEvidence[] {
  const cues: CueEvidence[] = [];
  if (ticket.priority === 'urgent') cues.push({ cue: 'urgent-priority', concept: 'responsiveness', weight: 1.2 });
  else if (ticket.priority === 'high') cues.push({ cue: 'high-priority', concept: 'responsiveness', weight: 0.5 });
  const followUps = unansweredFollowUps(segments);
  if (followUps >= 2) {
    cues.push({ cue: 'unanswered-follow-ups', concept: 'responsiveness', weight: 0.5 * (followUps - 1) });
    cues.push({ cue: 'unanswered-follow-ups', concept: 'empathy', weight: 0.3 * (followUps - 1) });
  }
  const customerText = segments.filter((s) => s.speaker === 'customer' || s.speaker === 'subject').map((s) => s.source.slice(0, 20_000));
  const customerIndex = (re: RegExp) =>
    segments.find((s) => (s.speaker === 'customer' || s.speaker === 'subject') && re.test(s.source.slice(0, 20_000)))?.commentIndex;
  if (customerText.some((t) => BUG.test(t)))
    cues.push({ cue: 'bug-report', concept: 'root-cause', weight: 0.3, commentIndex: customerIndex(BUG) });
  if (customerText.some((t) => BILLING.test(t))) {
    cues.push({ cue: 'billing-dispute', concept: 'ownership', weight: 0.2, commentIndex: customerIndex(BILLING) });
  }
  if (customerText.some((t) => THANKS.test(t)))
    cues.push({ cue: 'grateful-tone', concept: 'empathy', weight: 0.1, commentIndex: customerIndex(THANKS) });
  if (ticket.satisfaction === 'bad') {
    cues.push({ cue: 'bad-satisfaction', concept: 'empathy', weight: 0.4 });
    cues.push({ cue: 'bad-satisfaction', concept: 'ownership', weight: 0.3 });
  }
  if (segments.length > 14) cues.push({ cue: 'long-thread', concept: 'ownership', weight: 0.3 });
  return cues;
}
