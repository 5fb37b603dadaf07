/** The field a header line starts. Headers are matched case-insensitively, aliases included. */
export type HeaderKey =
  | 'mission'
  | 'vision'
  | 'value'
  | 'tag'
  | 'description'
  | 'prompts'
  | 'questions'
  | 'signals'
  | 'behaviours'
  | 'missionQuestions'
  | 'visionQuestions'
  /** "Values:" above the value blocks: a heading people write naturally; it starts nothing. */
  | 'heading';

const ALIASES: Record<string, HeaderKey> = {
  mission: 'mission',
  'our mission': 'mission',
  'mission statement': 'mission',
  vision: 'vision',
  'our vision': 'vision',
  'vision statement': 'vision',
  value: 'value',
  tag: 'tag',
  'option tag': 'tag',
  description: 'description',
  desc: 'description',
  prompts: 'prompts',
  prompt: 'prompts',
  'coaching prompts': 'prompts',
  questions: 'questions',
  question: 'questions',
  'reflective questions': 'questions',
  'ask yourself': 'questions',
  signals: 'signals',
  signal: 'signals',
  'signal words': 'signals',
  keywords: 'signals',
  behaviours: 'behaviours',
  behaviour: 'behaviours',
  behaviors: 'behaviours',
  behavior: 'behaviours',
  values: 'heading',
  'mission questions': 'missionQuestions',
  'questions on the mission': 'missionQuestions',
  'vision questions': 'visionQuestions',
  'questions on the vision': 'visionQuestions',
  'our values': 'heading',
};

export interface HeaderLine {
  key: HeaderKey;
  /** Whatever follows the colon, trimmed. */
  rest: string;
}

// Optional Markdown heading marks, a known word or phrase, then a colon (ASCII or full-width).
// A line that is only the word (no colon) also counts, as people often write "Prompts" alone.
const WITH_COLON = /^#{0,6}\s*([A-Za-z][A-Za-z ]{0,30}?)\s*[:\uFF1A]\s*(.*)$/;
const WORD_ONLY = /^#{0,6}\s*([A-Za-z][A-Za-z ]{0,30}?)\s*$/;

/** Reads a trimmed line as a header, or null when it is ordinary text. */
export function readHeader(line: string): HeaderLine | null {
  const match = WITH_COLON.exec(line) ?? WORD_ONLY.exec(line);
  if (!match) return null;
  const key = ALIASES[(match[1] ?? '').toLowerCase().replace(/\s+/g, ' ')];
  return key ? { key, rest: (match[2] ?? '').trim() } : null;
}

// `-`, `*`, `•` and friends, or `1.` / `1)`. Only one marker is removed, so an item may itself
// start with a dash.
const BULLET = /^(?:[-*\u2022\u00B7\u2013\u2014+]|\d{1,3}[.)](?=\s))\s*/;

/** The text after a list marker, or null when the line is not a list item. */
export function readBullet(line: string): string | null {
  const match = BULLET.exec(line);
  return match ? line.slice(match[0].length).trim() : null;
}
