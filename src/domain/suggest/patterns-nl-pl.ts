import type { Behaviour } from './behaviours';

/**
 * Dutch and Polish (ADR 0116): how support replies in these languages show each behaviour, the words a catalogue
 * written in them uses for it, what a customer's message calls for, and the words of hostility. Written from how
 * Dutch and Polish support teams phrase things in general (formal "u"/"Pan, Pani" and informal "je"/"ty"), the same
 * breadth as the other languages; none was taken from a ticket. `behaviours.ts` joins them to its own patterns.
 *
 * On folded text (`foldText`): lower case, accents gone, Polish ł as l, so "przepraszam za błąd" reads as
 * "przepraszam za blad" (and so does a reply typed without Polish letters). Each alternative starts at a word start
 * and is a prefix unless it ends in `(?![a-z])`. None may be a word of the other languages we read: these patterns
 * run over every reply, whatever its language ("voucher", "direct", "specialist", "hassle", "chronic" are avoided, and so is Polish "chronić", which folds to English "chronic").
 */

/** Polish first-person past tense of a verb stem: "wysła" → wysłałem, wysłałam, wysłaliśmy, wysłałyśmy (folded). */
const plPast = (stems: string) => `(${stems})(lem|lam|lismy|lysmy)(?![a-z])`;

