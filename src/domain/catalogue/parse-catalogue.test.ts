import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from './default-catalogue';
import { CATALOGUE_ISSUE_CODES, type CatalogueIssueCode } from './issue-codes';
import { parseCatalogue } from './parse-catalogue';
import { formatCatalogueAsText } from './format-catalogue';

const values = (count: number): string =>
  Array.from({ length: count }, (_, i) => `Value: Value number ${i + 1}\nDescription: d`).join('\n');

/** One input per code: proves each code can actually be produced, so each needs a translation. */
const SAMPLES: Record<CatalogueIssueCode, string> = {
  'catalogue.no-values': 'Mission: Only a mission',
  'catalogue.too-many-values': values(41),
  'catalogue.too-many-issues': `${'just prose\n'.repeat(150)}Value: A`,
  'catalogue.text-too-long': `Value: ${'n'.repeat(81)}`,
  'catalogue.list-too-long': `Value: A\nPrompts:\n${Array.from({ length: 21 }, (_, i) => `- p${i}`).join('\n')}`,
  'catalogue.mission.missing': 'Vision: v\nValue: A',
  'catalogue.vision.missing': 'Mission: m\nValue: A',
  'catalogue.question.phrase-not-found': 'Mission: Help customers\nVision: v\nValue: A\nMission questions:\n- "delight": Do we delight?',
  'catalogue.value.missing-name': 'Value:\nValue: B',
  'catalogue.value.duplicate-name': 'Value: Own it\nValue: own  IT',
  'catalogue.value.duplicate-id': 'Value: Own it!\nValue: Own it?',
  'catalogue.value.name-not-latin': 'Value: 共感',
  'catalogue.value.empty-description': 'Value: A',
  'catalogue.value.tag-normalised': 'Value: A\nTag: VC A',
  'catalogue.value.tag-too-long': `Value: A\nTag: ${'a'.repeat(90)}`,
  'catalogue.value.tag-invalid': 'Value: A\nTag: !!!',
  'catalogue.value.duplicate-tag': 'Value: A\nTag: t\nValue: B\nTag: t',
  'catalogue.value.tag-made-unique': 'Value: A\nTag: vc_b\nValue: B',
  'catalogue.value.unknown-behaviour': 'Value: A\nBehaviours: follow-up, kindness',
  'catalogue.json.unexpected-character': '{"mission" "x"}',
  'catalogue.json.unexpected-end': '{"mission": "x"',
  'catalogue.json.unterminated-string': '{"mission": "x',
  'catalogue.json.invalid-escape': '{"mission": "\\q"}',
  'catalogue.json.control-character': '{"mission": "a\nb"}',
  'catalogue.json.invalid-number': '{"a": -x}',
  'catalogue.json.trailing-comma': '{"mission": "x",}',
  'catalogue.json.trailing-content': '{"values": []} x',
  'catalogue.json.too-deep': `{"a": ${'['.repeat(100)}`,
  'catalogue.json.root-not-object': '[1]',
  'catalogue.json.wrong-type': '{"mission": 1}',
  'catalogue.json.unknown-key': '{"missoin": "x"}',
  'catalogue.json.duplicate-key': '{"mission": "a", "mission": "b"}',
  'catalogue.text.unrecognised-line': 'hello\nValue: A',
  'catalogue.text.field-outside-value': 'Tag: x\nValue: A',
  'catalogue.text.item-outside-list': '- x\nValue: A',
  'catalogue.text.duplicate-field': 'Value: A\nTag: a\nTag: b',
  'catalogue.text.unterminated-quote': 'Value: A\nSignals: "a, b',
};

describe('parseCatalogue: every issue code', () => {
  it('has a sample for each exported code', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...CATALOGUE_ISSUE_CODES].sort());
  });
  it.each(Object.entries(SAMPLES))('reports %s', (code, text) => {
    expect(parseCatalogue(text).issues.map((issue) => issue.code)).toContain(code);
  });
});

