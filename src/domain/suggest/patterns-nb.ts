import type { Behaviour } from './behaviours';
import { typed } from './patterns-da';

/**
 * Norwegian (Bokmål) spellings of the Danish reading (ADR 0195). The two languages write alike; language detection
 * reads Norwegian as Danish (their shared function words: "ikke", "jeg", "og", "hvordan", "også"), and the Danish
 * patterns then read a Norwegian reply well where the spelling is shared ("jeg forstår", "vi har sendt", "fordi") and
 * not at all where it is not: "dessverre" for "desværre", "deg"/"dere"/"oss" for "dig"/"jer"/"os", "feil" for "fejl",
 * "innen" for "inden", "på grunn av" for "på grund af", "tilbake" for "tilbage", past participles in -ert for -eret.
 *
 * So Norwegian is not a language of its own here: these alternatives are joined to the Danish ones and read where the
 * Danish ones are (reply and situation patterns on messages detected as Danish only; describing stems, contempt and
 * threat words on every text, so none of those may be a word of another language we read). Written from how Norwegian
 * support teams phrase things in general, at about the breadth of the Danish list, and only where the Danish pattern
 * does not already match the Norwegian spelling; none was taken from a ticket.
 *
 * On folded text (`foldText`): lower case, "å" without its ring ("forstår" → "forstar", "vår" → "var", "på" → "pa"),
 * "æ" and "ø" stay (and also read as typed "ae", "oe", through `typed`).
 */

/** Letters of folded Norwegian text, for character classes (as Danish). */
const L = 'a-z\\u00e6\\u00f8';
/** A word ends here: no letter follows. */
const E = `(?![${L}])`;
/** Letters of a word, or none. */
const W = `[${L}]*`;

function typedAll<K extends string>(patterns: Partial<Record<K, string>>): Partial<Record<K, string>> {
  return Object.fromEntries(Object.entries<string | undefined>(patterns).map(([k, v]) => [k, v === undefined ? v : typed(v)])) as Partial<
    Record<K, string>
  >;
}

const COUNT = '\\d+|en|ett|et|to|tre|fire|fem|seks|noen|fa|et par';
const DAYS = 'mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag';