/** Per behaviour, Dutch | Polish reply patterns (folded). */
export const NL_PL_REPLY: Record<Behaviour, string> = {
  apologise:
    'excuses|excuus|(het )?spijt (me|mij|ons)|verontschuldig|' +
    'przeprasz|przeprosin|(jest )?(mi|nam) (bardzo |niezmiernie )?przykro|przykro (mi|nam)|wybacz',
  acknowledge:
    'ik begrijp|begrijpelijk|(kan|kun) me (goed |heel goed |best )?voorstellen|dat klinkt|wat (vervelend|naar|rot|lastig|frustrerend|een gedoe)|frustrerend|stressvol|zorgelijk|ik snap|geen haast|neem (gerust )?(de|uw|je) tijd|niet (uw|jouw|je) schuld|' +
    'rozumiem|doskonale rozumiem|zdaje sobie sprawe|wyobrazam sobie|to musi byc|frustruj|stresuj|niepokoj|wspolczu|nie ma pospiechu|nie (jest )?(pana|pani|twoja) win',
  'commit-time':
    '(voor|uiterlijk|tegen) (het einde van (de|deze) (dag|week)|morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|\\d{1,2}[:.]\\d\\d|\\d{1,2} uur)|uiterlijk|binnen (\\d+|een|twee|drie|vier|vijf) ?(uur|dagen|dag|minuten|werkdagen|werkdag)|vandaag nog|morgen(ochtend|middag)? (voor|om) \\d|' +
    'do (jutra|poniedzialku|wtorku|srody|czwartku|piatku|soboty|niedzieli|konca (dnia|tygodnia|dzisiejszego dnia)|godz(iny|\\.)? ?\\d|\\d{1,2}[:.]\\d\\d)|w ciagu (\\d+|jednej|jednego|dwoch|trzech|kilku|najblizszych( \\d+)?) ?(godzin|godziny|dni|dnia|minut|dnia roboczego|dni roboczych)|jeszcze dzis|najpozniej|jutro (rano|do|o \\d|przed)',
  'follow-up':
    '(houd|hou|houden) (u|je|jou) op de hoogte|op de hoogte (houden|brengen|stellen)|(laat|laten) ((ik|we|wij|het|dit|u|je|jou) ){1,3}(weten|horen)|(neem|nemen) .{0,15}contact .{0,15}op|(kom|komen) .{0,20}(bij u|bij je|erop|hierop|daarop) terug|(ik|wij|we) (bel|bellen|mail|mailen|stuur|sturen) (u|je|jou)|(bel|mail|stuur|informeer|bellen|mailen|sturen|informeren) (ik|we|wij) (u|je|jou)|(u|je) (hoort|krijgt) (nog )?(van mij|van ons|bericht|een update)|ik meld me|' +
    'dam(y)? (panu |pani |ci |panstwu )?znac|poinformuj(e|emy)(?![a-z])|(bede|bedziemy) (pana |pania |cie |panstwa )?informowac|na biezaco|odezw(e|iemy) sie|skontaktuj(e|emy) sie|wroc(e|imy) (do|z)|napisz(e|emy) (do|ponownie|jeszcze)|zadzwoni(e|my)(?![a-z])',
  'own-it':
    '(ik heb|heb ik|(we|wij) hebben|hebben (we|wij)) .{0,40}(aangepast|verwerkt|ingediend|geregeld|teruggestort|terugbetaald|gecorrigeerd|geannuleerd|hersteld|gereset|omgeboekt|verstuurd|opgestuurd|aangevraagd|opgelost|gecrediteerd|bijgewerkt)|ik (zorg|zal zorgen) (ervoor|dat)|ik (pak|regel) (dit|het|dat)|ik neem (dit|het) (op me|over)|ik ga .{0,20}(regelen|uitzoeken|oplossen)|laat (het|dit) (maar )?aan mij over|(u|je) hoeft (zelf )?(niets|niet|geen)|' +
    `${plPast('zglosi|wysla|zwroci|anulowa|poprawi|naprawi|przetworzy|zaksiegowa|zleci|przywroci|zresetowa|zaktualizowa|zmieni|zarezerwowa|zalatwi|uruchomi|odblokowa|zlozy|wystawi|dokona|zmodyfikowa')}|zajm(e|iemy) sie|biore (to|sprawe) na siebie|dopilnuj(e|emy)(?![a-z])|osobiscie (sie|to|zajm|dopiln|sprawdz)|nie (musi|musza) (pan|pani|panstwo) (juz )?(nic|niczego|ponownie)|nie musisz (juz )?(nic|niczego|ponownie)`,
  'own-mistake':
    '(onze|mijn) (fout|vergissing|schuld)|fout (aan|van) onze kant|(een )?fout gemaakt|(u|je|jij) (hebt|heeft|had) (helemaal )?gelijk|(ik|we|wij) (had|hadden) .{0,30}moeten|had niet mogen gebeuren|(is|ging) (bij ons|aan onze kant) (mis|fout)|' +
    '(nasz|moj) blad|blad (po|z) naszej stronie|(nasza|moja) wina|z naszej winy|pomylil(ismy|ysmy|em|am) sie|popelnil(ismy|ysmy|em|am) blad|(ma (pan|pani)|masz|maja panstwo) (calkowita |zupelna |absolutna )?racj|powinnismy (byli|byly)|powinienem byl|powinnam byla|nie powinno (sie )?(bylo )?(sie )?(zdarzyc|wydarzyc)',
  'explain-cause':
    'omdat|doordat|oorzaak|de reden|(dat|dit|het) komt (door|doordat|omdat)|blijkt|het lijkt erop dat|als gevolg van|vanwege|hierdoor|daardoor|wat er (is )?gebeurd|het probleem (was|is|zat|lag)|dat ligt aan|' +
    'poniewaz|dlatego|z powodu|przyczyn|powod(u|em)?(?![a-z])|wynika(lo|l)? (to )?z|spowodowa|okazalo sie|wyglada na to|co sie stalo|problem (polegal|wynikal|byl|lezal)|gdyz',
  'straight-talk':
    'eerlijk (gezegd|is eerlijk)|om eerlijk te zijn|eerlijk (tegen|met|naar) (u|je)|duidelijk zijn|helaas|niet (beloven|mogelijk)|(kunnen|kan) (we|wij|ik) (dit |dat |het )?(helaas )?niet|(we|wij|ik) (kunnen|kan) (dit |dat |het )?(helaas )?niet|het (korte|eerlijke|directe) antwoord|' +
    'szczerze|szczer(y|a|zy)(?![a-z])|niestety|uczciwie|wprost|nie (jest|bedzie|bylo) mozliw|nie (mozemy|moge|mozna)(?![a-z])|nie (jestem|jestesmy) w stanie|(krotka|szczera|uczciwa) odpowiedz',
  teach:
    'hoe (u|je) (dit|dat|het)|zo (doet|werkt|kunt|kun|regelt) |(de )?volgende keer|voortaan|in het vervolg|(u|je|jij) .{0,20}zelf|zelf (kunt|kun|instellen|aanpassen|doen|wijzigen|terugvinden|vinden)|stap voor stap|handig om te weten|tip:|' +
    'nastepnym razem|na przyszlosc|w przyszlosci|samodzieln|krok po kroku|oto jak|(pokaz|wyjasni)(e|emy|my) .{0,20}jak|w ten sposob (bedzie|moze|mozesz|bedziesz)|dzieki temu (bedzie|moze|mozesz|bedziesz)|wskazowk',
  options:
    'optie|mogelijkhe(id|den)|alternatie|tijdelijke oplossing|in de tussentijd|ondertussen|intussen|(als|indien) (u|je) (dat |het )?liever|(wilt|heeft) u liever|(wil|heb) je liever|in plaats van|(u|je) kunt ook|twee manieren|een andere manier|keuze|ofwel|' +
    'opcj|alternatyw|mozliwos|w miedzyczasie|tymczasem|obejsci|tymczasowe rozwiazanie|(jesli|jezeli|gdyby) (pan |pani |panstwo )?(woli|wolisz|wola|wolal|wolala)|woli (pan|pani)|zamiast|(moze|mozesz|moga) (pan |pani |panstwo )?(tez|rowniez|takze)|inn(y|ym) sposob|do wyboru|albo .{1,60} albo',
  proactive:
    'ik heb (ook|meteen|alvast|direct|tegelijk)|(ook|alvast|meteen) .{0,30}(gecontroleerd|ingesteld|toegevoegd|gekeken|aangezet|ingeschakeld|nagekeken)|ik (zag|merkte|heb gezien) (ook|dat|op)|om te voorkomen|voor de zekerheid|zodat .{0,30}niet (meer|nog eens|opnieuw|weer)|alvast|goed om te weten|wellicht handig|voor het geval|vergeet niet|houd er rekening mee|let op dat|' +
    'przy okazji|zauwazyl(em|am|ismy|ysmy)|dodatkowo|profilaktyczn|na wszelki wypadek|nie powtorzy|(aby|zeby|by) (tego )?uniknac|zapobie|warto (tez|rowniez|wiedziec|pamietac)|z wyprzedzeniem|zawczasu|od razu (tez|rowniez|sprawdz|ustawi|dodal)|nie zapomnij|prosze pamietac|warto sprawdzic|' +
    // An offer to take the next step (ADR 0140): anywhere, or when it opens the sentence.
    '(als|indien) (u|je) (dat |het )?wil(t)?,? (kan|kunnen) (ik|we|wij)|jesli (pan|pani) (chce|woli),? (moge|mozemy)|' +
    '^(zal ik|zullen we|wilt u dat (ik|we)|wil je dat (ik|we)|czy mam|czy (chce|chcialby|chcialaby) (pan|pani),? (zebym|abym))',
  beyond:
    'als (klein )?(gebaar|goedmaker|excuus|bedankje|blijk|compensatie)|tegoed|waardebon|cadeaubon|kortingscode|korting|kosteloos|zonder (extra )?kosten|compensatie|vergoeding|attentie|als cadeau|coulance|' +
    'rekompensat|w ramach (przeprosin|podziekowan)|bezplatn|za darmo|bez (dodatkowych )?(kosztow|oplat)|na nasz koszt|kupon|rabat(u|em|y)?(?![a-z])|znizk|upust|prezent|gest(u|em)? dobrej woli|w gescie|dodatkow(y|e|a) (miesiac|dni|tydzien)',
  handover:
    '(heb|hebben) .{0,40}(doorgestuurd|overgedragen|doorgegeven|ingelicht|gebriefd)|(mijn|onze) collega|(onze|een|de) specialist(en)? (kijkt|kijken|neemt|nemen|zal|zullen|gaat|gaan)|(ons|het) \\w*team (zal|neemt|heeft|gaat|kijkt|is)|(onze|de) \\w*afdeling|zonder dat (u|je) .{0,40}(hoeft|moet)|met alle (context|informatie|details|gegevens|achtergrond)|(alle|volledige) (context|voorgeschiedenis)|' +
    'przekazal(em|am|ismy|ysmy)|(moj|moja|moi|nasz|nasza|nasi|naszego|naszej|naszemu|naszym) (kolega|kolezank|koledz|koleg|specjalist|zespol|dzial)|specjalist|zespol (techniczny|ds|odpowiedzialny)|przejmie (sprawe|zgloszenie)|bez koniecznosci ponown|nie (bedzie|bedzie pan|bedzie pani) musial|(pelnym|calym) kontekst|wszystkie (szczegoly|informacje|dane) (sa|zostaly)',
  protect:
    'beveilig|veiligheid|bescherm|identiteit|wachtwoord|verdachte|geblokkeerd|blokkeer|bevroren|bevriez|persoons?gegevens|persoonlijke gegevens|oplicht|(vragen|vraagt) .{0,20}nooit|nooit .{0,30}vragen|pincode|inlogcode|' +
    'bezpieczenst|bezpieczn|chronimy|chroniac|chronion|ochron|tozsamos|weryfik|zweryfik|has(lo|la|le|lem|el|ami)(?![a-z])|oszust|podejrzan|zablok|blokad|zamroz|prywatnos|dan(e|ych|ymi) osobow|wyludz|nigdy nie (prosimy|poprosimy|pytamy|zapytamy)|rodo(?![a-z])|dwuetapow|dwuskladnikow|uwierzytel',
  'plain-short':
    'kortom|kort gezegd|in het kort|simpel gezegd|eenvoudig gezegd|in een notendop|het komt erop neer|' +
    'krotko mowiac|w (duzym )?skrocie|mowiac prosciej|prosciej mowiac|w pigulce|podsumowujac',
  celebrate:
    'gefeliciteerd|proficiat|goed gedaan|(goed|fijn) nieuws|geniet|hoera|' +
    'gratulacj|gratuluj|brawo|(swietn|dobr)(a|e) wiadomos|milo mi (poinformowac|przekazac|potwierdzic)|(udanej|milej|dobrej|przyjemnej) (zabawy|gry)|hura',
  'act-fast':
    'per direct|direct (opgepakt|geregeld|aangepast|verwerkt|doorgevoerd|uitgevoerd|in gang|mee aan)|meteen|onmiddellijk|zo snel mogelijk|zsm(?![a-z])|spoed|prioriteit|voorrang|aan de slag|(nu|er) (al )?mee bezig|ermee bezig|' +
    'natychmiast|od razu|niezwlocznie|bezzwlocznie|jak najszybciej|piln(ie|y|a|e|ym|ej|ego)(?![a-z])|priorytet|ekspresow|juz (sie )?(tym )?zajmuj',
  accuracy:
    'dubbel ?(gecontroleerd|gecheckt)|(heb|hebben) .{0,40}(gecontroleerd|nagekeken|gecheckt|geverifieerd|getest|nagerekend|vergeleken|nagelopen|doorgelopen|gereproduceerd)|nagerekend|zorgvuldig|regel voor regel|om zeker te (zijn|weten)|exacte bedrag|' +
    `${plPast('sprawdzi|zweryfikowa|przeliczy|przetestowa|porowna|odtworzy|przeanalizowa|skontrolowa|przejrza')}|dokladn|upewni|dwukrotnie|pozycja po pozycji|linijka po linijce`,
  improve:
    'terugkoppeling|verbeter|suggestie|idee (doorgegeven|gedeeld|genoteerd)|(doorgegeven|gedeeld|voorgelegd) aan (het|ons|onze) .{0,20}(team|ontwikkelaars)|verzoek (genoteerd|doorgegeven)|' +
    'usprawn|ulepsz|sugesti|opini(e|a|i)(?![a-z])|informacj(a|e|i) zwrotn|propozycj(a|e|i|e) (zmian|ulepsz|funkcj)|wyciagniemy wnioski|nowa funkcj',
  reassure:
    'geen zorgen|zorgen te maken|wees gerust|gerust zijn|is (veilig|in goede handen)|in goede handen|niets (is |gaat )?verloren|komt (helemaal |allemaal )?goed|is (allemaal |helemaal )?in orde|' +
    'martwic|nie martw|spokojn|wszystko (jest |bedzie )?w porzadku|(sa|jest|pozostaja|pozostanie) (calkowicie |w pelni )?bezpieczn|nic (nie )?(zginelo|przepadlo|zginie|przepadnie|zostalo utracone)|w dobrych rekach|bez obaw',
  'fair-policy':
    'recht op|in aanmerking|beleid|regelgeving|regels|voorwaarden|voor iedereen|alle klanten|uitzondering|wettelijk|wetgeving|verordening|' +
    'prawo do|(ma|masz|maja) (pan |pani |panstwo )?prawo|przyslugu|kwalifikuj|regulamin|zasad(y|a|ami|ach|om)?(?![a-z])|polityk|przepis|warunk|zgodnie z (nasz|regulamin|zasad|przepis|polityk|warunk|prawem)|dla wszystkich|jednakowo|wyjat(ek|ku|kow|kiem)|rozporzadzen',
  'de-escalate':
    'begrijp (uw|je|jouw) (boosheid|frustratie|ergernis|woede|irritatie)|terecht punt|laten we (even )?opnieuw beginnen|geen aanstoot|' +
    'rozumiem (pana|pani|twoja|twoje|panstwa) (frustracj|zlosc|zdenerwowani|irytacj|rozczarowani)|nie biore tego (do siebie|osobiscie)|zacznijmy (od nowa|jeszcze raz)|sluszna uwaga',
  safeguard:
    'in gevaar|alarmnummer|politie|hulplijn|zelfmoord|vertrouwenspersoon|volwassene die je vertrouwt|ouder of voogd|intimidatie|gepest|' +
    'w niebezpieczenstwie|numer alarmowy|policj|telefon zaufania|samobojst|osob(a|e|ie) doros|doroslemu|rodzic(a|ow|e)? lub opiekun|nekan|przemoc',
};

