import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCatalogueAsText } from './format-catalogue';
import { parseCatalogue } from './parse-catalogue';
import type { CatalogueParseResult } from './parse-result';
import { isValidTag } from './tag-rules';
import { splitLines } from './text-lines';

const lineLike = fc.oneof(
  fc.constantFrom(
    'Mission: m',
    'vision:',
    'Value: Own it',
    'VALUE: 共感',
    'Value:',
    'Tag: vc_x',
    'tag: Bad Tag!',
    'Description: d',
    'Prompts:',
    'questions',
    'Signals: a, "b, c',
    '- item',
    '• item',
    '',
    '   ',
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
);

const word = fc.oneof(fc.constantFrom('Own it', 'own IT', '共感', 'Café', 'a, b', '"q"', '- x'), fc.string({ maxLength: 12 }));

/** A value block in the text format with random content and random header spelling. */
const valueBlock = fc
  .record({
    header: fc.constantFrom('Value:', 'VALUE :', '## value:'),
    name: word,
    tag: fc.option(fc.oneof(word, fc.constantFrom('vc_own_it', 'vc_value')), { nil: undefined }),
    description: fc.array(word, { maxLength: 2 }),
    prompts: fc.array(word, { maxLength: 3 }),
    signals: fc.option(
      fc.array(word, { maxLength: 3 }).map((items) => items.join(', ')),
      { nil: undefined },
    ),
    noise: fc.array(lineLike, { maxLength: 2 }),
  })
  .map((v) => [
    `${v.header} ${v.name}`,
    ...(v.tag === undefined ? [] : [`Tag: ${v.tag}`]),
    ...(v.description.length ? [`Description: ${v.description.join('\n')}`] : []),
    ...(v.prompts.length ? ['Prompts:', ...v.prompts.map((p) => `  - ${p}`)] : []),
    ...(v.signals === undefined ? [] : [`Signals: ${v.signals}`]),
    ...v.noise,
  ]);

/** Text that looks like the plain-text format, so parsing goes deep rather than stopping early. */
const textLike = fc
  .tuple(fc.array(fc.oneof(valueBlock, fc.array(lineLike, { maxLength: 3 })), { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([blocks, eol]) => blocks.flat().join('\n').replace(/\n/g, eol));

const maybeString = fc.oneof({ arbitrary: word, weight: 4 }, { arbitrary: fc.jsonValue({ maxDepth: 1 }), weight: 1 });
const valueLike = fc.oneof({ arbitrary: valueRecord(), weight: 5 }, { arbitrary: fc.jsonValue({ maxDepth: 1 }), weight: 1 });

function valueRecord() {
  return fc.record(
    {
      name: fc.oneof(fc.constantFrom('Own it', 'own it', '共感', '', 'Value'), word, maybeString),
      description: maybeString,
      tag: fc.oneof(fc.constantFrom('vc_own_it', 'VC X', '!!', 'vc_value'), maybeString),
      prompts: fc.oneof(fc.array(maybeString, { maxLength: 3 }), maybeString),
      signals: fc.oneof(fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), fc.string()),
      other: maybeString,
    },
    { requiredKeys: [] },
  );
}

/** JSON-ish: catalogue-shaped objects, pretty or compact, sometimes cut off mid-way. */
const jsonLike = fc
  .tuple(
    fc.record(
      { mission: maybeString, vision: maybeString, values: fc.array(valueLike, { maxLength: 8 }), extra: maybeString },
      { requiredKeys: [] },
    ),
    fc.constantFrom(undefined, 2, '\t'),
    fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: fc.nat(), weight: 1 }),
  )
  .map(([value, indent, cut]) => {
    const text = JSON.stringify(value, null, indent).replace(/\n/g, indent === '\t' ? '\r\n' : '\n');
    return cut === undefined ? text : text.slice(0, cut % (text.length + 1));
  });

const anyInput = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.json(),
  { arbitrary: textLike, weight: 4 },
  { arbitrary: jsonLike, weight: 4 },
);

function expectWellFormed(text: string, result: CatalogueParseResult): void {
  const lineCount = splitLines(text).length;
  expect(result.catalogue.values.length).toBeGreaterThanOrEqual(1);
  for (const issue of result.issues) {
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.line).toBeLessThanOrEqual(lineCount);
    if (issue.column !== undefined) expect(issue.column).toBeGreaterThanOrEqual(1);
  }
  const ids = result.catalogue.values.map((value) => value.id);
  const tags = result.catalogue.values.map((value) => value.tag);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(tags).size).toBe(tags.length);
  for (const tag of tags) expect(isValidTag(tag)).toBe(true);
}

describe('parseCatalogue properties', () => {
  it('never throws and always returns a usable catalogue with located issues', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        expectWellFormed(text, parseCatalogue(text));
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips through the text form', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        const { catalogue } = parseCatalogue(text);
        const again = parseCatalogue(formatCatalogueAsText(catalogue));
        expect(again.catalogue).toEqual(catalogue);
        expect(again.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseCatalogue round-trip regressions', () => {
  it.each([
    // A skipped value (duplicate tag) must not shift the fallback ids of the kept ones.
    'Value: Own it\nTag: vc_value\nValue: :\nTag: vc_value\nValue: 共感',
  ])('%j', (text) => {
    const { catalogue } = parseCatalogue(text);
    expect(parseCatalogue(formatCatalogueAsText(catalogue)).catalogue).toEqual(catalogue);
  });
});
