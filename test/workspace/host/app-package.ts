/**
 * A ZAF app folder as the workspace hosts it: its manifest (locations, parameters) and the
 * parameters' labels from its English translations, so the workspace can host any app folder,
 * not only Values Coach.
 */
export interface ManifestParameter {
  name: string;
  type: string;
  required?: boolean;
  secure?: boolean;
  default?: string | boolean | number;
}

export interface AppManifest {
  name: string;
  version?: string;
  location: { support?: Record<string, string | { url: string; flexible?: boolean }> };
  parameters?: ManifestParameter[];
}

export type ParameterLabels = Record<string, { label?: string; helpText?: string }>;

export interface AppPackage {
  /** The folder's name in the workspace (the URL is /apps/<name>/). */
  name: string;
  base: string;
  manifest: AppManifest;
  labels: ParameterLabels;
}

export type Settings = Record<string, string | boolean>;

export type Location = 'ticket_sidebar' | 'nav_bar';

/** The app's page for a location (relative to the app folder), or null when the app has none there. */
export function locationPath(manifest: AppManifest, location: Location): string | null {
  const entry = manifest.location.support?.[location];
  if (entry === undefined) return null;
  return typeof entry === 'string' ? entry : entry.url;
}

/** What Zendesk's install form starts with: each parameter's default (checkboxes off, text empty). */
export function defaultSettings(manifest: AppManifest): Settings {
  const settings: Settings = {};
  for (const p of manifest.parameters ?? []) {
    if (p.type === 'checkbox') settings[p.name] = p.default === true || p.default === 'true';
    else settings[p.name] = p.default === undefined ? '' : String(p.default);
  }
  return settings;
}

/** Settings as the app sees them (`client.metadata().settings`): secure parameters never reach the browser. */
export function visibleSettings(manifest: AppManifest, settings: Settings): Settings {
  const secure = new Set((manifest.parameters ?? []).filter((p) => p.secure).map((p) => p.name));
  return Object.fromEntries(Object.entries(settings).filter(([name]) => !secure.has(name)));
}

export async function loadAppPackage(name: string): Promise<AppPackage> {
  const base = `/apps/${encodeURIComponent(name)}/`;
  const response = await fetch(`${base}manifest.json`);
  if (!response.ok) throw new Error(`The app folder "${name}" has no manifest.json (HTTP ${response.status}): ${await response.text()}`);
  const manifest = (await response.json()) as AppManifest;
  let labels: ParameterLabels = {};
  const en = await fetch(`${base}translations/en.json`);
  if (en.ok) labels = ((await en.json()) as { app?: { parameters?: ParameterLabels } }).app?.parameters ?? {};
  return { name, base, manifest, labels };
}
