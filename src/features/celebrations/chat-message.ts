import type { Celebration } from '../../domain/celebrations/celebrate';
import type { Translator } from '../../i18n/translator';

/** The celebration as a short plain-text message for the team's chat, in the lead's language. */
export function chatMessage(celebration: Celebration, periodLabel: string, agentName: (id: number) => string, i18n: Translator): string {
  const t = i18n.t;
  const list = new Intl.ListFormat(i18n.locale, { style: 'long', type: 'conjunction' });
  const lines = [t('vc.celebrations.message.title', { period: periodLabel })];
  if (celebration.isEmpty) return [...lines, t('vc.celebrations.message.empty')].join('\n');
  for (const value of celebration.values) {
    const parts: string[] = [];
    if (value.recognised.length > 0)
      parts.push(t('vc.celebrations.message.recognised', { names: list.format(value.recognised.map((r) => agentName(r.agentId))) }));
    if (value.replies.length > 0) parts.push(t('vc.celebrations.message.replies', { count: value.replies.length }));
    const quote = value.customers[0]?.comment ?? value.notes[0]?.body;
    if (quote) parts.push(`“${quote.replace(/\s+/g, ' ').slice(0, 200)}”`);
    if (parts.length > 0) lines.push(`• ${value.name}: ${parts.join(' — ')}`);
  }
  return lines.join('\n');
}
