import { BEHAVIOURS, INSTRUCTION, replyPatternsFor, type Behaviour } from './behaviours';
import { activeText } from './clean';
import { NL_PL_CONTEMPT, NL_PL_STRUCTURE, NL_PL_THREAT } from './patterns-nl-pl';
import { CA_CONTEMPT, CA_STRUCTURE, CA_THREAT } from './patterns-ca';
import { SV_CONTEMPT, SV_STRUCTURE, SV_THREAT } from './patterns-sv';
import { DA_CONTEMPT, DA_START, DA_STRUCTURE, DA_THREAT } from './patterns-da';
import { foldText } from './fold';
import { detectLanguage, type Lang } from './language';
import { phrasePatternsFor } from './reply-phrases';
import { maskMarkup } from './text';
import type { CueCode } from './types';

/** A sentence (or list item) of a message, by position in the original body. */
export interface Sentence {
  start: number;
  end: number;
  folded: string;
}

/** What one piece of a message shows, and where. */
export interface BehaviourHit {
  behaviour: Behaviour;
  start: number;
  end: number;
  weight: number;
  /** Read from the exchange, not from words of this stretch: the reason is said, not quoted. */
  cue?: Extract<CueCode, 'calm-under-hostility' | 'negative-tone' | 'calm-under-triage-negative' | 'triage-negative-tone'>;
}

/** Longest stretch of a message read for behaviour: a reply rarely needs more. */
export const MAX_READ = 10_000;
const MAX_SENTENCE = 400;

export { foldText } from './fold';

/**
 * Where a sentence ends. A full stop followed by a lower-case word on the same line ends an abbreviation, not a
 * sentence ("USt-IdNr. korrigiert", "e.g. the"), and so does one after a single letter ("z. B."), a German date's
 * day ("am 2. Mai") or the Swedish "kl." before a time ("senast kl. 14"): the quote keeps the whole sentence.
 */
const GERMAN_MONTHS = 'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const BREAK = new RegExp(
  `(?<![\\s(]\\p{L}|^\\p{L})(?<!(?<!\\p{L})kl(?=\\.[ \\t]*\\d))(?<!(?<![\\d.])(?:0?[1-9]|[12]\\d|3[01])(?=\\.[ \\t]+(?:${GERMAN_MONTHS})(?!\\p{L})))\\.+(?=\\s|$)(?![ \\t]+\\p{Ll})|[!?。！？]+(?=\\s|$)|[。！？]|\\n+`,
  'gu',
);

/** Sentences of the message's own words (quoted replies and signatures left out). */
export function sentencesOf(body: string, maxRead = MAX_READ): Sentence[] {
  const active = activeText(body.slice(0, maxRead));
  const end = Math.min(active.end, maxRead);
  const text = maskMarkup(body.slice(0, end));
  const sentences: Sentence[] = [];
  let from = 0;
  let quote = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/u.test(text[a]!)) a++;
    while (b > a && /\s/u.test(text[b - 1]!)) b--;
    if (b - a < 2) return;
    // Sentences and quoted lines both come in text order: one pointer keeps this linear.
    while (quote < active.skip.length && active.skip[quote]![1] < a) quote++;
    const q = active.skip[quote];
    if (q && a >= q[0] && b <= q[1]) return;
    for (let s = a; s < b; s += MAX_SENTENCE) {
      const e = Math.min(b, s + MAX_SENTENCE);
      sentences.push({ start: s, end: e, folded: foldText(text.slice(s, e)) });
    }
  };
  for (const m of text.matchAll(BREAK)) {
    const to = (m.index ?? 0) + m[0].length;
    push(from, to);
    from = to;
  }
  push(from, text.length);
  return sentences;
}

const STEP_WORDS = `step|paso|schritt|etape|passo|${NL_PL_STRUCTURE.step}|${CA_STRUCTURE.step}|${SV_STRUCTURE.step}`;
const STEP_LINE = new RegExp(`^\\s*(\\d{1,2}[.)]|[-*•]|(${STEP_WORDS}) \\d)\\s*\\S`, 'iu');
const NUMBERED = new RegExp(`^\\s*(\\d{1,2}[.)]|(${STEP_WORDS}) \\d)`, 'iu');
const FUTURE_SELF = new RegExp(
  `(?<![a-z])(i('ll| will| am going to|'m going to)|we('ll| will| are going to)|let me|voy a|vamos a|te (escribo|llamo|aviso)|le (escribo|llamo|aviso)|ich (werde|melde)|wir (werden|melden)|je (vais|vous)|nous allons|vou|vamos|(ti|la) (scrivo|chiamo)|faro|faremo|${NL_PL_STRUCTURE.futureSelf}|${CA_STRUCTURE.futureSelf}|${SV_STRUCTURE.futureSelf})(?![a-z])|いたします|します`,
  'u',
);
/** A direct answer: a sentence that opens with a bare yes or no ("No. For cancellations…", "Sí, te cobramos…"). */
const ANSWER = /^(\d{1,2}[.)]\s*|[-*•]\s*)?(yes|no|si|ja|nein|oui|non|sim|nao|nee|tak|nie|nej)(?=\s*[.,!;:]|\s*$)/u;
const WORDS = /[\p{L}\p{N}]+/gu;
/** An amount of money or a percentage: the reply explains with the customer's own figures. */
const AMOUNT = new RegExp(
  `([€$£¥]\\s?\\d|\\d([.,]\\d+)?\\s?(€|\\$|£|eur|usd|gbp|brl|r\\$|%|円|${NL_PL_STRUCTURE.currency}(?![a-z])|(?:${SV_STRUCTURE.currency})(?![a-z])))`,
  'u',
);