/** Per behaviour, Dutch | Polish stems a value's own text uses for it (folded). */
export const NL_PL_DESCRIBE: Record<Behaviour, string> = {
  apologise: 'excus|excuus|verontschuldig|spijt|przeprasz|przeprosin|przepros',
  acknowledge:
    'inlev|gevoel|menselijk|luister|zorgzaam|begrip|geduld|rustig|mensen(?![a-z])|' +
    'empati|wspolczu|uczuc|emocj|czlowiek|ludzk|sluchac|wysluch|cierpliw|zyczliw|troskliw|zrozumieni',
  'commit-time':
    'tijd|belofte|belov|toezegging|nakomen|afspraak|termijn|wachten|czas|termin(y|u|ow|ach|ie|em)?(?![a-z])|terminow|obietnic|obiecuj|dotrzymuj|zobowiaz|punktualn|na czas|czekani',
  'follow-up': 'op de hoogte|opvolg|terugkoppel|na biezaco|w kontakcie',
  'own-it':
    'eigenaar|verantwoordelijk|afmaken|tot het einde|tot de bodem|oplossen|regelen|' +
    'odpowiedzialn|do konca|doprowadz|zalatwi|rozwiaz|bierzemy na siebie',
  'own-mistake': 'fout|vergissing|toegeven|schuld|blad(?![a-z])|bled(y|ow|ami|em|u)(?![a-z])|pomylk|przyznaj|wina(?![a-z])|winy(?![a-z])',
  'explain-cause': 'waarom|oorzaak|de reden|redenen|uitleg|leg uit|transparant|dlaczego|przyczyn|powod(u|y|ow)?(?![a-z])|wyjasn|tlumacz',
  'straight-talk':
    'eerlijk|waarheid|duidelijk|helder|recht door zee|kleine lettertjes|verrassing|' +
    'szczer|uczciw|prawd|jasn|otwar|wprost|bezposredni|drobny druk|drobnym drukiem|niespodzian',
  teach:
    'leren|onderwijz|zelfstandig|zelfredza|sterker|volgende keer|begeleid|' +
    'uczyc|naucz|samodzieln|edukac|przewodn|nastepnym razem|wiedz',
  options:
    'creatie|alternatie|optie|oplossing|mogelijkhe|anders denken|' + 'kreatywn|opcj|alternatyw|elastyczn|rozwiazan|mozliwos|sposob|inaczej',
  proactive: 'proactie|vooruit|voorkom|anticip|voordat|proaktywn|przewid|zapobieg|uprzedz|wyprzedz|zanim',
  beyond:
    'stapje extra|extra stap|extra mijl|meer dan|verder dan|verras|overtref|genereu|ponad|wiecej niz|przekrac|zaskak|zachwyc|hojn|dodatkow',
  handover: 'samenwerk|samen(?![a-z])|collega|overdracht|overdragen|doorverwijz|afdeling|wspolprac|razem|zesp|koleg|przekaz|dzial',
  protect:
    'veilig|beveilig|bescherm|gegevens|misbruik|intimidatie|toxisch|' +
    'bezpiecz|chronimy|chroniac|chronion|ochron|prywatn|dan(e|ych|ymi)(?![a-z])|oszust|weryfik|naduzy|nekan|toksyczn',
  'plain-short': 'eenvoudig|simpel|helder|kort|beknopt|begrijpelijk|duidelijk|prost|jasn|krotk|zwiezl|zrozumial|zargon',
  celebrate: 'vieren|viering|feest|plezier|vreugde|passie(?![a-z])|positief|swietow|radosc|radosn|zabaw|entuzjaz|pasj|pozytywn|gratul',
  'act-fast': 'snel|vlot|meteen|spoed|snelheid|szybk|natychmiast|niezwlocz|od razu|piln(ie|y|a|e|ych)(?![a-z])|sprawn',
  accuracy:
    'nauwkeurig|precies|zorgvuldig|kwaliteit|controle|grondig|in een keer goed|twee keer|' +
    'dokladn|precyzyj|starann|rzeteln|sprawdz|jakosc|za pierwszym razem|dwa razy|skrupulat',
  reassure: 'kalm|rustig|gerust|paniek|onder druk|zorgen|spokoj|opanowan|panik|presj|stres|niepokoj|obaw',
  'fair-policy':
    'eerlijk|consequent|dezelfde regels|gelijk|beleid(?!ig)|regels|recht op|iedereen|voortrek|favoriet|' +
    'sprawiedliw|uczciw|konsekwent|te same zasady|rown(o|e|ego|ych)(?![a-z])|rowne traktowan|zasad|regul(y|a|ami|ach)(?![a-z])|polityk|kazd|faworyz',
  improve:
    'verbeter|beter|leren|groei|ontwikkel|ulepsz|usprawn|lepsz|uczymy sie|nauk|informacj(a|e|i) zwrotn|rozwoj|rozwija|doskonal|wnioski',
  'de-escalate':
    'waardig|beleefd|onbeleefd|grof|vijandig|woedend|boos|beledig|bespot|uitlach|schaam|beleren|het hoofd koel|' +
    'szacun|szanuj|godnosc|godnie|uprzejm|grzeczn|niegrzeczn|wrog|wsciekl|zlosc|obraz(a|y|ac|ic|liw)|wysmiew|kpin|kpic|kpia|zawstydz|poucza|moraliz|zimn(a|ej) krw|opanowan|deeskal',
  safeguard:
    'veilig|onveilig|intimidatie|bedreig|gevaar|kwetsba|minderjarig|kinderen|jongeren|welzijn|pesten|gepest|' +
    'nekan|grozb|przemoc|niebezpiecz|zagroz|nieletni|dzieci|mlodzi|mlodych|dobrostan',
};

