/**
 * What of a message is new: earlier replies quoted below it and the sender's signature are not
 * new signal. Returns the [start, end) range of the original body worth reading, plus excluded
 * quoted lines inside it.
 */
const QUOTE_HEADERS = [
  /^on .{3,200}wrote:\s*$/i,
  /^el .{3,200}escribi[oó]:\s*$/i,
  /^am .{3,200}schrieb.{0,100}:\s*$/i,
  /^le .{3,200}a [ée]crit\s*:\s*$/i,
  /^em .{3,200}escreveu:\s*$/i,
  // Dutch and Polish (ADR 0116): "Op 3 mei 2026 schreef …:", "W dniu … napisał(a):" and Gmail's "… napisał(a):".
  /^op .{3,200}(schreef|geschreven)\s?.{0,100}:\s*$/i,
  /^.{3,200}napisa[łl](\(a\)|a)?:\s*$/i,
  // Swedish: Gmail's "Den 3 maj 2026 kl. 10:12 skrev Jan <…>:" and Apple Mail's "3 maj 2026 kl. 10:12 skrev Jan <…>:".
  /^(den |\d).{3,200}\sskrev\s?.{0,100}:\s*$/i,
  // (Danish writes the same: "Den 3. maj 2026 kl. 10.12 skrev Jan <…>:", ADR 0184.)
  /^-{2,}\s*(original message|mensaje original|urspr[üu]ngliche nachricht|message d'origine|mensagem original|oorspronkelijk bericht|wiadomo[śs][ćc] oryginalna|ursprungligt meddelande|oprindelig meddelelse|videresendt meddelelse)\s*-{2,}/i,
  /^from:\s.{1,200}$/i,
  /^de:\s.{1,200}$/i,
  /^von:\s.{1,200}$/i,
  /^van:\s.{1,200}$/i,
  /^od:\s.{1,200}$/i,
  /^fr[åa]n:\s.{1,200}$/i,
  // Danish Outlook: "Fra: Jan Hansen <jan@…>" (with an address: Italian writes "fra", "between"), then "Sendt: …".
  /^fra:\s.{0,200}(@|<|\[mailto:).{0,200}$/i,
  /^sendt:\s.{1,200}$/i,
  /^_{10,}\s*$/,
];

const SIGNATURE_STARTS = [
  /^--\s*$/,
  /^sent from my /i,
  /^enviado desde mi /i,
  /^von meinem .{1,40} gesendet/i,
  /^envoy[ée] de mon /i,
  /^enviado do meu /i,
  /^(verzonden|verstuurd) (vanaf|vanuit|met) mijn /i,
  /^wys[łl]ane z (mojego|mojej) /i,
  /^skickat fr[åa]n min /i,
  /^sendt fra min /i,
];

const CLOSINGS =
  /^(best|kind|warm)?\s*(regards|wishes)|^cheers[,!]?\s*$|^thanks?( you)?[,!.]?\s*$|^many thanks[,!.]?\s*$|^sincerely|^saludos|^un saludo|^atentamente|^mit freundlichen gr[üu](ß|ss)en|^viele gr[üu](ß|ss)e|^beste gr[üu](ß|ss)e|^cordialement|^bien [àa] vous|^atenciosamente|^abra[çc]os|^obrigad[oa][,!.]?\s*$|^gracias[,!.]?\s*$|^danke[,!.]?\s*$|^merci[,!.]?\s*$|^(met )?(vriendelijke|hartelijke) groet(en)?|^groet(en|jes)[,!.]?\s*$|^bedankt[,!.]?\s*$|^(serdecznie )?pozdrawiam|^z powa[żz]aniem|^dzi[ęe]kuj[ęe][,!.]?\s*$|^(med )?(v[äa]nliga )?h[äa]lsningar|^h[äa]lsning(ar)?[,!.]?\s*$|^mvh\b|^tack( s[åa] mycket)?[,!.]?\s*$|^(med )?venlig(st)? hilsen|^(mange |de )?(venlige|bedste|k(æ|ae)rlige) hilsner|^(k(æ|ae)rlig|bedste) hilsen|^hilsen(\s+\S+)?[,!.]?\s*$|^(mange|tusind) tak[,!.]?\s*$/i;

export interface ActiveText {
  start: number;
  end: number;
  /** [start, end) ranges inside the active part that are quoted lines (`> …`). */
  skip: [number, number][];
}

export function activeText(body: string): ActiveText {
  const lines: { start: number; end: number; text: string }[] = [];
  let position = 0;
  for (const line of body.split('\n')) {
    lines.push({ start: position, end: position + line.length, text: line.trim() });
    position += line.length + 1;
    if (lines.length > 20_000) break;
  }
  let end = body.length;
  const skip: [number, number][] = [];
  // After each line: how many non-empty lines follow, and the longest of them (one pass from the end, so linear).
  const restCount = new Array<number>(lines.length + 1).fill(0);
  const restLongest = new Array<number>(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--) {
    const next = lines[i + 1];
    const counts = next !== undefined && next.text !== '';
    restCount[i] = restCount[i + 1]! + Number(counts);
    restLongest[i] = Math.max(restLongest[i + 1]!, counts ? next.text.length : 0);
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (QUOTE_HEADERS.some((re) => re.test(line.text)) || SIGNATURE_STARTS.some((re) => re.test(line.text))) {
      end = line.start;
      break;
    }
    if (line.text.startsWith('>')) skip.push([line.start, line.end]);
    // A closing ("Best regards,") near the end with only a few short lines after it is a signature.
    if (i > 0 && restCount[i]! <= 4 && restLongest[i]! <= 60 && CLOSINGS.test(line.text)) {
      end = line.start;
      break;
    }
  }
  // Only when the lines read reach the end of the body: the last line kept from a longer one is not its last paragraph.
  const readToEnd = (lines.at(-1)?.end ?? 0) >= body.length;
  if (end === body.length && readToEnd) end = nameBlockStart(lines) ?? end;
  return { start: 0, end, skip };
}

/** A person's name as a signature's first line: one to four capitalised words, nothing else. */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * A signature with no closing line before it: a last paragraph of at most four short lines that starts with a name and
 * has no sentence in it ("Ruth Adeyemi / Practice Manager, Northgate Urgent Care"), after some content.
 */
function nameBlockStart(lines: readonly { start: number; text: string }[]): number | undefined {
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.text === '') last--;
  let first = last;
  while (first > 0 && lines[first - 1]!.text !== '') first--;
  const block = lines.slice(first, last + 1);
  const before = lines.slice(0, first).some((l) => l.text !== '');
  if (!before || block.length === 0 || block.length > 4) return undefined;
  if (!NAME_LINE.test(block[0]!.text) || block.some((l) => l.text.length > 60 || /[.!?:;]$/.test(l.text))) return undefined;
  return block[0]!.start;
}
