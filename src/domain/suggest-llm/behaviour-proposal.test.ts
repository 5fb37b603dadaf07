import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../catalogue/default-catalogue';
import { BEHAVIOURS } from '../suggest/behaviour-names';
import { flattenMessages } from '../../i18n/translator';
import { behaviourMeanings } from './behaviour-meanings';
import { buildProposalRequest, proposalOf, withProposal, PROPOSAL_TOOL } from './behaviour-proposal';
import type { ProviderReply } from './outcome';
import { KEY_PLACEHOLDER } from './provider-request';
import type { ProviderConfig } from './types';

const english = flattenMessages(JSON.parse(readFileSync('translations/en.json', 'utf8')));
const meanings = behaviourMeanings(english);
const openai: ProviderConfig = { provider: 'openai', model: 'gpt-4o-mini', baseUrl: '', masking: true };
const anthropic: ProviderConfig = { provider: 'anthropic', model: 'claude-sonnet-4-5', baseUrl: '', masking: true };
const azure: ProviderConfig = { provider: 'azure', model: 'vc-gpt4o', baseUrl: 'https://contoso.openai.azure.com/', masking: true };
const ids = DEFAULT_CATALOGUE.values.map((v) => v.id) as [string, string, string, ...string[]];

const chat = (content: unknown): ProviderReply => ({
  kind: 'response',
  status: 200,
  headers: {},
  body: {
    choices: [
      { message: { role: 'assistant', content: typeof content === 'string' ? content : JSON.stringify(content) }, finish_reason: 'stop' },
    ],
  },
});

describe('asking which behaviours each value is about (ADR 0159)', () => {
  it('sends the catalogue words and every behaviour with its English meaning, and nothing about a ticket or a person', () => {
    const request = buildProposalRequest(openai, DEFAULT_CATALOGUE, meanings, KEY_PLACEHOLDER);
    expect(request.url).toBe('https://api.openai.com/v1/chat/completions');
    expect(request.headers).toEqual({ Authorization: `Bearer ${KEY_PLACEHOLDER}` });
    const body = request.body as { messages: { role: string; content: string }[]; response_format: { json_schema: { schema: unknown } } };
    const user = JSON.parse(body.messages[1]!.content) as {
      catalogue: { mission: string; values: { id: string; name: string; prompts: string[] }[] };
      behaviours: { name: string; reply: string }[];
    };
    expect(user.catalogue.mission).toBe(DEFAULT_CATALOGUE.mission);
    expect(user.catalogue.values.map((v) => v.id)).toEqual(ids);
    expect(user.catalogue.values[0]!.prompts).toEqual(DEFAULT_CATALOGUE.values[0]!.prompts);
    expect(user.behaviours.map((b) => b.name)).toEqual([...BEHAVIOURS]);
    expect(user.behaviours.find((b) => b.name === 'commit-time')!.reply).toBe(english['vc.learning.readings.behaviour.commit-time']);
    expect(Object.keys(user).sort()).toEqual(['behaviours', 'catalogue']);
    expect(JSON.stringify(body.response_format.json_schema.schema)).toContain('"enum":["apologise"');
  });

  it('asks Anthropic through a forced tool call, and Azure at its deployment', () => {
    const a = buildProposalRequest(anthropic, DEFAULT_CATALOGUE, meanings, KEY_PLACEHOLDER).body as {
      tool_choice: unknown;
      tools: { name: string }[];
    };
    expect(a.tool_choice).toEqual({ type: 'tool', name: PROPOSAL_TOOL });
    expect(a.tools[0]!.name).toBe(PROPOSAL_TOOL);
    expect(buildProposalRequest(azure, DEFAULT_CATALOGUE, meanings, KEY_PLACEHOLDER).url).toBe(
      'https://contoso.openai.azure.com/openai/deployments/vc-gpt4o/chat/completions?api-version=2024-10-21',
    );
  });

  it('refuses to ask with a behaviour whose meaning is missing', () => {
    const { ['vc.learning.readings.behaviour.teach']: _gone, ...rest } = english;
    expect(() => behaviourMeanings(rest)).toThrow(/teach/);
  });
});