/** What a customer's message in Dutch | Polish calls for (folded). */
export const NL_PL_SITUATION: Partial<Record<Behaviour, string>> = {
  acknowledge:
    'boos|gefrustreerd|teleurgesteld|radeloos|overleden|begrafenis|gestrest|bezorgd|ongerust|in paniek|wanhopig|onacceptabel|belachelijk|ben het zat|' +
    'zdenerwowan|sfrustrowan|rozczarowan|zawiedzion|zmarl|pogrzeb|zestresowan|martwie sie|boje sie|w panice|zrozpaczon|mam dosc',
  'act-fast':
    'dringend|spoed|zo snel mogelijk|vandaag|vanavond|storing|ligt eruit|' +
    'pilne|pilnie|natychmiast|jak najszybciej|dzisiaj|dzis(?![a-z])|awaria',
  protect:
    'gehackt|oplichting|gestolen|verdachte|onbevoegd|iemand heeft .{0,20}(ingelogd|toegang)|blokkeer|verwijder (mijn|al mijn) (gegevens|account)|avg(?![a-z])|' +
    'zhakowan|shakowan|wlaman|oszust|wyludz|skradzion|ukradzion|podejrzan|nieautoryzowan|ktos (sie )?zalogowal|zablokuj|usun(cie)? moje (dane|konto)|rodo(?![a-z])',
  teach:
    'hoe (kan|moet|doe) ik|hoe werkt|waar (kan|vind) ik|is er een manier|' +
    'jak (moge|mam|to zrobic|zmienic|ustawic)|gdzie (moge|znajde|znalezc)|czy jest (jakis )?sposob',
  'explain-cause': 'waarom|hoe komt het|wat is er gebeurd|dlaczego|czemu|jak to mozliwe|co sie stalo',
  'follow-up':
    'nog (steeds )?geen (antwoord|reactie|nieuws)|is er al nieuws|al een update|' +
    'jakies (wiesci|nowe informacje)|nadal (brak|nie ma) odpowiedzi|wciaz bez odpowiedzi',
  'commit-time': 'wanneer (kan ik|krijg ik|wordt|komt)|hoe lang (duurt|nog)|kiedy (dostane|bedzie|moge)|ile (czasu|to potrwa)|jak dlugo',
  'own-it':
    'wacht (nog steeds|al)|nog steeds (geen|niet|niets)|niemand|kastje naar de muur|(derde|vierde) keer|al (drie|vier|meerdere|zoveel) keer|alweer|' +
    'nadal czekam|wciaz czekam|ciagle czekam|nikt(?![a-z])|po raz (trzeci|czwarty|kolejny|enty)|kolejny raz|znowu|odsylan',
  accuracy:
    'verkeerd bedrag|onjuist|klopt niet|dubbel (betaald|afgeschreven|gefactureerd)|twee keer (afgeschreven|betaald)|te veel (betaald|afgeschreven|berekend)|' +
    '(zla|bledna|nieprawidlowa) kwot|nieprawidlow|bledn|nie zgadza|zgadza sie nie|podwojn|dwukrotnie (pobran|obciazon)|dwa razy (pobran|obciazon|zaplac)|za duzo (pobran|zaplac)',
  safeguard:
    'bedreig|gepest|pesten|intimidatie|zelfmoord|vermoord|ik ben (1[0-7]|[6-9]) jaar|' +
    'nekan|grozi|grozb|zabic|zabije|samobojst|mam (1[0-7]|[6-9]) lat',
};