/** The structural readers of a message: every language's, and for Danish its own words too (ADR 0184). */
interface Structure {
  stepLine: RegExp;
  numbered: RegExp;
  futureSelf: RegExp;
  instruction: RegExp;
  amount: RegExp;
}
const STRUCTURE: Structure = { stepLine: STEP_LINE, numbered: NUMBERED, futureSelf: FUTURE_SELF, instruction: INSTRUCTION, amount: AMOUNT };
let danishStructure: Structure | undefined;

/** Danish's steps, futures, instructions and kroner are read on Danish messages only, as its reply patterns are. */
function structureFor(lang: Lang): Structure {
  if (lang !== 'da') return STRUCTURE;
  const steps = `${STEP_WORDS}|${DA_STRUCTURE.step}`;
  return (danishStructure ??= {
    stepLine: new RegExp(`^\\s*(\\d{1,2}[.)]|[-*•]|(${steps}) \\d)\\s*\\S`, 'iu'),
    numbered: new RegExp(`^\\s*(\\d{1,2}[.)]|(${steps}) \\d)`, 'iu'),
    futureSelf: new RegExp(`${FUTURE_SELF.source}|${DA_START}(${DA_STRUCTURE.futureSelf})(?![a-z\\u00e6\\u00f8])`, 'u'),
    instruction: new RegExp(`${INSTRUCTION.source}|${DA_START}(${DA_STRUCTURE.instruction})`, 'u'),
    amount: new RegExp(`${AMOUNT.source}|\\d([.,]\\d+)?\\s?(${DA_STRUCTURE.currency})(?![a-z])`, 'u'),
  });
}

/** Of the other messages (context), this much of each is read. */
export const CONTEXT_READ = 2000;

/** The folded text of the first sentences, up to the 4,000 characters `detectLanguage` reads (not the whole message). */
export function languageSample(sentences: readonly Sentence[]): string {
  let sample = '';
  for (const s of sentences) {
    sample += (sample ? ' ' : '') + s.folded;
    if (sample.length >= 4000) break;
  }
  return sample;
}

/**
 * Reads what a message does: each behaviour pattern per sentence, plus structure — numbered steps
 * teach, a time after "I will" commits, an apology followed by a cause owns a mistake, a short
 * plain reply keeps it simple, amounts and percentages explain with the customer's own figures
 * (at `figuresWeight`, ADR 0090).
 */
export function readBehaviours(body: string, maxRead = MAX_READ, figuresWeight = 0): BehaviourHit[] {
  const sentences = sentencesOf(body, maxRead);
  // The phrases of the message's own language (ADR 0162), told from its first sentences (as much as `detectLanguage` reads);
  // a Danish message reads Danish's own patterns and structural words too (ADR 0184).
  const lang = sentences.length > 0 ? detectLanguage(languageSample(sentences)) : undefined;
  const phrases = lang === undefined ? undefined : phrasePatternsFor(lang);
  const patterns = replyPatternsFor(lang ?? 'en');
  const { stepLine, numbered: numberedLine, futureSelf, instruction, amount } = structureFor(lang ?? 'en');
  const hits: BehaviourHit[] = [];
  let apologyAt = -10;
  let steps = 0;
  let numbered = 0;
  let firstStep: Sentence | undefined;
  let words = 0;
  let answered = false;
  sentences.forEach((s, i) => {
    const sentenceWords = s.folded.match(WORDS)?.length ?? 0;
    words += sentenceWords;
    const found = new Set<Behaviour>();
    for (const b of BEHAVIOURS) if (patterns[b].test(s.folded) || phrases?.[b]?.test(s.folded)) found.add(b);
    if (found.has('commit-time')) {
      // A time on its own is context; a time the writer commits to is a promise.
      hits.push({ behaviour: 'commit-time', start: s.start, end: s.end, weight: futureSelf.test(s.folded) ? 1.5 : 0.4 });
      found.delete('commit-time');
    }
    if (found.has('apologise')) apologyAt = i;
    if (found.has('explain-cause') && i - apologyAt <= 2 && i !== apologyAt)
      hits.push({ behaviour: 'own-mistake', start: s.start, end: s.end, weight: 0.5 });
    for (const b of found) hits.push({ behaviour: b, start: s.start, end: s.end, weight: 1 });
    if (!answered && !found.has('straight-talk') && ANSWER.test(s.folded)) {
      answered = true;
      // A bare "No." says little as a quote: the reason quotes it with the sentence that gives the answer's substance.
      const next = sentenceWords <= 2 ? sentences[i + 1] : undefined;
      hits.push({ behaviour: 'straight-talk', start: s.start, end: next?.end ?? s.end, weight: 1 });
    }
    if (!found.has('teach') && instruction.test(s.folded)) hits.push({ behaviour: 'teach', start: s.start, end: s.end, weight: 0.3 });
    if (figuresWeight > 0 && amount.test(s.folded))
      hits.push({ behaviour: 'explain-cause', start: s.start, end: s.end, weight: figuresWeight });
    if (stepLine.test(s.folded)) {
      steps++;
      if (numberedLine.test(s.folded)) numbered++;
      firstStep ??= s;
    }
  });
  if (firstStep && steps >= 2)
    hits.push({ behaviour: 'teach', start: firstStep.start, end: firstStep.end, weight: numbered >= 2 ? 1.5 : 0.5 });
  const first = sentences[0];
  if (first && words > 0 && words <= 70 && steps < 2)
    hits.push({ behaviour: 'plain-short', start: first.start, end: first.end, weight: words <= 40 ? 1 : 0.5 });
  return hits;
}

