import type { Behaviour } from './behaviours';

/**
 * Catalan (ADR 0130): how support replies in Catalan show each behaviour, the words a catalogue written in it uses for
 * it, what a customer's message calls for, and the words of hostility. Spanish teams answer customers in Catalan every
 * day (banks, utilities, public services), and a Catalan reply read with the Spanish patterns shows almost nothing.
 * Each alternative translates one the Spanish patterns in `behaviours.ts` already have (formal "vostè" and informal
 * "tu"); none was taken from a ticket, and phrasings the Spanish lists lack were left out even where Catalan has them.
 *
 * On folded text (`foldText`): lower case, accents and cedillas gone ("perquè" → "perque", "avançat" → "avancat");
 * the middle dot of "l·l" stays, so `l.?l` reads "col·lega" and "col.lega" alike. Each alternative starts at a word
 * start and is a prefix unless it ends in `(?![a-z])`. None may be a word of the other languages we read with another
 * meaning: these patterns run over every reply ("curt", "just", "equip", "proper", "fare" and "prem" are English words,
 * "frau" is German for Mrs, and are avoided).
 */

/** Per behaviour, Catalan reply patterns (folded). */
export const CA_REPLY: Record<Behaviour, string> = {
  apologise: 'ho (sento|sentim)(?![a-z])|(em|ens) sap (molt )?greu|perdoni(?![a-z])|demanem (disculpes|perdo)|les nostres disculpes',
  acknowledge:
    "(ho )?entenc(?![a-z])|comprenc(?![a-z])|m'imagino|(deu|ha) de ser (molt |tan |realment )?(dur|dura|dificil|frustrant|esgotador|angoixant|estressant)(?![a-z])|" +
    'deu haver estat (molt |tan )?(dur|dura|dificil)(?![a-z])|angoixant|preocupant|(moment|situacio) (molt )?(dificil|dur|dura|complicad)|' +
    "sense pressa|no hi ha pressa|(pren-te|prengui's|preneu-vos) (el|tot el) temps|no (es|va ser|ha estat) culpa (teva|seva|vostra)",
  'commit-time':
    'abans (de|del) (\\d|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|final|migdia)|abans de les \\d|' +
    "(en|durant) les (properes )?\\d+ (hores|dies|minuts)|(d'aqui a|dins de) \\d+ (hores|dies|minuts)|dema (al mati|a la tarda|a les \\d)",
  'follow-up':
    "(et|li|us|els) (mantindre|mantindrem|tindre|tindrem) (informat|informada|informats|al corrent)|(et |li |us |t')(avisare|avisarem|informare|informarem|trucare|trucarem)(?![a-z])|" +
    "(t'|li |us )(escriure|escriurem)(?![a-z])|(et|li|us) (fare|farem) saber|(et|li|us) (torno|tornare|tornarem) a (escriure|trucar)|tornare a (escriure|contactar)",
  'own-it':
    '(he|hem) (enviat|sol.?licitat|tramitat|gestionat|processat|corregit|anul.?lat|retornat|reemborsat|canviat|presentat|escalat|contactat|reclamat|organitzat|reservat|emes|abonat|cancel.?lat|arreglat|solucionat|revertit|restablert|restaurat|actualitzat|activat|desbloquejat)(?![a-z])|' +
    "m'(en )?encarrego|me n'encarrego|m'(en )?ocupo|me n'ocupo|me'n faig carrec|me n'encarregare|no cal que (facis|faci|feu) res",
  'own-mistake':
    '(va ser|es|ha estat) (un|el nostre) error|el nostre error|culpa nostra|la culpa es nostra|(te|tens|teniu|tenen) (tota la )?rao(?![a-z])|' +
    "ens (vam|hem) equivoca|(m'he|em vaig) equivoca",
  'explain-cause':
    // "Perquè" is also "so that" (with a subjunctive: "perquè no hagis d'esperar"), so only its plainly causal uses count.
    '(es|era|va ser|ha estat|ha passat|passa) perque(?![a-z])|a causa (de|del)|degut a|la causa|el motiu|el que ha passat|el problema (era|es|va ser)',
  'straight-talk':
    '(vull|he de|haig de|vaig a) ser (clar|clara|sincer|sincera|franc|franca|directe|directa)(?![a-z])|prefereixo (dir-te|dir-li|dir-vos|ser (clar|clara|sincer|sincera))|' +
    'el que no (puc|podem) (compartir|dir-te|dir-li|dir-vos|prometre)|sense embuts|per ser (sincer|sincera|franc|franca|clar|clara)(?![a-z])|' +
    'malauradament|lamentablement|desafortunadament|no (es|sera) possible|no podem(?![a-z])',
  teach: 'la (propera|proxima) vegada|(tu|voste) mateix|vosaltres mateixos|pel (teu|seu|vostre) compte|aixi (podras|podra|podreu)(?![a-z])',
  options:
    'opcio(ns)?(?![a-z])|mentrestant|entretant|si (ho )?(prefereixes|prefereix|preferiu)(?![a-z])|una altra (manera|forma)|en lloc (de|del)',
  proactive:
    "tambe (he|hem|t'he|li he|us he)(?![a-z])|(he|hem) aprofitat|m'he avancat|per evitar|per si de cas|per si un cas|no (oblidi|oblidis)|(tingui|tingues) en compte|a mes (he|hem|t'he|li he|us he)(?![a-z])|" +
    // An offer to take the next step (ADR 0140): anywhere, or when it opens the sentence.
    "si (vols|vol|ho prefereixes|ho prefereix),? (et |li )?(puc|podem)|^(vols|vol|voleu) que (et|t'|li|ho|el|la|us)(?![a-z])",
  beyond: 'de regal(?![a-z])|cortesia|compensacio|sense (cap )?cost|sense carrec',
  handover:
    '(he|hem) (passat|traslladat|derivat|escalat)(?![a-z])|(el meu|la meva) (company|companya|col.?lega)|el nostre equip de|sense que (hagis|hagi|hagueu) de (repetir|explicar)',
  protect: 'seguretat|protegir|identitat|contrasenya|sospitos|mai (et|li|us) (demanarem|demanem)|dades personals',
  'plain-short': 'en resum(?![a-z])|en poques paraules',
  celebrate: 'felicitats|enhorabona|bones noticies|bona noticia',
  'act-fast': 'de seguida|immediatament|ara mateix|urgencia|prioritat|prioritari',
  accuracy: '(he|hem) (comprovat|verificat|revisat|recalculat)(?![a-z])',
  improve: 'suggeriment|millora(?![a-z])|comentaris',
  reassure:
    'no (et|es|us) preocupi(s)?(?![a-z])|no us preocupeu|estigui tranquil|(esta|estan) a salvo|(esta|estan) (segur|segurs|segura|segures|protegit|protegits|protegida|protegides)(?![a-z])',
  'fair-policy': '(te|tens|teniu) dret|dret a(?![a-z])|politica|normativa|reglament|les condicions',
  'de-escalate': 'cap ofensa|entenc (el seu|el teu|el vostre|la seva|la teva|la vostra) (enuig|empipament|molestia|malestar|frustracio)',
  safeguard: "linia d'ajuda|en perill|serveis d'emergencia|truca (al|el) (112|061|088|091)|assetjament|adult de confianca",
};