describe('parseCatalogue: empty and fallback', () => {
  it.each([undefined, null, '', '  \r\n\t '])('uses the default catalogue for %j', (text) => {
    expect(parseCatalogue(text)).toEqual({ catalogue: DEFAULT_CATALOGUE, source: 'default', issues: [] });
  });
  it('falls back to the default, and says so, when no value is usable', () => {
    const result = parseCatalogue('Mission: m\nValue:\nDescription: no name');
    expect(result.source).toBe('default');
    expect(result.catalogue).toBe(DEFAULT_CATALOGUE);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'catalogue.no-values', severity: 'error', line: 1 }));
  });
});

describe('parseCatalogue: text form', () => {
  const text = [
    'mission:   Help customers  ',
    'VISION: Be the best',
    '',
    'Our values',
    'Value: Own the outcome',
    'Tag: vc_own_it',
    'Description: We finish',
    '  what we start.',
    'Prompts:',
    '  - Say what happens next',
    '  * Follow up',
    'Questions:',
    '• Did I close the loop?',
    '1. What is left?',
    'Signals: refund, escalate, “follow up”',
    '',
    'Value: Lead with empathy',
    'Acknowledge the feeling first.',
  ].join('\r\n');

  it('reads headers in any case, bullets, continuation lines and CRLF', () => {
    const { catalogue, source, issues } = parseCatalogue(text);
    expect(source).toBe('text');
    expect(issues).toEqual([]);
    expect(catalogue).toEqual({
      mission: 'Help customers',
      vision: 'Be the best',
      missionQuestions: [],
      visionQuestions: [],
      values: [
        {
          id: 'own-the-outcome',
          name: 'Own the outcome',
          tag: 'vc_own_it',
          description: 'We finish what we start.',
          prompts: ['Say what happens next', 'Follow up'],
          questions: ['Did I close the loop?', 'What is left?'],
          signals: ['refund', 'escalate', 'follow up'],
        },
        {
          id: 'lead-with-empathy',
          name: 'Lead with empathy',
          tag: 'vc_lead_with_empathy',
          description: 'Acknowledge the feeling first.',
          prompts: [],
          questions: [],
          signals: [],
        },
      ],
    });
  });

  it('keeps the good values and locates the bad one', () => {
    const { catalogue, issues } = parseCatalogue(
      'Mission: m\nVision: v\nValue: A\nDescription: a\n\nValue:\nDescription: b\nValue: C\nDescription: c',
    );
    expect(catalogue.values.map((value) => value.name)).toEqual(['A', 'C']);
    expect(issues).toEqual([{ severity: 'error', code: 'catalogue.value.missing-name', line: 6, column: 1, params: { index: 2 } }]);
  });

  it('reports duplicates on the duplicate, pointing back to the first', () => {
    const { catalogue, issues } = parseCatalogue('Value: Own it\nDescription: a\nValue: OWN IT\nDescription: b');
    expect(catalogue.values).toHaveLength(1);
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'catalogue.value.duplicate-name', line: 3, params: { name: 'OWN IT', firstLine: 1 } }),
    );
  });

  it('gives non-Latin names unique ids and tags that avoid Latin ones', () => {
    const { catalogue } = parseCatalogue('Value: 共感\nValue: Value\nValue: 信頼');
    expect(catalogue.values.map((value) => [value.id, value.tag])).toEqual([
      ['value-2', 'vc_value_2'],
      ['value', 'vc_value'],
      ['value-3', 'vc_value_3'],
    ]);
  });

  it('normalises tags Zendesk would not accept and warns', () => {
    const { catalogue, issues } = parseCatalogue('Value: A\nTag:  Own It/Now! ');
    expect(catalogue.values[0]?.tag).toBe('own_it/now');
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'catalogue.value.tag-normalised', line: 2, params: { given: 'Own It/Now!', tag: 'own_it/now' } }),
    );
  });

  it('skips a value whose tag another value already uses', () => {
    const { catalogue, issues } = parseCatalogue('Value: A\nTag: t\nValue: B\nTag: T');
    expect(catalogue.values.map((value) => value.name)).toEqual(['A']);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'catalogue.value.duplicate-tag', line: 4 }));
  });

  it('caps the number of values and long text, with warnings', () => {
    expect(parseCatalogue(values(45)).catalogue.values).toHaveLength(40);
    const long = parseCatalogue(`Value: A\nDescription: ${'x'.repeat(1500)}`);
    expect(long.catalogue.values[0]?.description).toHaveLength(1000);
    expect(long.issues).toContainEqual(
      expect.objectContaining({ code: 'catalogue.text-too-long', line: 2, params: { field: 'description', max: 1000 } }),
    );
  });

  it('drops empty and repeated list items silently', () => {
    const { catalogue } = parseCatalogue('Value: A\nSignals: refund, , Refund, "a, b"\nPrompts:\n-\n- x\n- X');
    expect(catalogue.values[0]?.signals).toEqual(['refund', 'a, b']);
    expect(catalogue.values[0]?.prompts).toEqual(['x']);
  });
});

