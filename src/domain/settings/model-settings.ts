import { DEFAULT_BASE_URLS, PROVIDERS, type ProviderConfig, type ProviderKind } from '../suggest-llm/types';
import { readBoolean } from './setting-values';
import type { SettingName, SettingsIssue } from './settings-issue-codes';

/** Suggestions by a language model: off unless an admin turns them on and names a usable provider. */
export interface ModelSettings extends ProviderConfig {
  enabled: boolean;
  /** Model calls allowed per day (0: no cap). */
  dailyCap: number;
}

export const DEFAULT_DAILY_CAP = 200;
const MAX_DAILY_CAP = 1_000_000;

type Report = (setting: SettingName, issue: Omit<SettingsIssue, 'setting'>) => void;

const textOf = (raw: unknown): string => (typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '');

function readUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && url.hostname !== '' ? raw.replace(/\/+$/, '') : null;
  } catch {
    return null;
  }
}

/**
 * Reads the `llm_*` parameters. The API key is a secure setting: it never reaches the browser, so
 * it is not read here (Zendesk's proxy puts it into the request). A setting that makes the model
 * unusable turns the model off with an error naming it; the built-in engine keeps working.
 */
export function parseModelSettings(raw: Record<string, unknown>, report: Report): ModelSettings {
  const flag = (setting: 'llm_enabled' | 'llm_masking', fallback: boolean): boolean => {
    const read = readBoolean(raw[setting]);
    if (read.ok) return read.value ?? fallback;
    report(setting, { severity: 'warning', code: 'settings.boolean.invalid', params: { value: read.found } });
    return fallback;
  };
  let enabled = flag('llm_enabled', false);
  // Masking is on unless switched off explicitly; an unreadable value keeps it on.
  const readMasking = readBoolean(raw.llm_masking);
  const masking = readMasking.ok ? (readMasking.value ?? true) : true;
  if (!readMasking.ok)
    report('llm_masking', { severity: 'warning', code: 'settings.llm.masking.invalid', params: { value: readMasking.found } });

  const providerText = textOf(raw.llm_provider).toLowerCase() || 'openai';
  const provider = (PROVIDERS as readonly string[]).includes(providerText) ? (providerText as ProviderKind) : 'openai';
  const model = textOf(raw.llm_model);
  const baseText = textOf(raw.llm_base_url);
  const baseUrl = baseText === '' ? DEFAULT_BASE_URLS[provider] : readUrl(baseText);

  const capText = textOf(raw.llm_daily_cap);
  let dailyCap = DEFAULT_DAILY_CAP;
  if (capText !== '') {
    const cap = /^\d{1,7}$/.test(capText) ? Number(capText) : NaN;
    if (Number.isSafeInteger(cap) && cap <= MAX_DAILY_CAP) dailyCap = cap;
    else
      report('llm_daily_cap', {
        severity: 'warning',
        code: 'settings.llm.cap.invalid',
        params: { value: capText, cap: DEFAULT_DAILY_CAP },
      });
  }

  if (enabled) {
    const off = (setting: SettingName, code: SettingsIssue['code'], params: Record<string, string> = {}) => {
      report(setting, { severity: 'error', code, params });
      enabled = false;
    };
    if (providerText !== provider) off('llm_provider', 'settings.llm.provider.invalid', { value: providerText });
    else if (model === '') off('llm_model', 'settings.llm.model.missing');
    else if (baseUrl === null) off('llm_base_url', 'settings.llm.base-url.invalid', { value: baseText });
    else if (baseUrl === '') off('llm_base_url', 'settings.llm.base-url.missing');
  }
  return { enabled, provider, model, baseUrl: baseUrl ?? '', masking, dailyCap };
}

/** The host the model's requests go to, as the app names it to people ("Sent to api.openai.com"). */
export function providerHost(settings: Pick<ModelSettings, 'baseUrl'>): string {
  try {
    return new URL(settings.baseUrl).hostname;
  } catch {
    return settings.baseUrl;
  }
}
