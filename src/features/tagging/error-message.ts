import type { AppSettings } from '../../domain/settings/app-settings';
import { RECORD_MAX_BYTES } from '../../domain/tagging/record-limits';
import type { Translator } from '../../i18n/translator';

/** The true message for a failure code (see error-code.ts), with the field ids and limits it names. */
export function errorMessage(i18n: Translator, code: string, settings: Pick<AppSettings, 'valuesFieldId' | 'recordFieldId'>): string {
  const key = `vc.tagging.error.${code}`;
  if (!i18n.has(key)) return i18n.t('vc.tagging.error.unexpected');
  const id = code.startsWith('record') ? settings.recordFieldId : settings.valuesFieldId;
  return i18n.t(key, { id: id ?? '', limit: RECORD_MAX_BYTES.toLocaleString(i18n.locale) });
}
