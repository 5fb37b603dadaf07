import type { Behaviour } from './behaviours';

/**
 * Danish (ADR 0184): how support replies in Danish show each behaviour, the words a catalogue written in it uses for it,
 * what a customer's message calls for, and the words of hostility; the same shape as Swedish (ADR 0182). Written from
 * how Danish support teams phrase things in general (informal "du", plural "I"/"jer", the formal "De" now rare), about
 * the breadth of the Swedish list; none was taken from a ticket.
 *
 * Where they apply differs from Swedish: the reply and situation patterns are read only on messages detected as Danish
 * (`replyPatternsFor('da')`, `situationPatternsFor('da')` in `behaviours.ts`), so no other reply pays for them or can be
 * caught by them. The describing stems (read once per catalogue), the contempt and threat words and the structural words
 * joined to the global patterns run on every text: none of those may be a word of another language we read.
 *
 * On folded text (`foldText`): lower case, "å" without its ring ("forstår" → "forstar", "årsag" → "arsag"); "æ" and "ø"
 * are letters of their own, not accented ones, and stay. A Danish keyboard is not always at hand, so each "æ" and "ø"
 * written here also reads as "ae" and "oe" (`typed`): "beklager ulejligheden, desværre" and "desvaerre" read the same.
 * Word edges are `DA_START` and `DA_END`, which count æ and ø as letters (`\b` and `[a-z]` do not).
 */

/** Letters of folded Danish text, for character classes (escaped, so `typed` leaves them alone). */
const L = 'a-z\\u00e6\\u00f8';
/** A word starts here: no letter, digit or underscore before (as `\b` does on ASCII, with æ and ø as letters too). */
export const DA_START = `(?<![${L}0-9_])`;
/** A word ends here: no letter follows. */
const E = `(?![${L}])`;
/** Letters of a word, or none ("vores kundeserviceteam", "vores team"). */
const W = `[${L}]*`;

/** Each "æ" and "ø" of a pattern also as typed without a Danish keyboard ("ae", "oe"). */
export function typed(source: string): string {
  return source.replace(/æ/g, '(?:æ|ae)').replace(/ø/g, '(?:ø|oe)');
}
function typedAll<K extends string>(patterns: Record<K, string>): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(patterns).map(([k, v]) => [k, typed(v)])) as Record<K, string>;
}

const DAYS = 'mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag';
const COUNT = '\\d+|en|et|to|tre|fire|fem|seks|nogle|fa|et par';

