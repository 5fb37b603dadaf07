/**
 * Recognition without surveillance (ADR 0047): who may see per-agent figures on the leads page, and
 * which agents may be named there. Pure: the UI and the export apply what these functions return.
 */
export interface Viewer {
  id: number;
  /** Lower-cased role name (`admin`, `agent` or a custom role). */
  role: string;
  groupIds: readonly number[];
}

export interface PerAgentSetting {
  /** Lower-cased roles allowed to see per-agent figures. */
  roles: readonly string[];
  groupIds: readonly number[];
}

export function canSeePerAgent(viewer: Viewer, setting: PerAgentSetting): boolean {
  return setting.roles.includes(viewer.role.toLowerCase()) || viewer.groupIds.some((id) => setting.groupIds.includes(id));
}

/** What the leads page and the export may show this viewer. */
export interface Visibility {
  /** Per-agent figures (boards, badges, the agent filter, the assignee column); false: team-level figures only. */
  perAgent: boolean;
  /** Agents who chose not to be named: their tags count in totals, their names never show. */
  hidden: ReadonlySet<number>;
}

export function visibility(viewer: Viewer, setting: PerAgentSetting, optedOut: Iterable<number>): Visibility {
  return { perAgent: canSeePerAgent(viewer, setting), hidden: new Set(optedOut) };
}

/** Whether this agent may be named to this viewer. */
export function mayName(v: Visibility, agentId: number | null): agentId is number {
  return v.perAgent && agentId !== null && !v.hidden.has(agentId);
}
