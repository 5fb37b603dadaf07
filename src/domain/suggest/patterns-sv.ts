import type { Behaviour } from './behaviours';

/**
 * Swedish: how support replies in Swedish show each behaviour, the words a catalogue written in it uses for it, what a
 * customer's message calls for, and the words of hostility; the same shape as Dutch and Polish (ADR 0116) and Catalan
 * (ADR 0130). Written from how Swedish support teams phrase things in general (informal "du" and plural "ni", which
 * is also the polite form), the same breadth as the Dutch list; none was taken from a ticket. `behaviours.ts` joins
 * them to its own patterns.
 *
 * On folded text (`foldText`): lower case, å ä ö without their marks ("återkommer" → "aterkommer", "förlåt" →
 * "forlat", "säkerhet" → "sakerhet"). Each alternative starts at a word start and is a prefix unless it ends in
 * `(?![a-z])`. None may be a word of the other languages we read: these patterns run over every reply, whatever its
 * language. Avoided for that: "rabatt", "akut", "direkt", "exakt", "korrekt", "kontroll…", "jurist" (German), "bedrag"
 * (Dutch "amount"), "gratis" (most of them), "polis…" (English "polish"), "hot" (English), "noga" (Polish "leg"),
 * "oro" (Spanish, Italian "gold"), "fara" (Italian "farà"), "glad", "barn", "loser", "lova…" (English), "enkel"
 * (Dutch, German), "beklag…" (German "beklagen": only "beklagar" counts), "suicid…" (English "suicide"), "hurra"
 * (German), "regler" alone (German "Regler"), "ständig" (German), "sek" after an amount (German, Polish seconds), "i
 * fara" alone (Catalan "i farà"), "kort" alone (also "card"), "saker" alone (also "things") and "artig" (German).
 * Found over the 160 pool teams' catalogues and comments (none Swedish) and taken out (ADR 0182): "arn" alone (English
 * "ARN"; only "anmäla till ARN" counts), "respekt" and "panik" (German), "empati…" as a prefix (Spanish, Portuguese
 * "empatía") and "bättre" (French "battre").
 */