/** Per behaviour, Danish reply patterns (folded; read on Danish messages only). */
export const DA_REPLY: Record<Behaviour, string> = typedAll({
  apologise:
    `undskyld|(jeg|vi) (vil )?(gerne )?(beklage|beklager|undskylde|undskylder)|beklager${E}|beklageligt|` +
    `(jeg|vi) er (sa |virkelig |meget |rigtig |oprigtigt |frygtelig )?ked(e)? af|ked(e)? af (det|at|ulejligheden|forsinkelsen)|tilgiv`,
  acknowledge:
    `(jeg|vi) forstar|(det|dette) forstar (jeg|vi)|forstar (godt|fuldt ud|helt|sagtens|virkelig)|(det|dette) kan (jeg|vi) (godt |sagtens |fuldt ud )?forsta|` +
    `(jeg|vi) kan (godt |sagtens |kun |virkelig )?(forestille (mig|os)|sætte (mig|os) ind i)|` +
    `det lyder (virkelig |rigtig |meget |sa |helt )?(frustrerende|irriterende|træls|besværligt|ærgerligt|stressende|bekymrende|hardt|svært|trist|ubehageligt|surt)|` +
    `hvor (ærgerligt|træls|irriterende|frustrerende|trist|kedeligt|surt)|frustrerende|ærgerligt|træls|forstaeligt|(helt|fuldt) forstaelig|` +
    `(det er|det er helt) (naturligt|normalt|forstaeligt) at|ingen hast|det haster ikke|tag (dig |jer )?(god |den )?tid|` +
    `ikke (din|jeres) skyld|kondolere|(mine|vores) (dybeste |varmeste )?kondolencer|god bedring|(du|i) skal ikke undskylde`,
  'commit-time':
    `(senest|inden) (pa )?(i morgen|i dag|i aften|${DAYS}|frokost|middag|udgangen af (dagen|ugen|maneden)|ugens udgang|dagens udgang|d\\.? ?\\d|den \\d|kl\\.? ?\\d|klokken \\d|\\d{1,2}[:.]\\d\\d)|` +
    `(inden for|indenfor|i løbet af|om) (de |den )?(næste |kommende )?(${COUNT}) ?(timer|time|dage|døgn|minutter|hverdage|hverdag|arbejdsdage|arbejdsdag|bankdage|uger|uge)${E}|` +
    `senere i dag|allerede i dag|i løbet af (dagen|formiddagen|eftermiddagen|aftenen|i morgen|ugen)${E}|(i morgen|i dag) (tidlig|formiddag|eftermiddag|inden|kl\\.? ?\\d|klokken \\d)`,
  'follow-up':
    `(jeg|vi) (vender|melder) (tilbage|retur)|(vender|melder) (jeg|vi) (tilbage|retur)|` +
    `(jeg|vi) (kontakter|ringer til|skriver til|mailer|opdaterer|orienterer) (dig|jer)|(kontakter|ringer|skriver|mailer|opdaterer|orienterer) (jeg|vi) (dig|jer|til dig|til jer)|` +
    `(jeg|vi) giver (dig|jer) (besked|en opdatering|lyd|et kald)|giver (jeg|vi) (dig|jer) (besked|en opdatering|lyd)|` +
    `(holder|holde) (dig|jer) (opdateret|opdaterede|orienteret|orienterede|informeret|informerede)|` +
    `(du|i) (hører|far) (fra (mig|os)|nærmere|besked|en opdatering|en mail|en sms|svar)|(jeg|vi) følger op|følge op pa|sa snart (jeg|vi) (ved|har|hører|far)`,
  'own-it':
    `((jeg|vi) har|har (jeg|vi)) .{0,30}(sendt|ordnet|fikset|rettet|korrigeret|annulleret|refunderet|krediteret|ombooket|nulstillet|opdateret|registreret|bestilt|aktiveret|oprettet|tilbagebetalt|tilføjet|ændret|lagt ind|sat i gang|igangsat|behandlet|godkendt|frigivet|genåbnet)${E}|` +
    `(jeg|vi) (tager mig af|tager os af|sørger for|ordner|fikser|tager ansvar for|har styr pa)|det tager (jeg|vi) (mig |os )?(af|ansvar for)|overlad det (bare )?til (mig|os)|` +
    `jeg (følger|holder øje med) (sagen|det) personligt|personligt (sørge|sørger|følge|følger|tjekke|tjekker|ordne)|` +
    `(du|i) (behøver|skal) ikke (at )?(gøre (noget|mere|yderligere)|foretage (dig|jer) noget|kontakte|ringe|sende|skrive)`,
  'own-mistake':
    `(vores|min) (fejl|skyld|brøler)${E}|fejl(en)? (fra|pa) vores side|(fejlen|skylden) (ligger|la|var|er) (hos os|hos mig|vores)|` +
    `(vi|jeg) (har )?(begik|begaet|lavede|lavet) (en |et )?(fejl|smutter)|(du|i) har (helt |fuldstændig |fuldstændigt |absolut |sa )?ret${E}(?!\\s+til)|` +
    `(vi|jeg) burde (have|ikke have)|burde (vi|jeg) have|det (skulle|burde) (aldrig|ikke) (være sket|være gaet sadan|ske)|det gik galt hos os|vi har dummet os|vi kvajede os`,
  'explain-cause':
    `fordi|pa grund af|skyldes|skyldtes|arsag(en)?${E}|grunden (er|var|til)|(det|dette|fejlen|problemet) (skyldes|skyldtes|hænger sammen med|kom af|kommer af)|` +
    `det (viser|viste) sig|det ser ud til at|som følge af|det er derfor|hvad der (er )?sket|problemet (var|er|opstod|la|ligger)|fejlen (var|er|opstod|la|ligger|skete)`,
  'straight-talk':
    `desværre|beklageligvis|ærligt talt|for at være (helt )?(ærlig|tydelig|direkte|klar|ligefrem)|(jeg|vi) vil (gerne )?være (helt )?(ærlig|ærlige|tydelig|tydelige|direkte|aben|abne|ligefrem)${E}|` +
    `(det|et) (korte|ærlige|ligefremme) svar|svaret er (nej|ja)|det er ikke muligt|ikke muligt|det kan (desværre )?ikke lade sig gøre|` +
    `(vi|jeg) kan (desværre |altsa )?ikke|kan (vi|jeg) (desværre )?ikke|(jeg|vi) kan ikke love|uden omsvøb|lige ud`,
  teach:
    `næste gang|fremover|fremadrettet|(du|i) kan (selv|ogsa selv|fremover|nemt selv)|selv (ændre|indstille|finde|gøre|downloade|afmelde|vælge|opdatere|nulstille|oprette)|trin for trin|` +
    `sadan (gør du|gør i|gør man|kan du|fungerer det)|her er (hvordan|en vejledning|vejledningen|en guide)|pa egen hand|et (godt |lille )?tip${E}|godt at kende`,
  options:
    `en anden (made|mulighed|løsning|vej)|pa en anden made|(to|et par|flere|nogle) (muligheder|mader)|midlertidig løsning|i mellemtiden|mens (du|i) venter|indtil videre|` +
    `hvis (du|i) hellere vil|hvis (du|i) foretrækker|(vil|foretrækker) (du|i) hellere|i stedet|istedet|(du|i) kan ogsa|enten|vælge mellem|alternativ(t|et)?${E}|mulighed(en|er|erne)?${E}`,
  proactive:
    `(jeg|vi) har (ogsa|samtidig|desuden|derudover|i samme omgang|benyttet lejligheden)|(jeg|vi) benyttede lejligheden|(jeg|vi) (sa|bemærkede|lagde mærke til) (ogsa|at)|` +
    `for at (undga|forhindre|forebygge)|for en sikkerheds skyld|for god ordens skyld|sa (du|i|det) (ikke|slipper)|godt at vide|husk (at|pa)|glem ikke|vær opmærksom pa|bemærk (at|venligst)|` +
    // An offer to take the next step (ADR 0140): anywhere, or when it opens the sentence.
    `hvis (du|i) (vil|ønsker|foretrækker|har lyst),? (sa )?(kan|sender|ordner|booker|opretter) (jeg|vi)|^(skal jeg|skal vi|vil (du|i) have,? at (jeg|vi)|ønsker (du|i),? at (jeg|vi))`,
  beyond:
    `som (en )?(lille )?(gestus|undskyldning|kompensation|plaster pa saret|tak)${E}|som tak for|tilgodehavende|gavekort|rabatkode|uden (ekstra )?(beregning|omkostninger|betaling|merpris)|` +
    `for (vores|var) regning|vi (betaler|dækker|star for) (fragten|returfragten|udgiften|omkostningerne|gebyret)|kompenser|gratis (maned|uge|levering|fragt|opgradering)|ekstra (maned|maneder|uge|uger)${E}`,
  handover:
    `(jeg|vi) har .{0,30}(videresendt|sendt videre|givet videre|overdraget|eskaleret|koblet pa)${E}|videresendt|` +
    `(min|mine|vores) (kollega|kollegaer|kolleger|tekniker|teknikere|specialister|specialist)${E}|vores ${W}(team|teamet|afdeling|afdelingen)${E}|` +
    `uden at (du|i) (behøver|skal) (at )?(gentage|forklare|fortælle)|med (alle|hele) (oplysningerne|informationerne|historikken|baggrunden|sagen)|overtager (din|jeres|sagen)`,
  protect:
    `sikkerhed|beskyt|identitet|adgangskode|kodeord|mitid|nemid|pinkode|to-faktor|tofaktor|totrinsbekræftelse|mistanke|mistænkelig|svindel|svindlere|bedrageri|` +
    `spærre(t|de|r)?${E}|personoplysninger|personlige oplysninger|persondata|(beder|spørger) (dig|jer) aldrig|aldrig (at )?(bede|spørge) (dig|jer) om`,
  'plain-short': 'kort sagt|kort fortalt|kortfattet|i korte træk|enkelt sagt|kort og godt|sammenfattende|opsummeret|i en nøddeskal',
  celebrate: `tillykke|til lykke|gode nyheder|godt nyt|hvor (dejligt|skønt|sjovt|fedt)|sa (dejligt|skønt|fedt|sjovt)${E}|(dejligt|skønt) at høre|hurra|god fornøjelse|nyd (den|det|dem)${E}`,
  'act-fast':
    `med det samme|straks|omgaende|øjeblikkeligt|hurtigst muligt|snarest( muligt)?|sa hurtigt som muligt|højeste prioritet|prioritet${E}|prioriteret|prioritere${E}|haster|hastesag|` +
    `arbejder (allerede )?(pa|med) (det|sagen|din|jeres|dette)${E}|(jeg|vi) er (allerede )?i gang${E}`,
  accuracy:
    `((jeg|vi) har|har (jeg|vi)) .{0,30}(kontrolleret|dobbelttjekket|tjekket|gennemgaet|verificeret|sammenholdt|sammenlignet|testet|regnet efter|genberegnet|afstemt)${E}|` +
    `dobbelttjek|grundig|omhyggelig|linje for linje|post for post|for at være (helt )?sikker|det (præcise|nøjagtige) beløb`,
  improve: `feedback|tilbagemelding|forbedr|(dit|jeres|dine) (forslag|input|ønske|ønsker)${E}|forslaget|(sendt|givet|bragt) (det )?videre til (vores )?(udvikl|produkt)|ønsket er noteret|vi tager det med|vi lærer af|ris og ros|ros og ris`,
  reassure:
    `bare rolig|(du|i) skal ikke (bekymre|være bekymret|være bekymrede|være nervøs)|ingen grund til (bekymring|at bekymre)|ingen fare|fortvivl ikke|(du|i) kan være (helt )?(rolig|rolige|tryg|trygge)${E}|` +
    `i (gode|trygge|sikre) hænder|(intet|ingenting) (er|har) (gaet tabt|forsvundet)|(er|ligger) (helt )?(sikre|sikkert|trygt)${E}|det (løser|ordner) sig|alt er i (orden|skønneste orden)`,
  'fair-policy':
    `ret til|(du|i) har ret til|berettiget|(handels)?betingelser(ne)?${E}|vilkar(ene)?${E}|reglerne|(vores|gældende) regler|retningslinjer|for alle kunder|samme (regler|vilkar)|undtagelse|` +
    `i henhold til|ifølge (vores|loven|aftalen|betingelserne|reglerne|købeloven|politikken)|købeloven|forbrugeraftaleloven|fortrydelsesret|reklamationsret|lovgivning`,
  'de-escalate':
    `(jeg|vi) forstar (godt )?(din|jeres) (frustration|vrede|irritation|skuffelse)|jeg tager det ikke personligt|lad os (starte|begynde) forfra|(en )?(god|rimelig|fair) pointe|` +
    `(jeg|vi) kan (godt )?forsta,? at (du|i) er (frustreret|frustrerede|vred|vrede|utilfreds|utilfredse|skuffet|skuffede)|lad os finde en løsning sammen`,
  safeguard: `(er|føler (dig|jer)) i fare${E}|ring (til )?112|alarmcentral|politiet${E}|livslinien|børnetelefonen|selvmord|en voksen (du|i) stoler pa|chikane|mobning|mobbet|truet${E}|trusler`,
});