describe('parseCatalogue: JSON form', () => {
  it('reads the JSON form', () => {
    const json = JSON.stringify({
      mission: 'm',
      vision: 'v',
      values: [
        { name: 'Own it', description: 'd', prompts: ['p'], questions: ['q'], signals: 'a, b', tag: 'x' },
        { name: 'Be kind', description: 'k', tag: null },
      ],
    });
    const { catalogue, source, issues } = parseCatalogue(json);
    expect(source).toBe('json');
    expect(issues).toEqual([]);
    expect(catalogue.values).toEqual([
      { id: 'own-it', name: 'Own it', description: 'd', prompts: ['p'], questions: ['q'], signals: ['a', 'b'], tag: 'x' },
      { id: 'be-kind', name: 'Be kind', description: 'k', prompts: [], questions: [], signals: [], tag: 'vc_be_kind' },
    ]);
  });

  it('locates syntax errors by line and column, CRLF included', () => {
    const json = '{\r\n  "mission": "m",\r\n  "vision": "v"\r\n  "values": []\r\n}';
    expect(parseCatalogue(json).issues).toContainEqual({
      severity: 'error',
      code: 'catalogue.json.unexpected-character',
      line: 4,
      column: 3,
      params: { found: '"', expected: 'comma-or-brace' },
    });
  });

  it('keeps the values read before a syntax error', () => {
    const json =
      '{"mission": "m", "vision": "v", "values": [\n{"name": "A", "description": "a"},\n{"name": "B", "description": "b"}\n{"name": "C"}]}';
    const { catalogue, source, issues } = parseCatalogue(json);
    expect(source).toBe('json');
    expect(catalogue.values.map((value) => value.name)).toEqual(['A', 'B']);
    expect(issues.map((issue) => [issue.code, issue.line, issue.column])).toEqual([['catalogue.json.unexpected-character', 4, 1]]);
  });

  it('reports wrong types where they are and skips only the bad part', () => {
    const json = '{"mission": "m", "vision": "v", "values": [\n "A",\n {"name": "B", "description": "b", "prompts": ["ok", 3]}\n]}';
    const { catalogue, issues } = parseCatalogue(json);
    expect(catalogue.values[0]?.prompts).toEqual(['ok']);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'catalogue.json.wrong-type',
        line: 2,
        column: 2,
        params: { path: 'values[0]', expected: 'object', found: 'string' },
      }),
      expect.objectContaining({
        code: 'catalogue.json.wrong-type',
        line: 3,
        params: { path: 'values[1].prompts[1]', expected: 'string', found: 'number' },
      }),
    ]);
  });
});

