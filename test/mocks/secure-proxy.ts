/**
 * Zendesk's proxy for `client.request({ secure: true })`, simulated as Zendesk documents it: the
 * request goes server-side only to a domain in the manifest's `domainWhitelist`, and there each
 * `{{setting.<name>}}` of a secure setting is replaced by its value where the parameter's `scopes`
 * allow (header, url, body). The app never receives secure settings (they are left out of
 * `client.metadata()`), so the key appears in no request the browser can see.
 */
export interface ManifestLike {
  domainWhitelist?: string[];
  parameters?: { name: string; secure?: boolean; scopes?: string[] }[];
}

export interface OutgoingRequest {
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export type ProxyResult = { ok: true; request: OutgoingRequest } | { ok: false; reason: string };

export function secureSettingNames(manifest: ManifestLike): string[] {
  return (manifest.parameters ?? []).filter((p) => p.secure === true).map((p) => p.name);
}

/** What `client.metadata().settings` holds: every setting except the secure ones. */
export function publicSettings<T>(settings: Record<string, T>, manifest: ManifestLike): Record<string, T> {
  const secure = new Set(secureSettingNames(manifest));
  return Object.fromEntries(Object.entries(settings).filter(([name]) => !secure.has(name)));
}

export function isWhitelisted(url: string, whitelist: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return whitelist.some((entry) => {
    const domain = entry
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, '');
    return host === domain || host.endsWith(`.${domain}`);
  });
}

export function applySecureProxy(
  request: OutgoingRequest & { secure?: boolean },
  manifest: ManifestLike,
  secureValues: Record<string, string>,
): ProxyResult {
  if (!request.secure) return { ok: true, request };
  if (!isWhitelisted(request.url, manifest.domainWhitelist ?? [])) {
    return { ok: false, reason: `${new URL(request.url).hostname} is not in the manifest's domainWhitelist` };
  }
  const scopes = new Map(
    (manifest.parameters ?? []).filter((p) => p.secure === true).map((p) => [p.name, p.scopes ?? ['header', 'url', 'body']]),
  );
  const substitute = (text: string, scope: string) =>
    text.replace(/\{\{\s*setting\.([\w-]+)\s*\}\}/g, (whole, name: string) =>
      scopes.get(name)?.includes(scope) && secureValues[name] !== undefined ? secureValues[name] : whole,
    );
  return {
    ok: true,
    request: {
      url: substitute(request.url, 'url'),
      headers: Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, substitute(v, 'header')])),
      ...(request.body === undefined ? {} : { body: substitute(request.body, 'body') }),
    },
  };
}