/**
 * Per behaviour, Danish stems a value's own text uses for it (folded). Joined to every catalogue's reading, so none may
 * be a word of another language: left out "direkte" (German "direkte Antwort"), "enkel" (Dutch, German), "afdeling"
 * (Dutch), "alternativ" (English "alternative"), "lover" (English), "elendig" (German), "overga…" (Dutch "overgaan"),
 * "erkende" (Dutch "acknowledged"), "overdrag…" (Dutch "overdraging"), and words Swedish writes alike with another
 * meaning or for another behaviour: "omsorg", "persondata", "forståelig", "omgående", "rolig" (Swedish "fun"), "unge",
 * "trivsel", "kolleger".
 */
export const DA_DESCRIBE: Record<Behaviour, string> = typedAll({
  apologise: `undskyld|beklage${E}|beklager`,
  acknowledge: `empati${E}|empatisk|indlevelse|følelse|forstaelse|talmodig|menneskelig|medmenneskelig|lytte${E}|lytter${E}|nærvær`,
  'commit-time': `punktlig|løfte|løfter${E}|holder (hvad|det) vi lover|tidsramme|ventetid|til tiden|aftalt tid`,
  'follow-up': `opfølgning|følge op|følger op|holde (kunden |kunderne )?(orienteret|opdateret|informeret)|tilbagemeld`,
  'own-it': `ejerskab|hele vejen|til ende|løse (problemet|sagen)|sørge for|tager ansvar|tage ansvar`,
  'own-mistake': `indrømme|fejltagelse|star ved (vores |vore |sine )?fejl`,
  'explain-cause': `hvorfor|arsag|forklaring|baggrund${E}`,
  'straight-talk': `ærlig|sandhed|ligefrem|aben(hed)?${E}|gennemsigtig|oprigtig|med smat|overraskelse`,
  teach: `lære (fra sig|kunden|kunderne|dem)|lærende|selvstændig|selvhjælp|vejled|uddann`,
  options: `løsning|mulighed|en anden (made|vej)|finde (en vej|en løsning)|ud af boksen|nytænk`,
  proactive: `skridt foran|forudse|forebyg|før kunden|inden kunden|inden nogen`,
  beyond: `overgar${E}|overga (forventning|kunden)|mere end (forventet|ventet)|ekstra mil|det lille ekstra|guldkant`,
  handover: `samarbejd|sammen${E}|overdrage${E}|overdraget|overdragelse|videresend|holdet${E}`,
  protect: `sikkerhed|sikker(t|e)?${E}|beskyt|personoplysning|databeskyt|svindel|(dine|kundens|kundernes) oplysninger`,
  'plain-short': `enkelt${E}|enkelhed|tydelig|letforstaelig|let at forsta|kortfattet|koncis|kort og (godt|præcist)|fagsprog|klart sprog`,
  celebrate: `fejr|glæde|sjov(t|e)?${E}|tillykke|gejst`,
  'act-fast': `hurtig|kvik${E}|uden forsinkelse|uden unødig ventetid`,
  accuracy: `grundig|omhyggelig|korrekt (første gang|fra start)|dobbelttjek|nøjagtig|præcis`,
  reassure: `roen${E}|fatning|tryg|tryghed|bekymr|stresset|under pres${E}`,
  'fair-policy': `retfærdig|samme regler|lige (for alle|vilkar|regler)|ligebehandl|særbehandl|alle kunder`,
  improve: `forbedr|udvikl|lære af|vokse|vækst|læring`,
  'de-escalate': `respektfuld|respekter|værdig|høflig|uhøflig|fjendtlig|vred(e)?${E}|vrede|krænk|fornærm|hanlig|saglig`,
  safeguard: `chikane|mobning|truende|trusler|farlig|mindrearig|børn|unge mennesker|de unge${E}|velbefindende`,
});

