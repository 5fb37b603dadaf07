/**
 * An agent's choice not to be named on the leads page, stored as a custom object record
 * (`vc_agent_preference`, external id `vc-agent-<user id>`), written only from that agent's own
 * session. ADR 0047.
 */
export const PREFERENCE_OBJECT = 'vc_agent_preference';

export const preferenceExternalId = (userId: number) => `vc-agent-${userId}`;

export interface PreferenceRecord {
  external_id: string | null;
  custom_object_fields: Record<string, unknown>;
  updated_by_user_id: string;
}

/**
 * The agents who must not be named. A record counts as the agent's own choice only when the agent
 * wrote it last; anyone else's edit (an admin through the API) cannot make a name show: such a
 * record hides the name until the agent chooses again. A lead can therefore never flip an agent
 * back to "named".
 */
export function hiddenAgents(records: readonly PreferenceRecord[]): Set<number> {
  const hidden = new Set<number>();
  for (const record of records) {
    const match = /^vc-agent-(\d+)$/.exec(record.external_id ?? '');
    if (!match) continue;
    const agentId = Number(match[1]);
    const ownChoice = record.updated_by_user_id === String(agentId);
    if (!ownChoice || record.custom_object_fields.hide_name === true) hidden.add(agentId);
  }
  return hidden;
}

/** This agent's own choice, as their sidebar or page shows it; a record someone else wrote reads as hidden. */
export function ownChoice(record: PreferenceRecord | null, userId: number): boolean {
  if (!record) return false;
  return hiddenAgents([record]).has(userId);
}

export const PREFERENCE_FIELDS = [{ key: 'hide_name', type: 'checkbox', title: 'Hide my name on the leads page' }] as const;

/** The object as the leads page's setup creates it (and the headless export reads it). */
export const PREFERENCE_OBJECT_SPEC = {
  key: PREFERENCE_OBJECT,
  title: 'Values Coach preference',
  titlePlural: 'Values Coach preferences',
  description: "An agent's own choice not to be named on the leads page (ADR 0047)",
  fields: PREFERENCE_FIELDS,
};