/** Contempt for the company, its people or its product, Dutch | Polish (whole words, folded). */
export const NL_PL_CONTEMPT =
  'belachelijk|schandalig|schande|waardeloos|waardeloze|bagger|troep|rommel|idioten|oplichters|dieven|onacceptabel|bedriegers|prutsers|een lachertje|een grap|' +
  'skandal|skandaliczn[a-z]*|zenada|zenujace|zalosn[a-z]*|beznadziejn[a-z]*|idioci|idiotow|zlodzieje|zlodziei|oszusci|oszustow|kpina|porazka|smiech na sali|niekompetentn[a-z]*|nieudolni|nie do przyjecia|badziewie|syf|chlam|dno';

/** Threats to leave or escalate outside support, Dutch | Polish (whole words, folded). */
export const NL_PL_THREAT =
  'opzeggen|ik zeg [a-z ]{0,25} op|advocaat|nooit meer|consumentenbond|geschillencommissie|slechte (review|recensie)|(naar|bij) de concurrent|juridische stappen|aangifte|' +
  'rezygnuje|zrezygnuje|wypowiad[a-z]* umow[a-z]*|(usuwam|usune|zamykam|zamkne) (moje |swoje )?konto|prawnik[a-z]*|adwokat[a-z]*|pozew|pozwe|uokik|rzecznik[a-z]* (praw )?konsument[a-z]*|nigdy wiecej|(przechodze|przejde|odchodze|odejde) do konkurencji|negatywn[a-z]* (opini[a-z]*|recenzj[a-z]*)|jedna gwiazdk[a-z]*';