/** What a customer's message in Danish calls for (folded; read on Danish messages only). */
export const DA_SITUATION: Partial<Record<Behaviour, string>> = typedAll({
  acknowledge: `vred${E}|vrede${E}|skuffet|skuffede|frustreret|frustrerede|bekymret|ked af det|stresset|gik bort|er gaet bort|døde${E}|begravelse|uacceptabelt|latterligt|(er|bliver) (sa )?træt af|rasende`,
  'act-fast': `haster|hurtigst muligt|omgaende|med det samme|i dag${E}|i aften|er nede${E}|virker slet ikke`,
  protect: `hacket|hacked|kapret|svindel|bedrageri|stjalet|mistænkelig|uautoriseret|nogen har logget ind|spærre (mit|kortet|kontoen)|slette (mine oplysninger|min konto|mine data)`,
  teach: `hvordan (gør jeg|kan jeg|ændrer jeg|finder jeg|skal jeg)|hvor (finder|kan) jeg|er der en made`,
  'explain-cause': `hvorfor|hvordan kan det være|hvad (er der sket|skete der)`,
  'follow-up': `(stadig|endnu) (intet|ikke noget|ikke fået) (svar|nyt)|nogen opdatering|noget nyt${E}|har ikke hørt (noget|fra jer)`,
  'commit-time': `hvornar (kan jeg|kommer|far jeg|bliver|er)|hvor lang tid|hvor længe`,
  'own-it': `venter (stadig|endnu)|(stadig|endnu) ikke|ingen (har svaret|svarer|hjælper|gider)|sendt rundt|kastet rundt|(tredje|fjerde) gang|endnu en gang|igen og igen`,
  accuracy: `forkert beløb|forkert${E}|passer ikke|(trukket|opkrævet|debiteret) (pengene |beløbet )?(to gange|dobbelt)|for meget (betalt|trukket|opkrævet)`,
  safeguard: `truer|truet|mobbet|mobning|chikane|selvmord|slå mig ihjel|jeg er (1[0-7]|[6-9]) ar${E}`,
});