/** Contempt for the company, its people or its product (folded text), in the languages we serve. */
const CONTEMPT = new RegExp(
  `(?<![a-z])(wtf|trash|garbage|rubbish|a joke|clowns|idiots?|stupid|useless|pathetic|incompetent|morons?|brain[- ]?dead|disgrace(ful)?|shameful|thieves|scammers|ridiculous|unacceptable|basura|inutiles?|ridicul[oa]|vergonzoso|verguenza|incompetentes|ladrones|estafadores|una broma|penoso|frechheit|unverschamt|lacherlich|inkompetent|mull|schwachsinn|idioten|betruger|ein witz|honteux|la honte|nuls|incompetents|inadmissible|scandaleux|voleurs|arnaqueurs|lixo|vergonha|absurdo|palhacada|ladroes|vergogna|ridicolo|schifo|incompetenti|ladri|pessimo|${NL_PL_CONTEMPT}|${CA_CONTEMPT}|${SV_CONTEMPT}|${DA_CONTEMPT})(?![a-z])|ふざけ|最悪|最低`,
  'u',
);
/** Threats to leave or escalate outside support. */
const THREAT = new RegExp(
  `(?<![a-z])(uninstall(ing)?|(cancel(l?ing)?|close|closing|delete) (my|the|our) (account|subscription|membership|contract)|charg(e|ing) ?back|never (again|buy|use|recommend)|lawyers?|sue you|legal action|(one|1)[- ]star|bad review|switch(ing)? to (a |another )?competitor|darme de baja|me doy de baja|abogados?|denunciar|nunca mas|kundige|anwalt|nie wieder|resilier|avocat|plus jamais|cancelar (minha|a) (conta|assinatura)|advogado|nunca mais|procon|disdire|avvocato|mai piu|${NL_PL_THREAT}|${CA_THREAT}|${SV_THREAT}|${DA_THREAT})(?![a-z])|二度と|解約`,
  'u',
);
const LETTER = /\p{L}/gu;
const UPPER = /\p{Lu}/gu;
const SHOUTED_WORD = /(?<![\p{L}])\p{Lu}{4,}(?![\p{L}])/gu;

/**
 * How hostile a message reads, in [0, 1]: shouting (most letters in capitals, or several words in capitals),
 * repeated "!!"/"?!", masked swearing, contempt for the company or its people, threats to leave or escalate.
 * Structure first: capitals and punctuation read the same in every language.
 */
export function hostility(body: string, words = true): number {
  const text = body.slice(0, CONTEXT_READ);
  const letters = text.match(LETTER)?.length ?? 0;
  const upper = text.match(UPPER)?.length ?? 0;
  let score = 0;
  if (letters >= 12 && upper / letters >= 0.6) score += 1;
  else if ((text.match(SHOUTED_WORD)?.length ?? 0) >= 3) score += 0.5;
  if (/[!?]{2,}|！{2,}/u.test(text)) score += 0.5;
  if (/\*{3,}|[#@$%&]{4,}|f[*#]+k/u.test(text)) score += 0.5;
  // A reply may quote the customer's words back ("trash talk"): an agent's tone is read from structure only.
  if (!words) return Math.min(1, score);
  const folded = foldText(text);
  if (CONTEMPT.test(folded)) score += 0.5;
  if (THREAT.test(folded)) score += 0.5;
  return Math.min(1, score);
}