/** Per behaviour, Catalan stems a value's own text uses for it (folded). */
export const CA_DESCRIBE: Record<Behaviour, string> = {
  apologise: 'disculp|sap greu',
  acknowledge: 'empat|escolt|calidesa|proximitat|tracte(?![a-z])|sentiments?(?![a-z])|huma(?![a-z])|humana|comprensi',
  'commit-time': 'termini|a temps|promes(a|es)?(?![a-z])|compromis|esper(a|ar|es)(?![a-z])|temps(?![a-z])',
  'follow-up': 'seguiment|al corrent|mantenir informa',
  'own-it': 'responsab|fins al final|resoldre|fer-nos carrec|fer-se carrec',
  'own-mistake': 'error|errors|equivoc',
  'explain-cause': 'per que|causa|explic|motiu|transparen',
  'straight-talk': 'sincer|veritat|sense embuts|lletra petita|sorpres|franc(a|s|ament)?(?![a-z])|directe',
  teach: 'ensenya|aprend|autonom|la propera vegada|per si mateix|capacitar|capacitem|capacitacio',
  options: 'creativ|opcio|alternativ|flexib',
  proactive: 'anticip|avancar-nos|avancem|prevenir|prevenim|preveure|abans que',
  beyond: 'mes enlla|sorpren',
  handover: "col.?labor|junts|conjuntament|(el nostre|un|en|l') ?equip(?![a-z])|companys",
  protect: 'seguretat|proteg|dades(?![a-z])|verific|privacitat',
  'plain-short': 'senzill|breu(?![a-z])|planer',
  celebrate: 'celebr|alegria|festa|gaudi|passio|entusiasm',
  'act-fast': 'rapid|rapidesa|agil|de seguida|immediat|urgen',
  accuracy: 'rigor|acurat|comprov|revis|precis(io)?(?![a-z])',
  reassure: 'calma|tranquil|serenitat|preocupaci|angoixa',
  'fair-policy': 'justa(?![a-z])|justicia|equitat|(les )?normes(?![a-z])|tothom',
  improve: 'millor|aprenem|creixe|evoluci',
  'de-escalate': 'respect|dignitat|cortes|educaci|groller|enfadat|insult',
  safeguard: 'assetja|amenac|perill|vulnerab|menors(?![a-z])|infant|joves?(?![a-z])|benestar',
};