describe('questions on the mission and the vision', () => {
  it('reads them in the text form, tied to a phrase by quotes, and keeps the statement’s spelling of it', () => {
    const { catalogue, issues } = parseCatalogue(
      [
        "Mission: Be an integral part of the customer's team.",
        'Vision: Support people recommend.',
        'Value: Own it',
        'Description: d',
        'Mission questions:',
        '- \u201CIntegral part of the customer\u2019s team\u201D \u2014 do we abide by their values as much as ours?',
        '- "integral part of the customer\'s team": so do we?',
        '- What would the customer say about us today?',
        'Vision questions:',
        '- "recommend": Would you recommend us?',
      ].join('\n'),
    );
    expect(issues.map((i) => i.code)).toEqual(['catalogue.question.phrase-not-found']);
    expect(catalogue.missionQuestions).toEqual([
      { text: 'do we abide by their values as much as ours?', phrase: null },
      { text: 'so do we?', phrase: "integral part of the customer's team" },
      { text: 'What would the customer say about us today?', phrase: null },
    ]);
    expect(catalogue.visionQuestions).toEqual([{ text: 'Would you recommend us?', phrase: 'recommend' }]);
    expect(issues[0]).toMatchObject({ line: 6, params: { field: 'mission' } });
  });

  it('reads them in JSON as strings or { question, phrase }, with located errors', () => {
    const json = JSON.stringify(
      {
        mission: 'Help customers get back to work.',
        vision: 'v',
        values: [{ name: 'A', description: 'd' }],
        missionQuestions: ['Plain?', { question: 'Do we?', phrase: 'get back to work' }, 7, { question: 'x?', colour: 'red' }],
      },
      null,
      2,
    );
    const { catalogue, issues } = parseCatalogue(json);
    expect(catalogue.missionQuestions).toEqual([
      { text: 'Plain?', phrase: null },
      { text: 'Do we?', phrase: 'get back to work' },
      { text: 'x?', phrase: null },
    ]);
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['catalogue.json.wrong-type', 16],
      ['catalogue.json.unknown-key', 19],
    ]);
  });

  it('round-trips through the text form', () => {
    expect(parseCatalogue(formatCatalogueAsText(DEFAULT_CATALOGUE)).catalogue).toEqual(DEFAULT_CATALOGUE);
  });
});

describe('parseCatalogue: the behaviours a value is about (ADR 0158)', () => {
  it('reads them in the text form, in the order written, as they may be spelled', () => {
    const { catalogue, issues } = parseCatalogue(
      'Mission: m\nVision: v\nValue: Own it\nDescription: d\nBehaviours: Follow up, own_it, OWN-IT, commit-time\nValue: Care\nDescription: d',
    );
    expect(issues).toEqual([]);
    expect(catalogue.values[0]!.behaviours).toEqual(['follow-up', 'own-it', 'commit-time']);
    expect(catalogue.values[1]!.behaviours).toBeUndefined();
  });

  it('reads them in JSON, as an array or one comma-separated string', () => {
    const json = JSON.stringify({
      mission: 'm',
      vision: 'v',
      values: [
        { name: 'Own it', description: 'd', behaviours: ['own-it', 'follow-up'] },
        { name: 'Care', description: 'd', behaviours: 'acknowledge, reassure' },
      ],
    });
    const { catalogue, issues } = parseCatalogue(json);
    expect(issues).toEqual([]);
    expect(catalogue.values.map((v) => v.behaviours)).toEqual([
      ['own-it', 'follow-up'],
      ['acknowledge', 'reassure'],
    ]);
  });

  it('leaves out an unknown name with a located warning that names the known ones, and keeps at most four', () => {
    const { catalogue, issues } = parseCatalogue(
      'Mission: m\nVision: v\nValue: Own it\nDescription: d\nBehaviours: kindness, own-it, follow-up, teach, options, beyond',
    );
    expect(catalogue.values[0]!.behaviours).toEqual(['own-it', 'follow-up', 'teach', 'options']);
    const unknown = issues.find((i) => i.code === 'catalogue.value.unknown-behaviour')!;
    expect(unknown).toMatchObject({ severity: 'warning', line: 5, params: { name: 'kindness', value: 'Own it' } });
    expect(String(unknown.params?.known)).toContain('follow-up');
    expect(issues.find((i) => i.code === 'catalogue.list-too-long')).toMatchObject({ params: { field: 'behaviours', max: 4 } });
  });

  it('writes them back in the text form, and reads the same catalogue again', () => {
    const { catalogue } = parseCatalogue('Mission: m\nVision: v\nValue: Own it\nDescription: d\nBehaviours: own-it, follow-up');
    const text = formatCatalogueAsText(catalogue);
    expect(text).toContain('Behaviours: own-it, follow-up');
    expect(parseCatalogue(text).catalogue).toEqual(catalogue);
  });
});