/** Per behaviour, Norwegian reply patterns (folded; read with the Danish ones, on messages detected as Danish only). */
export const NB_REPLY: Partial<Record<Behaviour, string>> = typedAll({
  apologise:
    `unnskyld|(jeg|vi) (vil )?(gjerne )?be om unnskyldning|vi ber (sa mye )?om unnskyldning|beklager (sa mye|virkelig|sterkt|ulempen|ulempene|bryderiet)|` +
    `(jeg|vi) er (sa |veldig |virkelig |oppriktig )?lei (for|av at)|lei (meg|oss) for|tilgi${E}`,
  acknowledge:
    `(jeg|vi) skjønner|skjønner (godt|veldig godt|at)|det høres (virkelig |veldig |sa |helt )?(frustrerende|irriterende|kjedelig|tungvint|stressende|vanskelig|trist|ubehagelig|slitsomt|ergerlig|leit)|` +
    `hvor (kjedelig|ergerlig|leit|irriterende|frustrerende|trist)|ergerlig|kjipt|(det er|det er helt) (naturlig|normalt|forstaelig) a|` +
    `(jeg|vi) kan (godt |virkelig )?(tenke (meg|oss)|sette (meg|oss) inn i)|ikke (din|deres) feil|kondolerer|(du|dere) trenger ikke (a )?beklage|ta (deg|dere) (god )?tid`,
  'commit-time':
    `(senest|innen) (pa )?(i morgen|i dag|i kveld|${DAYS}|lunsj|slutten av (dagen|uken|maneden)|utgangen av (dagen|uken|maneden)|kl\\.? ?\\d|klokken \\d|\\d{1,2}[:.]\\d\\d)|` +
    `(innen|i løpet av|om) (de |den )?(neste |kommende )?(${COUNT}) ?(timer|time|dager|dag|døgn|minutter|virkedager|virkedag|arbeidsdager|arbeidsdag|uker|uke)${E}|` +
    `i løpet av (dagen|formiddagen|ettermiddagen|kvelden|morgendagen|uken)${E}|i morgen (tidlig|formiddag|ettermiddag)`,
  'follow-up':
    `(jeg|vi) (kommer tilbake|tar kontakt|kontakter (deg|dere)|ringer (deg|dere)|skriver til (deg|dere)|oppdaterer (deg|dere))|(kommer|tar|ringer|skriver) (jeg|vi) (tilbake|kontakt|til (deg|dere))|` +
    `(jeg|vi) gir (deg|dere) (beskjed|en oppdatering|tilbakemelding|lyd)|gir (jeg|vi) (deg|dere) (beskjed|en oppdatering|tilbakemelding)|` +
    `holde(r)? (deg|dere) (oppdatert|orientert|informert)|(du|dere) (hører|far) (fra (meg|oss)|mer|beskjed|en oppdatering|svar)|(jeg|vi) følger (opp|saken opp)|følge opp|sa snart (jeg|vi) (vet|har|hører|far)`,
  'own-it':
    `((jeg|vi) har|har (jeg|vi)) .{0,30}(korrigert|kansellert|annullert|refundert|kreditert|tilbakebetalt|registrert|aktivert|opprettet|lagt til|endret|satt i gang|godkjent|frigitt|gjenapnet|oppdatert|tilbakestilt|booket om)${E}|` +
    `(jeg|vi) (tar meg av|tar oss av|tar ansvar for|har kontroll pa)|det tar (jeg|vi) (meg |oss )?av|overlat det (bare )?til (meg|oss)|jeg følger (saken|det) personlig|` +
    `(du|dere) (trenger|ma) ikke (a )?(gjøre (noe|mer)|foreta (deg|dere) noe|kontakte|ringe|sende|skrive)`,
  'own-mistake':
    `(det|dette) (er|var) (helt )?(var|min) (feil|skyld|tabbe)${E}|feil (fra|pa) var side|feil av oss|(en )?(feil|tabbe|glipp) (fra|hos|pa) (oss|var side)|` +
    `(feilen|skylden) (ligger|la|var|er) (hos oss|hos meg)|(vi|jeg) (har )?(gjorde|gjort) (en )?(feil|tabbe)|(vi|jeg) burde (ha|ikke ha)|burde (vi|jeg) ha|` +
    `det (skulle|burde) (aldri|ikke) (ha skjedd|skje)|det gikk galt hos oss`,
  'explain-cause':
    `pa grunn av|grunnen (er|var|til)|arsak(en)?${E}|(det|dette|feilen|problemet) (henger sammen med|kom av|kommer av|skjedde fordi)|det viste seg|som følge av|` +
    `hva som (har )?skjedd|problemet (oppsto|la|ligger)|feilen (oppsto|ligger|skjedde)`,
  'straight-talk':
    `dessverre|ærlig talt|for a være (helt )?(ærlig|tydelig|direkte|klar)|(jeg|vi) vil (gjerne )?være (helt )?(ærlig|ærlige|tydelig|tydelige|direkte|apen|apne)${E}|` +
    `det er ikke mulig|ikke mulig${E}|det lar seg (dessverre )?ikke gjøre|rett ut`,
  teach:
    `neste gang|framover|(du|dere) kan (selv|ogsa selv|enkelt selv|fremover)|selv (endre|stille inn|finne|gjøre|laste ned|melde av|velge|oppdatere|tilbakestille|opprette)|` +
    `steg for steg|trinn for trinn|slik (gjør du|gjør dere|gjør man|kan du|fungerer det)|her er (en veiledning|veiledningen)|et (godt |lite )?tips${E}|(greit|lurt) a vite`,
  options:
    `en annen (mate|mulighet|løsning|vei)|pa en annen mate|(to|et par|flere|noen) (muligheter|mater|alternativer)|i mellomtiden|mens (du|dere) venter|inntil videre|` +
    `hvis (du|dere) (heller vil|foretrekker)|(vil|foretrekker) (du|dere) heller|(du|dere) kan ogsa|velge mellom|alternativ(et|er|ene)?${E}|mulighet(en|er|ene)?${E}`,
  proactive:
    `(jeg|vi) har (ogsa|samtidig|i tillegg|benyttet anledningen)|(jeg|vi) (sa|la merke til) (ogsa|at)|for a (unnga|forhindre|forebygge)|for sikkerhets skyld|for ordens skyld|` +
    `sa (du|dere) (ikke|slipper)|husk a|ikke glem|vær oppmerksom pa|merk (deg|at)|hvis (du|dere) (vil|ønsker|foretrekker|har lyst),? (sa )?(kan|sender|ordner|booker|oppretter) (jeg|vi)|` +
    `^(skal jeg|skal vi|vil (du|dere) at (jeg|vi)|ønsker (du|dere) at (jeg|vi))`,
  beyond:
    `som (en )?(liten )?(gest|kompensasjon|takk)${E}|som takk for|tilgodelapp|rabattkode|uten (ekstra )?(kostnad|kostnader|betaling)|pa var regning|` +
    `vi (betaler|dekker|star for) (frakten|returfrakten|utgiften|kostnadene|gebyret)|kompensasjon|gratis (uke|levering|frakt|oppgradering)`,
  handover:
    `(jeg|vi) har .{0,30}(overført|overlevert|eskalert|koblet pa)${E}|(min|mine|var|vare) (kollega|kolleger|kollegaer|tekniker|teknikere|spesialister|spesialist)${E}|` +
    `(vart|var) ${W}(team|teamet|avdeling|avdelingen)${E}|uten at (du|dere) (trenger|ma) (a )?(gjenta|forklare|fortelle)|med (all|hele) (informasjonen|historikken|bakgrunnen|saken)|overtar (din|deres|saken)`,
  protect: `sikkerhet|beskytt|passord|bankid|tofaktor|to-faktor|totrinns|mistenkelig|personopplysninger|personvern|(ber|spør) (deg|dere) aldri|aldri (be|spørre) (deg|dere) om`,
  'plain-short': 'oppsummert|i korte trekk',
  celebrate: `gratulerer|gode nyheter|godt nytt|sa (hyggelig|flott|gøy|deilig|morsomt)${E}|hvor (hyggelig|flott|gøy|deilig)|(hyggelig|flott|deilig) a høre|god fornøyelse|kos (deg|dere)${E}`,
  'act-fast':
    `med en gang|umiddelbart|øyeblikkelig|sa fort som mulig|sa raskt som mulig|raskest mulig|snarest mulig|høyeste prioritet|prioritert${E}|` +
    `jobber (allerede )?med (det|saken|din|deres|dette)${E}|arbeider (allerede )?med (det|saken|din|deres|dette)${E}`,
  accuracy:
    `((jeg|vi) har|har (jeg|vi)) .{0,30}(kontrollert|dobbeltsjekket|sjekket|gjennomgatt|verifisert|sammenlignet|regnet over|beregnet pa nytt|avstemt)${E}|` +
    `dobbeltsjekk|nøye|for a være (helt )?sikker|det (nøyaktige|eksakte) beløpet`,
  improve: `tilbakemelding|(ditt|deres|dine) (forslag|innspill|ønske|ønsker)${E}|(sendt|gitt|brakt) (det )?videre til (vare |vart )?(utvikl|produkt)|vi tar det med (oss )?videre`,
  reassure:
    `(du|dere) trenger ikke (a )?(bekymre|være bekymret|være nervøs|uroe)|ingen grunn til (bekymring|a bekymre)|(du|dere) kan være (helt )?(rolig|rolige|trygg|trygge)${E}|` +
    `i (gode|trygge|sikre) hender|(ingenting|intet) (er|har) (gatt tapt|forsvunnet)|(er|ligger) (helt )?trygt${E}|det (løser|ordner) seg|alt er i (orden|skjønneste orden)`,
  'fair-policy': `(du|dere) har rett pa|reglene|(vare|gjeldende) regler|unntak${E}|ifølge (vare|loven|avtalen|vilkarene|reglene|forbrukerkjøpsloven)|forbrukerkjøpsloven|angrerett|reklamasjonsrett|lovverk`,
  'de-escalate':
    `(jeg|vi) forstar (godt )?((din|deres) (frustrasjon|irritasjon|skuffelse)|(frustrasjonen|irritasjonen|skuffelsen) (din|deres))|la oss (starte|begynne) pa nytt|` +
    `(jeg|vi) (kan )?(godt )?forsta,? at (du|dere) er (frustrert|frustrerte|sint|sinte|misfornøyd|misfornøyde|skuffet|skuffede)`,
  safeguard: `(er|føler (deg|dere)) i fare${E}|ring (til )?(112|113|110)|mental helse|hjelpetelefon|en voksen (du|dere) stoler pa|trakassering|mobbing`,
});

