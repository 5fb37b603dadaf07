import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonNode } from './json-node';
import { scanJson } from './json-scanner';

/** Turns a scanned tree back into plain JSON values to compare with JSON.parse. */
function toPlain(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.entries.map((entry) => [entry.key, toPlain(entry.value)]));
    case 'array':
      return node.items.map(toPlain);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

describe('scanJson', () => {
  it('reads exactly what JSON.parse reads', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        const scan = scanJson(text);
        expect(scan.error).toBeNull();
        expect(scan.root && toPlain(scan.root)).toEqual(JSON.parse(text));
      }),
    );
  });

  it('rejects whatever JSON.parse rejects', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        // JSON.parse accepts a few whitespace characters we also accept; a BOM is our only extra.
        if (!text.includes('\uFEFF')) expect(scanJson(text).error === null).toBe(valid);
      }),
    );
  });

  it('reports the offset of the problem, not a message', () => {
    expect(scanJson('{"a" 1}').error).toEqual({
      code: 'catalogue.json.unexpected-character',
      offset: 5,
      params: { found: '1', expected: 'colon' },
    });
    expect(scanJson('[1,]').error?.code).toBe('catalogue.json.trailing-comma');
    expect(scanJson('"abc').error).toMatchObject({ code: 'catalogue.json.unterminated-string', offset: 0 });
  });

  it('keeps what it read before a syntax error', () => {
    const scan = scanJson('{"values": [{"name": "A"}, {"name": ');
    expect(scan.error?.code).toBe('catalogue.json.unexpected-end');
    const root = scan.root;
    expect(root?.kind).toBe('object');
    if (root?.kind !== 'object') return;
    const values = root.entries[0]?.value;
    expect(values?.kind === 'array' && values.items.map((item) => item.kind === 'object' && item.complete)).toEqual([true, false]);
  });

  it('stops at a nesting depth that cannot overflow the stack', () => {
    expect(scanJson('['.repeat(100_000)).error?.code).toBe('catalogue.json.too-deep');
  });
});
