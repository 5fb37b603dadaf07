/**
 * The internal notes Values Coach writes when someone tags a reply are the app talking about itself,
 * never evidence about the conversation. New notes carry this marker as their first line; older notes
 * (written before the marker) are recognised by the wording of the note templates in every locale.
 */
export const APP_NOTE_MARKER = '[Values Coach]';

const LEGACY_NOTE =
  /tagged (reply #\d+|this ticket) as an example of:|removed the tag:|etiquet[oó] (la respuesta #\d+|este ticket) como ejemplo de:|quit[oó] la etiqueta:|hat (Antwort #\d+|dieses Ticket) als Beispiel markiert f[uü]r:|hat die Markierung entfernt:|a marqu[ée] (la r[ée]ponse n[º°o]? ?\d+|ce ticket) comme exemple de ?:|a retir[ée] la marque ?:|marcou (a resposta #\d+|este ticket) como exemplo de:|removeu a marca[çc][ãa]o:|を次のバリューの例としてタグ付けしました|がタグを外しました/i;

/** Whether an internal note was written by the app (marker, or an older note's template wording). */
export function isAppNote(body: string, isPublic: boolean): boolean {
  if (isPublic) return false;
  const head = body.slice(0, 2000);
  return head.trimStart().startsWith(APP_NOTE_MARKER) || LEGACY_NOTE.test(head);
}