/** Per behaviour, Swedish reply patterns (folded). */
export const SV_REPLY: Record<Behaviour, string> = {
  apologise:
    'ursakt|beklagar(?![a-z])|forlat(?![a-z])|(jag|vi) ar (sa |verkligen |valdigt |mycket )?ledsna?(?![a-z])|ledsen for|ledsna for',
  acknowledge:
    '(jag|vi) forstar|forstar (verkligen|precis|fullt ut|helt)|(jag|vi) kan (verkligen |mycket val |val |bara )?(tanka mig|forestalla mig)|' +
    'det later (verkligen |sa |mycket |jatte|valdigt )?(jobbigt|frustrerande|trakigt|stressigt|besvarligt|tradigt|oroande|omstandligt)|' +
    'vad (jobbigt|trakigt|trist|tradigt|frustrerande|besvarligt)|frustrerande|stressande|oroande|(trakigt|trist|ledsamt) att hora|forstaeligt|' +
    'ingen bradska|ta (den tid (du|ni) behover|god tid|all tid)|inte (ditt|ert) fel|(beklagar|jag beklagar) (verkligen )?sorgen|kondoleans',
  'commit-time':
    '(senast|fore|innan) (pa )?(i morgon|imorgon|idag|i dag|i kvall|ikvall|mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|lunch|dagens slut|veckans slut|slutet av (dagen|veckan)|kl\\.? ?\\d|klockan \\d|\\d{1,2}[:.]\\d\\d)|' +
    '(inom|om) (\\d+|en|ett|tva|tre|fyra|fem|nagra) ?(timmar|timme|dagar|dag|minuter|arbetsdagar|arbetsdag|vardagar|bankdagar)(?![a-z])|' +
    'senare (i dag|idag)|redan (i dag|idag)|(under|i lopet av) (dagen|formiddagen|eftermiddagen|kvallen|morgondagen)(?![a-z])|(i morgon|imorgon) (bitti|formiddag|eftermiddag|fore|kl\\.? ?\\d|klockan \\d)',
  'follow-up':
    '(jag|vi) (aterkommer|hor av (mig|oss)|meddelar (dig|er)|kontaktar (dig|er)|ringer (dig|er|upp)|mejlar (dig|er)|mailar (dig|er)|uppdaterar (dig|er))|' +
    // Swedish puts the verb before the subject after a fronted time ("i morgon återkommer jag"), as Dutch does (ADR 0116).
    '(aterkommer|meddelar|kontaktar|ringer|mejlar|mailar) (jag|vi)(?![a-z])|hor (jag|vi) av (mig|oss)|' +
    'aterkommer (till (dig|er)|sa snart|sa fort|nar|med)|haller (dig|er) (uppdaterad|uppdaterade|underrattad|underrattade|informerad|informerade)|' +
    '(du|ni) (far|kommer att fa) (en uppdatering|besked|ett besked|ett mejl|ett mail|ett sms|ett meddelande|hora)|(jag|vi) foljer upp|folja upp|sa (snart|fort) (jag|vi) (vet|har|hor|fatt)',
  'own-it':
    '((jag|vi) har|har (jag|vi)) .{0,30}(skickat|ordnat|fixat|atgardat|rattat|korrigerat|makulerat|annullerat|aterbetalat|krediterat|bokat om|ombokat|aterstallt|uppdaterat|registrerat|begart|avbokat|aktiverat|bestallt|returnerat|lagt in|lagt upp|lagt till)(?![a-z])|' +
    '(jag|vi) (tar hand om|ordnar|fixar|ser till att|tar ansvar for)|(jag|vi) tar det harifran|lamna (det|detta) till mig|jag ska personligen|personligen (se till|folja|kolla|ordna)|' +
    '(du|ni) behover inte (gora (nagot|nat|nagonting)|kontakta|ringa|skicka|hora av)',
  'own-mistake':
    '(vart|mitt) (misstag|fel|slarv)(?![a-z])|fel (fran|pa) var sida|(misstag|fel) (fran|av|hos) oss(?![a-z])|(vi|jag) (gjorde|har gjort) (ett )?(misstag|fel)|' +
    '(du|ni) har (helt |alldeles |absolut |fullstandigt )?ratt(?![a-z]|\\s+(till|att))|(vi|jag) borde (ha|inte ha)|borde (vi|jag) ha|skulle (aldrig|inte) ha (hant|skett|intraffat)|' +
    '(det|detta) blev fel (hos|fran) (oss|var sida)|vi (klantade|slarvade) till|vi har (klantat|slarvat)',
  'explain-cause':
    'eftersom|pa grund av|beroende pa|orsak(en)?(?![a-z])|anledning(en)?(?![a-z])|(det|detta|felet|problemet) (beror|berodde) pa|(det|detta) (kommer|kom) sig av|' +
    'det (visade|visar) sig|det verkar som|till foljd av|darfor att|vad som (har )?hant|problemet (var|ar|lag|uppstod)|felet (var|ar|lag|uppstod)',
  'straight-talk':
    'tyvarr|olyckligtvis|dessvarre|arligt talat|for att vara (arlig|tydlig|rak|arliga|tydliga|helt arlig)|(jag|vi) vill vara (arlig|arliga|tydlig|tydliga|rak|raka|transparent|transparenta)(?![a-z])|' +
    'rakt pa sak|(det|ett) (raka|arliga|korta) (svaret|beskedet)|det ar inte mojligt|inte mojligt|det gar (tyvarr )?inte|(vi|jag) kan (tyvarr )?inte|kan (vi|jag) (tyvarr )?inte|(jag|vi) kan inte lova',
  teach:
    'nasta gang|i fortsattningen|framover|(du|ni) kan (sjalv|sjalva|aven sjalv)|sjalv (andra|stalla in|hitta|gora|ladda ner|avboka|valja)|steg for steg|' +
    'sa har (gor du|gor ni|gar du tillvaga|gar ni tillvaga|fungerar det|kan du)|sa gor du|pa egen hand|ett tips(?![a-z])|bra att kanna till',
  options:
    'ett annat satt|pa ett annat satt|(tva|nagra|flera) satt|tillfallig losning|under tiden|i vantan pa|tills vidare|om (du|ni) hellre|om (du|ni) foredrar|' +
    '(vill|foredrar) (du|ni) hellre|i stallet|istallet|(du|ni) kan ocksa|(du|ni) kan aven|antingen|valja mellan|mojlighet(en|er|erna)?(?![a-z])',
  proactive:
    '(jag|vi) har (aven|ocksa|samtidigt|dessutom|passat pa)|(jag|vi) passade pa|(jag|vi) (sag|markte|noterade) (ocksa|aven|att)|for att (undvika|forhindra|forebygga)|' +
    'for sakerhets skull|sa att (du|ni|det|detta) (inte|slipper)|bra att veta|for alla fall|glom inte|tank pa att|observera att|' +
    // An offer to take the next step (ADR 0140): anywhere, or when it opens the sentence.
    'om (du|ni) (vill|onskar|foredrar),? (sa )?(kan|ordnar|skickar|bokar) (jag|vi)|^(ska jag|ska vi|vill (du|ni) att (jag|vi))',
  beyond:
    'som (en )?(liten )?(gest|ursakt|plaster pa saren|kompensation)|som tack for|tillgodohavande|presentkort|rabattkod|kostnadsfri|utan (extra |nagon )?kostnad|' +
    'pa var bekostnad|vi bjuder pa|vi star for (kostnaden|frakten)|kompensera|extra (manad|manader|vecka|veckor)(?![a-z])',
  handover:
    '(jag|vi) har .{0,30}(skickat vidare|vidarebefordrat|overlamnat|lamnat (over|vidare)|kopplat in)(?![a-z])|vidarebefordrat|' +
    '(min|mina|var|vara) (kollega|kollegor|kolleger|tekniker|specialister)(?![a-z])|(vart|var|vara) \\w*(teamet|team|avdelningen|avdelning)(?![a-z])|' +
    'utan att (du|ni) (behover|maste) (upprepa|forklara|beratta)|med (all|hela) (information|informationen|bakgrunden|historiken)|tar over (ditt|ert|arendet|fallet)',
  protect:
    'sakerhet|skydd(a|ar|at|et)?(?![a-z])|identitet|losenord|bankid|bank-id|pinkod|tvastegsverifiering|tvafaktor|misstank|bedrageri|bedragare|' +
    'sparr(at|ade|a|t)(?![a-z])|fryst(?![a-z])|personuppgifter|personliga uppgifter|(ber|fragar) (dig|er) aldrig|aldrig (att )?(be|fraga) (dig|er|om)',
  'plain-short': 'kort sagt|kortfattat|i korthet|enkelt uttryckt|enkelt sagt|sammanfattningsvis|kort och gott|i klartext',
  celebrate: 'grattis|gratulerar|goda nyheter|bra nyheter|roliga nyheter|vad (roligt|kul|harligt)|sa (roligt|kul)(?![a-z])|njut',
  'act-fast':
    'omedelbart|genast|med en gang|sa snart som mojligt|snarast|skyndsamt|hogsta prioritet|prioritet(?![a-z])|prioriterat|prioritera(?![a-z])|bradskande|' +
    '(jobbar|arbetar) (redan )?(pa|med) (det|detta|ditt|ert)|(jag|vi) ar (redan )?pa det',
  accuracy:
    '((jag|vi) har|har (jag|vi)) .{0,30}(kontrollerat|dubbelkollat|dubbelkontrollerat|verifierat|granskat|gatt igenom|jamfort|testat|raknat om|stamt av|kollat)(?![a-z])|' +
    'dubbelkoll|noggrann|rad for rad|post for post|for att vara (helt )?saker|exakta beloppet',
  improve:
    'aterkoppling|forbattr|(ditt|ert|era|dina) (forslag|synpunkter)|synpunkt|forslaget|(skickat|lamnat|fort) vidare (till|ditt|ert)|onskemal(et)? (noterat|vidarebefordrat|registrerat)',
  reassure:
    'oroa (dig|er) inte|ingen fara|inget att oroa (dig|er) for|(du|ni) kan (vara|kanna (dig|er)) (lugn|lugna|trygg|trygga)|var lugn|i (goda|trygga|sakra) hander|' +
    '(ingenting|inget) (har )?(forsvunnit|gatt forlorat)|(ar|ligger) (helt )?(sakra|sakert|trygga|tryggt)(?![a-z])|det (loser|ordnar) sig|allt (ar|kommer att vara) i sin ordning',
  'fair-policy':
    'ratt till|(du|ni) har ratt (till|att)|berattigad|villkor(en)?(?![a-z])|reglerna|(vara|gallande) regler|riktlinjer|for alla kunder|samma (regler|villkor)|undantag|' +
    'enligt (vara|var|gallande|lagen|avtalet|villkoren|reglerna|policyn)|lagstiftning|konsumentkoplagen|distansavtalslagen|angerratt',
  'de-escalate':
    '(jag|vi) forstar (din|er) (frustration|ilska|irritation|besvikelse)|(ingen|inget) anstot|(en )?(bra|rimlig) poang|lat oss borja om|vi borjar om|jag tar inte illa upp',
  safeguard:
    '(ar|befinner (dig|er)|kanner (dig|er)) i fara(?![a-z])|larmnummer|ring 112|polisen(?![a-z])|stodlinje|hjalplinje|jourtelefon|sjalvmord|trygg vuxen|vuxen (som )?(du|ni) litar pa|trakasser|mobbad|mobbning|hotad(?![a-z])|hotelser',
};