/** Dutch | Polish words of the structural readers in `reply-reading.ts` and `behaviours.ts`. */
export const NL_PL_STRUCTURE = {
  /** "Stap 1", "Krok 1": a numbered step. */
  step: 'stap|krok',
  /** "Ik zal …", "we gaan …", "sprawdzę …": the writer commits to doing something (whole words). */
  futureSelf:
    // Dutch puts the verb before the subject after a fronted time ("morgen bel ik u"), so both orders count.
    'ik (zal|ga|kom|stuur|laat|bel|neem|zorg|houd|hou)|(we|wij) (zullen|gaan|sturen|nemen|laten|houden)|(zal|ga|kom|stuur|laat|bel|neem|zorg|houd|hou) ik|(zullen|gaan|sturen|nemen|laten|houden) (we|wij)|' +
    'bede|bedziemy|postaram|postaramy|wysle|wyslemy|sprawdze|sprawdzimy|przekaze|przekazemy|zadzwonie|napisze|napiszemy|dam znac|damy znac|wroce|wrocimy|odezwe|odezwiemy|zajme|zajmiemy|dopilnuje|dopilnujemy|zrobie|zrobimy|zalatwie|zalatwimy|poinformuje|poinformujemy',
  /** Interface instructions ("ga naar Instellingen", "kliknij Zapisz"). */
  instruction:
    'ga naar|klik op|tik op|selecteer|kies (de|het|uw|je)|open (de|het)|instellingen|' +
    'przejdz do|kliknij|wybierz|otworz|ustawieni|stuknij|nacisnij|zaznacz',
  /** Amounts in złoty. */
  currency: 'zl|pln',
};
