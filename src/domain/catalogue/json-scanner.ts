/**
 * A small JSON reader that keeps offsets. `JSON.parse` error messages differ between engines and
 * versions and do not reliably carry a position, so admins would get no usable line/column.
 * It also keeps the part of the tree read before a syntax error, so values that parsed fine can
 * still be used.
 */
import type { JsonExpectation, JsonNode, JsonScan, JsonSyntaxCode, JsonSyntaxError } from './json-node';

/** Deep enough for any catalogue, shallow enough that hostile input cannot overflow the stack. */
const MAX_DEPTH = 64;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

class SyntaxStop extends Error {
  constructor(readonly error: JsonSyntaxError) {
    super(error.code);
  }
}

export function scanJson(text: string): JsonScan {
  let root: JsonNode | null = null;
  const reader = new Reader(text);
  try {
    reader.skipSpace();
    reader.value((node) => {
      root = node;
    }, 0);
    reader.skipSpace();
    if (!reader.atEnd()) reader.fail('catalogue.json.trailing-content', reader.pos);
    return { root, error: null };
  } catch (caught) {
    if (caught instanceof SyntaxStop) return { root, error: caught.error };
    throw caught;
  }
}

class Reader {
  pos = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  fail(code: JsonSyntaxCode, offset: number, params: Record<string, string> = {}): never {
    throw new SyntaxStop({ code, offset, params });
  }

  skipSpace(): void {
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      // A byte-order mark often survives copy-paste from Windows editors.
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\uFEFF') this.pos += 1;
      else return;
    }
  }

  unexpected(expected: JsonExpectation): never {
    if (this.atEnd()) this.fail('catalogue.json.unexpected-end', this.pos, { expected });
    const found = String.fromCodePoint(this.text.codePointAt(this.pos) ?? 0);
    return this.fail('catalogue.json.unexpected-character', this.pos, { found, expected });
  }

  value(attach: (node: JsonNode) => void, depth: number): void {
    const offset = this.pos;
    const ch = this.text[offset];
    if (ch === '{' || ch === '[') {
      if (depth >= MAX_DEPTH) this.fail('catalogue.json.too-deep', offset, {});
      if (ch === '{') this.object(attach, depth);
      else this.array(attach, depth);
      return;
    }
    if (ch === '"') {
      attach({ kind: 'string', offset, value: this.string() });
      return;
    }
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) {
      attach({ kind: 'number', offset, value: this.number() });
      return;
    }
    for (const [word, node] of LITERALS) {
      if (this.text.startsWith(word, offset)) {
        this.pos += word.length;
        attach({ ...node, offset });
        return;
      }
    }
    this.unexpected('value');
  }

  private object(attach: (node: JsonNode) => void, depth: number): void {
    const node: JsonNode = { kind: 'object', offset: this.pos, entries: [], complete: false };
    // Attached before its members are read, so a later syntax error still leaves it in the tree.
    attach(node);
    this.pos += 1;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos += 1;
      node.complete = true;
      return;
    }
    for (;;) {
      if (this.text[this.pos] !== '"') this.unexpected('key');
      const keyOffset = this.pos;
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.unexpected('colon');
      this.pos += 1;
      this.skipSpace();
      this.value((value) => node.entries.push({ key, keyOffset, value }), depth + 1);
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === '}') {
        this.pos += 1;
        node.complete = true;
        return;
      }
      if (next !== ',') this.unexpected('comma-or-brace');
      this.afterComma('}');
    }
  }

  private array(attach: (node: JsonNode) => void, depth: number): void {
    const node: JsonNode = { kind: 'array', offset: this.pos, items: [], complete: false };
    attach(node);
    this.pos += 1;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos += 1;
      node.complete = true;
      return;
    }
    for (;;) {
      this.value((item) => node.items.push(item), depth + 1);
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === ']') {
        this.pos += 1;
        node.complete = true;
        return;
      }
      if (next !== ',') this.unexpected('comma-or-bracket');
      this.afterComma(']');
    }
  }

  /** Trailing commas are the most common hand-edit mistake; name them rather than the bracket. */
  private afterComma(close: '}' | ']'): void {
    const comma = this.pos;
    this.pos += 1;
    this.skipSpace();
    if (this.text[this.pos] === close) this.fail('catalogue.json.trailing-comma', comma, {});
  }

  private string(): string {
    const start = this.pos;
    this.pos += 1;
    let out = '';
    let runStart = this.pos;
    while (this.pos < this.text.length) {
      const code = this.text.charCodeAt(this.pos);
      if (code === 34 /* " */) {
        out += this.text.slice(runStart, this.pos);
        this.pos += 1;
        return out;
      }
      if (code < 0x20) this.fail('catalogue.json.control-character', this.pos, {});
      if (code === 92 /* \ */) {
        out += this.text.slice(runStart, this.pos);
        out += this.escape();
        runStart = this.pos;
      } else {
        this.pos += 1;
      }
    }
    return this.fail('catalogue.json.unterminated-string', start, {});
  }

  private escape(): string {
    const at = this.pos;
    const letter = this.text[at + 1];
    if (letter === 'u') {
      const hex = this.text.slice(at + 2, at + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('catalogue.json.invalid-escape', at, {});
      this.pos = at + 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    const mapped = letter === undefined ? undefined : ESCAPES[letter];
    if (mapped === undefined) this.fail('catalogue.json.invalid-escape', at, {});
    this.pos = at + 2;
    return mapped;
  }

  private number(): number {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match || match[0] === '-') this.fail('catalogue.json.invalid-number', this.pos, {});
    this.pos += match[0].length;
    return Number(match[0]);
  }
}

const LITERALS: ReadonlyArray<readonly [string, JsonNode]> = [
  ['true', { kind: 'boolean', offset: 0, value: true }],
  ['false', { kind: 'boolean', offset: 0, value: false }],
  ['null', { kind: 'null', offset: 0 }],
];