describe("reading the model's proposal", () => {
  it('keeps known names in the model’s order, each once, at most four, as the Behaviours: line reads them', () => {
    const outcome = proposalOf(
      chat({
        values: [
          { id: ids[0], behaviours: ['Follow up', 'own_it', 'follow-up', 'empathy', 'commit-time', 'proactive', 'teach'] },
          { id: DEFAULT_CATALOGUE.values[1]!.name, behaviours: ['acknowledge'] },
        ],
      }),
      openai,
      DEFAULT_CATALOGUE,
    );
    expect(outcome).toEqual({
      kind: 'proposed',
      model: 'gpt-4o-mini',
      values: [
        { id: ids[0], behaviours: ['follow-up', 'own-it', 'commit-time', 'proactive'] },
        { id: ids[1], behaviours: ['acknowledge'] },
        ...ids.slice(2).map((id) => ({ id, behaviours: [] })),
      ],
      unknownNames: 1,
    });
  });

  it('reads the first answer for a value given twice, and ignores values the catalogue does not have', () => {
    const outcome = proposalOf(
      chat({
        values: [
          { id: ids[0], behaviours: ['teach'] },
          { id: ids[0], behaviours: ['beyond'] },
          { id: 'nope', behaviours: ['apologise'] },
        ],
      }),
      openai,
      DEFAULT_CATALOGUE,
    );
    expect(outcome.kind === 'proposed' && outcome.values[0]).toEqual({ id: ids[0], behaviours: ['teach'] });
  });

  it('reads Anthropic’s tool call', () => {
    const reply: ProviderReply = {
      kind: 'response',
      status: 200,
      headers: {},
      body: { content: [{ type: 'tool_use', name: PROPOSAL_TOOL, input: { values: [{ id: ids[2], behaviours: ['plain-short'] }] } }] },
    };
    const outcome = proposalOf(reply, anthropic, DEFAULT_CATALOGUE);
    expect(outcome.kind === 'proposed' && outcome.values[2]).toEqual({ id: ids[2], behaviours: ['plain-short'] });
  });

  it('says why there is no proposal: no reply, access, rate limit, refusal, an answer that names nothing usable', () => {
    expect(proposalOf({ kind: 'timeout' }, openai, DEFAULT_CATALOGUE)).toEqual({ kind: 'fallback', reason: 'timeout' });
    expect(proposalOf({ kind: 'response', status: 401, body: null, headers: {} }, openai, DEFAULT_CATALOGUE)).toEqual({
      kind: 'fallback',
      reason: 'auth',
    });
    expect(proposalOf({ kind: 'response', status: 429, body: null, headers: { 'retry-after': '30' } }, openai, DEFAULT_CATALOGUE)).toEqual({
      kind: 'fallback',
      reason: 'rate-limited',
      retryAfterSeconds: 30,
    });
    const refused: ProviderReply = {
      kind: 'response',
      status: 200,
      headers: {},
      body: { choices: [{ message: { content: null, refusal: 'I cannot help with that.' } }] },
    };
    expect(proposalOf(refused, openai, DEFAULT_CATALOGUE)).toEqual({ kind: 'fallback', reason: 'refusal' });
    for (const bad of ['not json', { value: ids[0] }, { values: [{ id: ids[0], behaviours: ['kindness'] }] }, { values: 'teach' }]) {
      expect(proposalOf(chat(bad), openai, DEFAULT_CATALOGUE)).toEqual({ kind: 'fallback', reason: 'malformed' });
    }
  });

  it('puts the proposal in the catalogue, leaving a value without one as it was', () => {
    const own = {
      ...DEFAULT_CATALOGUE,
      values: DEFAULT_CATALOGUE.values.map((v, i) => (i === 1 ? { ...v, behaviours: ['reassure'] } : v)),
    };
    const applied = withProposal(own, [
      { id: ids[0], behaviours: ['own-it', 'follow-up'] },
      { id: ids[1], behaviours: [] },
    ]);
    expect(applied.values[0]!.behaviours).toEqual(['own-it', 'follow-up']);
    expect(applied.values[1]!.behaviours).toEqual(['reassure']);
    expect(applied.values[2]!.behaviours).toBeUndefined();
  });
});