/**
 * Per behaviour, Norwegian stems a value's own text uses for it (folded), joined to the Danish ones and read on every
 * catalogue: none is a word of another language we read. Left out: "respekt" (German, Swedish), "sint" (Dutch "Sint"),
 * "barn" (English), "laget" (Norwegian "made" as well as "the team"), "omtanke" (Swedish reads it already, its own way).
 */
export const NB_DESCRIBE: Partial<Record<Behaviour, string>> = typedAll({
  apologise: `unnskyld`,
  'follow-up': `oppfølging|holde (kunden |kundene )?(orientert|oppdatert|informert)|tilbakemeld`,
  'own-it': `eierskap|hele veien|løse (problemet|saken)`,
  'own-mistake': `innrømme|feiltakelse|star for (vare |vart |egne )?feil`,
  'explain-cause': `arsak${E}|arsaken|bakgrunn`,
  'straight-talk': `sannhet|apenhet|gjennomsiktig`,
  teach: `lære (bort|kunden|kundene)|selvstendig|veiled|opplæring`,
  options: `mulighet|en annen (mate|vei)|ut av boksen|nytenk`,
  proactive: `et steg foran|forutse|før noen`,
  handover: `samarbeid|overlevering`,
  protect: `sikkerhet|personvern|personopplysning`,
  'plain-short': `enkelhet|lettforstaelig|lett a forsta|klart sprak|fagsprak`,
  celebrate: `feire|feiring|glede${E}|begeistr`,
  'act-fast': `rask(t|e|het)?${E}|kjapp|uten unødig venting`,
  accuracy: `nøyaktig|nøyaktighet|presis${E}|nøye${E}`,
  reassure: `trygghet`,
  'fair-policy': `rettferdig|likebehandl|forskjellsbehandl`,
  improve: `utvikl`,
  'de-escalate': `respektfull|høflighet|fiendtlig`,
  safeguard: `trakassering|mindrearig`,
});