/** Contempt for the company, its people or its product, Danish (whole words, folded; joined for every language). */
export const DA_CONTEMPT = typed(
  'skandaløst|skandaløs|skandaløse|pinligt|latterligt|latterlig|værdiløs|værdiløst|svindlere|plattenslagere|useriøst|useriøse|amatører|klovne|uacceptabelt|under al kritik|lort|lorte[a-z\\u00e6\\u00f8]*|fupfirma',
);

/** Threats to leave or escalate outside support, Danish (whole words, folded; joined for every language). */
export const DA_THREAT = typed(
  'opsiger|opsige|siger (mit|vores) (abonnement|aftale) op|lukker (min|mit|vores) (konto|abonnement)|aldrig mere|aldrig (igen|mere) (handle|købe|bestille|anbefale)|' +
    'forbrugerklagenævnet|ankenævnet|forbrugerombudsmanden|politianmeld[a-z\\u00e6\\u00f8]*|anmelder (jer|jeres firma)|skifter (til en anden|udbyder|selskab|leverandør)|(en )?darlig anmeldelse|(1|en) stjerne',
);

/**
 * Danish words of the structural readers in `reply-reading.ts` and `behaviours.ts`: read on Danish messages only
 * (`structureFor('da')`), like the reply patterns.
 */
export const DA_STRUCTURE = {
  /** "Trin 1": a numbered step. */
  step: 'trin',
  /** "Jeg sender …", "vi vil …", "i morgen ringer jeg …": the writer commits to doing something (whole words). */
  futureSelf: typed(
    '(jeg|vi) (vil|skal|sender|ringer|vender tilbage|mailer|kontakter|ordner|fikser|tjekker|kigger|undersøger|retter|booker|giver (dig|jer) besked|melder tilbage|opretter|sørger for)|' +
      '(sender|ringer|vender|mailer|kontakter|ordner|fikser|tjekker|kigger|undersøger|giver|melder|skriver) (jeg|vi)',
  ),
  /** Interface instructions ("gå til Indstillinger", "klik på Gem"). */
  instruction: typed(
    'ga til|ga ind (pa|under)|klik pa|klikke pa|tryk pa|trykke pa|vælg (fanen|menuen)|abn (appen|menuen|fanen)|indstillinger|under fanen',
  ),
  /** Amounts in kroner ("kr" is already Swedish's). */
  currency: 'kr|dkk',
};
