/** The tree and error shapes of the located JSON reader (`json-scanner.ts`). */
export type JsonNode =
  | { kind: 'object'; offset: number; entries: JsonEntry[]; complete: boolean }
  | { kind: 'array'; offset: number; items: JsonNode[]; complete: boolean }
  | { kind: 'string'; offset: number; value: string }
  | { kind: 'number'; offset: number; value: number }
  | { kind: 'boolean'; offset: number; value: boolean }
  | { kind: 'null'; offset: number };

export interface JsonEntry {
  key: string;
  keyOffset: number;
  value: JsonNode;
}

export type JsonSyntaxCode =
  | 'catalogue.json.unexpected-character'
  | 'catalogue.json.unexpected-end'
  | 'catalogue.json.unterminated-string'
  | 'catalogue.json.invalid-escape'
  | 'catalogue.json.control-character'
  | 'catalogue.json.invalid-number'
  | 'catalogue.json.trailing-comma'
  | 'catalogue.json.trailing-content'
  | 'catalogue.json.too-deep';

/** What the reader was looking for, so the UI can say "expected a comma or }" (each needs a translation). */
export const JSON_EXPECTATIONS = ['value', 'key', 'colon', 'comma-or-brace', 'comma-or-bracket'] as const;

export type JsonExpectation = (typeof JSON_EXPECTATIONS)[number];

export interface JsonSyntaxError {
  code: JsonSyntaxCode;
  offset: number;
  params: Record<string, string>;
}

export interface JsonScan {
  root: JsonNode | null;
  error: JsonSyntaxError | null;
}
