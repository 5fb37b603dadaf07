import { CATALOGUE_LIMITS } from '../catalogue/limits';
import type { Catalogue } from '../catalogue/types';
import { BEHAVIOURS, behaviourName, type Behaviour } from '../suggest/behaviour-names';
import { replyBody, type ProviderReply } from './outcome';
import { extractAnswer, isRecord, valueNamed } from './parse-answer';
import { providerRequestFor, type ModelQuestion } from './provider-request';
import type { ModelOutcome, ProviderConfig, ProviderRequest } from './types';

/**
 * Asking the admin's language model which behaviours each value is about (ADR 0159), the `Behaviours:` line of ADR 0158
 * that an admin would otherwise write by hand. Only the catalogue is sent (mission and each value's words): no ticket, no
 * person, nothing to mask.
 */

export const PROPOSAL_TOOL = 'name_behaviours';
const MAX_PROPOSAL_TOKENS = 1200;

/** What a reply does when it shows each behaviour, in English (the model's language here, whatever the catalogue's). */
export type BehaviourMeanings = Readonly<Record<Behaviour, string>>;

export const PROPOSAL_SYSTEM_PROMPT = [
  "You help a customer support team say what each of its values asks of an agent's reply.",
  "Given the team catalogue (its mission, and each value's id, name, description, coaching prompts and questions) and a",
  'list of support behaviours, each with what a reply does when it shows that behaviour, name for every value the',
  'behaviours a reply that shows this value does: one to four names from the list, the main one first, then the others',
  "in order of weight. Judge from the value's own words and from what sets it apart from the team's other values, not",
  'from its name alone. The catalogue may be in any language. Answer only with the JSON the schema describes, with every',
  'value once, by its id.',
].join(' ');

/** The user turn: the catalogue's words and the behaviours to choose from, as one JSON document. */
export function proposalUserContent(catalogue: Catalogue, meanings: BehaviourMeanings): string {
  return JSON.stringify({
    catalogue: {
      mission: catalogue.mission,
      values: catalogue.values.map((v) => ({
        id: v.id,
        name: v.name,
        description: v.description,
        prompts: v.prompts,
        questions: v.questions,
      })),
    },
    behaviours: BEHAVIOURS.map((name) => ({ name, reply: meanings[name] })),
  });
}

export function proposalSchema(catalogue: Catalogue): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['values'],
    properties: {
      values: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'behaviours'],
          properties: {
            id: { type: 'string', enum: catalogue.values.map((v) => v.id), description: "The value's id." },
            behaviours: {
              type: 'array',
              items: { type: 'string', enum: [...BEHAVIOURS] },
              description: 'One to four behaviour names, the main one first.',
            },
          },
        },
      },
    },
  };
}

export function proposalQuestion(catalogue: Catalogue, meanings: BehaviourMeanings): ModelQuestion {
  return {
    system: PROPOSAL_SYSTEM_PROMPT,
    user: proposalUserContent(catalogue, meanings),
    schema: proposalSchema(catalogue),
    schemaName: 'value_behaviours',
    tool: { name: PROPOSAL_TOOL, description: "Report each value's behaviours, the main one first." },
    maxTokens: MAX_PROPOSAL_TOKENS,
  };
}

export function buildProposalRequest(
  config: ProviderConfig,
  catalogue: Catalogue,
  meanings: BehaviourMeanings,
  key: string,
): ProviderRequest {
  return providerRequestFor(config, proposalQuestion(catalogue, meanings), key);
}

/** One value's proposed behaviours, main first (none when the model named no known one for it). */
export interface ProposedValue {
  id: string;
  behaviours: Behaviour[];
}

export type ProposalOutcome =
  | {
      kind: 'proposed';
      model: string;
      /** In the catalogue's order, every value once. */
      values: ProposedValue[];
      /** Names the model gave that are not behaviours (left out). */
      unknownNames: number;
    }
  | Extract<ModelOutcome, { kind: 'fallback' }>;

/**
 * Reads the model's answer as the catalogue's `Behaviours:` lines would read it: known names only, each once, at most
 * four, in the model's order; a value named by id or exactly by name. An answer that names no known behaviour for any
 * value is malformed.
 */
export function proposalOf(reply: ProviderReply, config: ProviderConfig, catalogue: Catalogue): ProposalOutcome {
  const read = replyBody(reply);
  if (read.kind === 'fallback') return read;
  const raw = extractAnswer(config.provider, read.body, PROPOSAL_TOOL);
  if (raw.kind === 'refusal') return { kind: 'fallback', reason: 'refusal' };
  if (raw.kind === 'malformed' || !isRecord(raw.json) || !Array.isArray(raw.json.values)) return { kind: 'fallback', reason: 'malformed' };
  const byId = new Map<string, Behaviour[]>();
  let unknownNames = 0;
  for (const item of raw.json.values) {
    if (!isRecord(item) || typeof item.id !== 'string') continue;
    const value = valueNamed(catalogue, item.id);
    if (!value || byId.has(value.id)) continue;
    const kept: Behaviour[] = [];
    for (const written of Array.isArray(item.behaviours) ? item.behaviours : []) {
      const name = typeof written === 'string' ? behaviourName(written) : null;
      if (name === null) unknownNames++;
      else if (!kept.includes(name) && kept.length < CATALOGUE_LIMITS.list.behaviours) kept.push(name);
    }
    byId.set(value.id, kept);
  }
  const values = catalogue.values.map((v) => ({ id: v.id, behaviours: byId.get(v.id) ?? [] }));
  if (values.every((v) => v.behaviours.length === 0)) return { kind: 'fallback', reason: 'malformed' };
  return { kind: 'proposed', model: config.model, values, unknownNames };
}

/** The catalogue with each value's proposed behaviours in place of any it had (a value with no proposal keeps its own). */
export function withProposal(catalogue: Catalogue, values: readonly ProposedValue[]): Catalogue {
  const byId = new Map(values.map((v) => [v.id, v.behaviours]));
  return {
    ...catalogue,
    values: catalogue.values.map((v) => {
      const proposed = byId.get(v.id);
      return proposed && proposed.length > 0 ? { ...v, behaviours: [...proposed] } : v;
    }),
  };
}
