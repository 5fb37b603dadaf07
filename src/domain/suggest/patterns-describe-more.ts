import type { Behaviour } from './behaviours';

/**
 * Describing stems (folded) that the English stems of `DESCRIBE_SOURCES` had and Spanish, Portuguese, French, Italian
 * or German lacked (ADR 0141). Written by translating the English stems, concept by concept, not from any catalogue;
 * checked against the dev catalogues as independent translators rewrote them in those languages
 * (`npx tsx scripts/eval-translated.ts`).
 */
export const MORE_DESCRIBE: Partial<Record<Behaviour, string>> = {
  apologise: 'lament|desole|navre|regrett|dispiac|bedauer|tut (uns|mir) leid|leid tun|perdao',
  acknowledge:
    'emocion|emoc[ao]|emozion|calidez|calido|calor humano|chaleur|chaleureu|calore|caloros|amabl|gentil|bienveill|carino|carinh|compasion|compaix|comprension|comprensiv|compreens|comprehens|pacien|pazien|geduld|' +
    'ponerse en (su|el) lugar|ponernos en|no lugar d|colocar no lugar|a (la|sa) place d|nei panni|proximidad|proximidade|proximite|vicinanza|einfuhl|mensch|herzlich|warmherz|verstandnisvoll',
  'commit-time':
    "puntual|pontual|ponctu|punktlich|rechtzeitig|tempestiv|a temps|a l'heure|dans les temps|em dia|no prazo|en plazo|fecha limite|hora limite|horario limite|data limite|date limite|echeanc|" +
    'promet|promesa|promett|promess|versprech|zusag|zugesagt|espera(?![a-z])|esperar|attente|attendre|wartezeit|warten|attesa|aspett',
  'follow-up':
    'actualiz|atualiz|mise a jour|mettre a jour|aktualisier|cerrar el (circulo|ciclo)|fechar o ciclo|boucler la boucle|chiudere il cerchio|chiudi il cerchio|kreis schliess|' +
    'volver a (contactar|escribir|llamar)|dar seguimiento|retomar|dar retorno|relanc|revenir vers|faire le point|tenir au courant|ricontatt|al corrente|nachhak|ruckmeld',
  'own-it':
    "de ponta a ponta|de punta a punta|de principio a fin|de bout en bout|fino in fondo|dall'inizio alla fine|von anfang bis|bis zum (schluss|ende)|dranbleib|senso de dono|" +
    "hasta el final|ate o fim|jusqu'a la fin|fino alla fine|rendir cuentas|redevab|render conto|prendre en charge|prise en charge|encargarse|nos encargamos|presa in carico|in carico",
  'own-mistake': 'culpa|faute|colpa|schuld|admet|ammett|zugeb|eingesteh|fallo|falha',
  'explain-cause': 'spieg|ragion|razao|hintergrund|begrund',
  'straight-talk':
    'surpres|uberrasch|letras miudas|petits caracteres|kleingedruckt|klartext|sem rodeios|sans detour|parler vrai|senza giri di parole|ohne umschweife|dritti al punto',
  teach:
    'educa|enseign|transmet|transmission|pedagog|capacit(ar|acion|acao|amos|ando|ado)|prossima volta|da soli|da sola|da solo|nachstes mal|anleit|fortalec|reforzad|renforc|rafforz|gestarkt|starker|' +
    'por conta propria|por su cuenta|par eux-memes|par soi-meme|in autonomia',
  options:
    'criativ|kreativ|agil|jogo de cintura|wendig|beweglich|encontrar (una|la|un|uma|o) (manera|forma|camino|jeito|caminho)|dar um jeito|trouver (une|un) (solution|moyen|chemin)|' +
    'trovare (una|il|un) (soluzione|modo)|weg finden|contorn|contourn|aggir|umgeh|anpass|fuera del guion|fora do script|hors du script|fuori dal copione|fuori dagli schemi',
  proactive:
    "proativ|proattiv|proaktiv|por delante|a frente|en avance|coup d'avance|longueur d'avance|voir plus loin|in anticipo|passo avanti|voraus|antes (de )?que (el cliente|la cliente|los clientes|o cliente|os clientes|alguien|alguem|nadie|ninguem|lo pidan|o pecam|pregunten|perguntem)|avant que (le client|la cliente|les clients|quelqu'un|personne|ils|elles)|prima che (il cliente|la cliente|i clienti|qualcuno|nessuno|lo chiedano)|bevor (jemand|kunden|der kunde|die kundin|die kunden|sie (fragen|nachfragen|es merken)|es jemand)|" +
    'verhinder|prevedi|prevoir|prever',
  beyond: 'supera|exced|depass|generos|genereu|encant|enchant|ravir|entusias',
  handover: 'colleg|companer|colega|ubergab|ubergeb|traspas|relevo|passagem de|repass|passation|relais|passaggio di consegne|cooper|kooper',
  protect: 'privacid|privacidade|confidencial|vie privee|riservat|vertraulich|estafa|golpe|arnaque|truffa',
  'plain-short': 'jerga|jargao|gergo|fachchinesisch|fachjargon|facil(?!it)|facile|verstandlich|tecnicismo',
  celebrate: 'festej|comemor|feter|festeggi|divertid|divertent|divertimento|spass|enthousias|entusias',
  'act-fast':
    'agil|reactivi|reativ|reattiv|reaktiv|prontid|prontezza|presteza|sin demora|sem demora|sans delai|sans tarder|senza ritard|unverzuglich|umgehend|rasch',
  accuracy:
    'medir|mesur|misur|calidad|qualidade|qualite|qualita|qualitat|dos veces|duas vezes|deux fois|due volte|zweimal|doppelt|conferir|confira|reconferir|rigor|rigueur|' +
    'minuci|minutie|meticul|grundlich|esatt',
  reassure:
    'sangue freddo|sang-froid|sangre fria|sangue frio|kuhlen kopf|ruhe bewahr|tranquiliz|rassur|rassicur|beruhig|panique|panik|presion|pressao|pressione',
  'fair-policy':
    'politica(?!l)|politique|richtlinie|coheren|coeren|konsequent|einheitlich|mesmas regras|memes regles|stesse regole|gleiche regeln|imparcial|impartial|imparzial|unparteiisch',
  improve: 'evolu|crescer|crecer|wachsen|leccion|licao|lecon|lezion|kontinuierlich',
  'de-escalate':
    'desescal|deeskal|apais|provoc|provok|sarcas|condescend|condiscend|herablass|humilla|humilh|humilie|umili|demutigen|demutigung',
};