/** Per behaviour, Swedish stems a value's own text uses for it (folded). */
export const SV_DESCRIBE: Record<Behaviour, string> = {
  apologise: 'ursakt|beklaga(?![a-z])|beklagar',
  acknowledge:
    'empati(?![a-z])|empatisk|inlevelse|kansla|kanslor|lyssna|omtank|forstaelse|talamod|mansklig|medmansklig|manniskor|varm(t|a|e)?(?![a-z])|bemotande',
  'commit-time':
    'tid(?![a-z])|punktlig|lofte|loften|lovar|lovat|lova(?![a-z])|utlovad|tidsram|vanta(?![a-z])|vantar|vantan|vantetid|halla det vi lovar',
  'follow-up': 'uppfoljning|folja upp|foljer upp|hall(a|er) (kunden )?(informerad|uppdaterad)|aterkoppl',
  'own-it': 'ansvar|hela vagen|till slutet|agarskap|losa (problemet|arendet)|se till att',
  'own-mistake': 'misstag|fel(?![a-z])|erkann',
  'explain-cause': 'varfor|orsak|forklar|anledning|bakgrund',
  'straight-talk': 'arlig|arlighet|sanning|tydlig|rak(a|t)?(?![a-z])|rakt pa sak|finstilt|overraskning|uppriktig|oppen(het)?(?![a-z])',
  teach: 'lara (ut|sig|kunden)|larande|sjalvstandig|nasta gang|vagled|utbild|sjalvhjalp',
  options: 'losning|losningar|mojlighet|annat satt|hitta (ett satt|en vag|en losning)|utanfor boxen|tanka nytt',
  proactive: 'steget fore|ett steg fore|forutse|forebygg|forhindr|innan kunden|innan nagon',
  beyond: 'overtraff|overrask|mer an (vantat|forvantat)|guldkant|det lilla extra',
  handover: 'samarbet|tillsammans|kollega|kollegor|overlamn|vidarebefordr|avdelning|laget(?![a-z])',
  protect: 'sakerhet|sakert(?![a-z])|sakra(?![a-z])|skydd|personuppgift|dataskydd|bedrageri|(dina|kundens|kundernas) uppgifter',
  'plain-short':
    'enkelt(?![a-z])|enkla(?![a-z])|enkelhet|tydlig|begriplig|kortfattad|koncis|kort och (gott|koncist)|jargong|facksprak|klarsprak',
  celebrate: 'fira(?![a-z])|firar|firande|gladje|kul(?![a-z])|rolig(t|a)?(?![a-z])|gratul',
  'act-fast': 'snabb|skyndsam|omedelbar|genast|utan drojsmal',
  accuracy: 'noggrann|ratt (fran borjan|forsta gangen)|kvalitet|kontrollera|dubbelkoll|grundlig|tva ganger|med precision',
  reassure: 'lugn|trygg|oron(?![a-z])|orolig|stressad|under press(?![a-z])',
  'fair-policy': 'rattvis|konsekvent|samma regler|lika (for alla|villkor|regler)|jamlik|reglerna|alla kunder|sarbehandl',
  improve: 'forbattr|utveckl|lara oss|vaxa|vaxer|lardom|aterkoppl',
  'de-escalate': 'respektfull|respektera|vardig|hovlig|oartig|otrevlig|fientlig|arg(a)?(?![a-z])|ilsk|forolamp|hanfull|skam|sansad',
  safeguard: 'trakasser|mobbning|hotfull|hotelser|farlig|sarbar|minderarig|barnen|barnens|unga(?![a-z])|ungdom|valmaende|valbefinnande',
};