/** What a customer's message in Norwegian calls for (folded; read with the Danish ones, on Danish-detected messages only). */
export const NB_SITUATION: Partial<Record<Behaviour, string>> = typedAll({
  acknowledge: `(er|ble|blir|veldig|sa|sinna og) sint(e)?${E}|frustrert|lei meg|gikk bort|er gatt bort|uakseptabelt|latterlig|(er|blir) (sa )?lei av|forbanna`,
  'act-fast': `snarest|med en gang|umiddelbart|i kveld|virker ikke i det hele tatt`,
  protect: `hacket|kapret|stjalet|mistenkelig|uautorisert|noen har logget inn|sperre (mitt|kortet|kontoen)|slette (mine opplysninger|min konto|mine data)`,
  teach: `hvordan (gjør jeg|kan jeg|endrer jeg|finner jeg|skal jeg)|hvor (finner|kan) jeg|finnes det en mate`,
  'explain-cause': `hvordan kan det ha seg|hva (har skjedd|skjedde)`,
  'follow-up': `(fortsatt|enda) (ikke fatt|ingen) (svar|nytt)|noen oppdatering|noe nytt${E}|har ikke hørt (noe|fra dere)`,
  'commit-time': `nar (kan jeg|kommer|far jeg|blir|er)|hvor lenge`,
  'own-it': `venter (fortsatt|enda)|fortsatt ikke|ingen (har svart|svarer|hjelper|gidder)|nok en gang|igjen og igjen`,
  accuracy: `feil beløp|(trukket|belastet|fakturert) (pengene |beløpet )?(to ganger|dobbelt)|for mye (betalt|trukket|belastet|fakturert)`,
  safeguard: `mobbing|trakassering`,
});

/** Contempt, Norwegian (whole words, folded; joined for every language). */
export const NB_CONTEMPT = typed('skandaløst|uakseptabelt|drittselskap|dritt|klovner|useriøse|amatørmessig');

/** Threats to leave or escalate outside support, Norwegian (whole words, folded; joined for every language). */
export const NB_THREAT = typed(
  'sier opp (mitt|vart) (abonnement|avtale)|bytter (leverandør|selskap|til en annen)|forbrukerradet|forbrukertilsynet|finansklagenemnda|(en )?darlig anmeldelse',
);

/** Norwegian words of the structural readers (`reply-reading.ts`), joined to the Danish ones. */
export const NB_STRUCTURE = {
  step: 'trinn',
  futureSelf: typed('(jeg|vi) (kommer tilbake|sjekker|ser pa|undersøker|gir (deg|dere) beskjed|oppretter)|(sjekker|undersøker) (jeg|vi)'),
  instruction: typed('klikk pa|velg (fanen|menyen)|apne (appen|menyen|fanen)|innstillinger'),
  currency: 'nok',
};

/** Danish patterns with the Norwegian spellings joined as further alternatives (keys without a Norwegian pattern keep the Danish). */
export function withNorwegian<K extends string>(
  danish: Partial<Record<K, string>>,
  norwegian: Partial<Record<K, string>>,
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const [key, source] of Object.entries(danish) as [K, string][]) {
    const more = norwegian[key];
    out[key] = more === undefined ? source : `${source}|${more}`;
  }
  return out;
}