/** What a customer's message in Catalan calls for (folded). */
export const CA_SITUATION: Partial<Record<Behaviour, string>> = {
  acknowledge: 'enfadat|enfadada|frustrat|frustrada|decebut|decebuda|preocupat|preocupada|desesperat|desesperada|va morir|ha mort(?![a-z])',
  'act-fast': 'immediatament|avui(?![a-z])|aquesta nit|ara mateix',
  protect: 'hackejat|estafa|robat|robada|sospitos',
  teach: 'com (puc|es fa|ho faig|haig de|he de)(?![a-z])',
  'explain-cause': 'per que(?![a-z])',
  'own-it': 'encara (estic )?esperant|ningu(?![a-z])|un altre cop|una altra vegada',
  accuracy: 'import (incorrecte|erroni)|incorrecte|cobrat dues vegades|no quadra',
  'follow-up': 'alguna novetat|sense noticies|encara no (he rebut|tinc) (cap )?resposta',
  'commit-time': 'quan (podre|estara|arribara|rebre)|quant (de )?temps',
  safeguard: 'assetja|amenac|em vol matar|suicid|tinc (1[0-7]|[6-9]) anys',
};

/** Contempt for the company, its people or its product, Catalan (whole words, folded). */
export const CA_CONTEMPT =
  'vergonya|vergonyos|vergonyosa|ridicul|ridicula|inutils|incompetents|lladres|estafadors|penos|penosa|inacceptable';

/** Threats to leave or escalate outside support, Catalan (whole words, folded). */
export const CA_THREAT = 'em donare de baixa|em dono de baixa|donar-me de baixa|advocats?|denunciare|mai mes';

/** Catalan words of the structural readers in `reply-reading.ts` and `behaviours.ts`. */
export const CA_STRUCTURE = {
  /** "Pas 1": a numbered step. */
  step: 'pas',
  /** "T'escric …", "li truco …", "enviarem …": the writer commits to doing something (whole words). */
  futureSelf:
    "(t'|li |us )(escric|escriure|truco|trucare|aviso|avisare)|enviare|revisare|comprovare|gestionare|tramitare|enviarem|revisarem|comprovarem|avisarem|informarem|gestionarem|tramitarem|escriurem|trucarem|farem",
  /** Interface instructions ("ves a Configuració", "fes clic a Desa"). */
  instruction: 'ves a|aneu a|vagi a|fes clic|feu clic|faci clic|configuracio|ajustos',
};