/** What a customer's message in Swedish calls for (folded). */
export const SV_SITUATION: Partial<Record<Behaviour, string>> = {
  acknowledge:
    'arg(a)?(?![a-z])|besviken|besvikna|frustrerad|orolig|stressad|ledsen|gick bort|har gatt bort|avled|begravning|oacceptabelt|lojligt|(ar|blir) (sa )?trott pa',
  'act-fast': 'bradskande|snarast|omedelbart|idag(?![a-z])|i kvall|ligger nere|har gatt ner',
  protect:
    'hackad|hackat|kapad|kapat|bedrageri|bedragare|stulen|stulet|stulna|misstankt|obehorig|nagon har loggat in|sparra (mitt|kortet|kontot)|radera (mina uppgifter|mitt konto)',
  teach: 'hur (gor jag|kan jag|andrar jag|hittar jag|ska jag)|var (hittar|kan) jag|finns det ett satt',
  'explain-cause': 'varfor|hur kommer det sig|vad (har hant|hande)',
  'follow-up': 'fortfarande (inget|inga|ingen) (svar|besked|uppdatering)|nagon uppdatering|nagot nytt',
  'commit-time': 'nar (kan jag|kommer|far jag|blir)|hur lang tid|hur lange',
  'own-it':
    'vantar fortfarande|fortfarande (inte|inget|ingen)|ingen (har svarat|svarar|hjalper|bryr sig)|bollas runt|skickas runt|(tredje|fjarde) gangen|annu en gang|igen och igen',
  accuracy:
    'fel belopp|felaktig|stammer inte|(dragit|debiterat|debiterats|dragits) (pengar )?(tva ganger|dubbelt)|for mycket (betalt|debiterat)',
  safeguard: 'hotar|hotad|mobbad|mobbning|trakasser|sjalvmord|doda mig|jag ar (1[0-7]|[6-9]) ar(?![a-z])',
};

/** Contempt for the company, its people or its product, Swedish (whole words, folded). */
export const SV_CONTEMPT =
  'skandalost|skamligt|pinsamt|lojligt|lojlig|vardelos|vardelost|vardelosa|skitsnack|idioter|tjuvar|bedragare|ett skamt|oseriosa|oseriost|amatorer|clowner|oacceptabelt|under all kritik';

/** Threats to leave or escalate outside support, Swedish (whole words, folded). */
export const SV_THREAT =
  'sager upp|saga upp|avslutar (mitt|abonnemanget|kontot|avtalet)|advokat|aldrig mer|(anmal[a-z]*|till|hos) arn|reklamationsnamnden|konsumentverket|polisanmal[a-z]*|anmaler er|byter (till en annan|leverantor|bolag)|(en )?dalig recension';

/** Swedish words of the structural readers in `reply-reading.ts` and `behaviours.ts`. */
export const SV_STRUCTURE = {
  /** "Steg 1": a numbered step. */
  step: 'steg',
  /** "Jag skickar …", "vi ska …", "i morgon ringer jag …": the writer commits to doing something (whole words). */
  futureSelf:
    '(jag|vi) (ska|kommer att|skickar|ringer|aterkommer|mejlar|mailar|kontaktar|ordnar|fixar|kollar|undersoker|atgardar|bokar|meddelar|hor av)|' +
    '(skickar|ringer|aterkommer|mejlar|mailar|kontaktar|ordnar|fixar|kollar|meddelar) (jag|vi)',
  /** Interface instructions ("gå till Inställningar", "klicka på Spara"). */
  instruction: 'ga till|ga in pa|klicka pa|tryck pa|valj (fliken|menyn)|oppna (appen|menyn|fliken)|installningar|under fliken',
  /** Amounts in kronor. */
  currency: 'kr',
};
