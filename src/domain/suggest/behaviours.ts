import { CA_DESCRIBE, CA_REPLY, CA_SITUATION, CA_STRUCTURE } from './patterns-ca';
import { NL_PL_DESCRIBE, NL_PL_REPLY, NL_PL_SITUATION, NL_PL_STRUCTURE } from './patterns-nl-pl';
import { SV_DESCRIBE, SV_REPLY, SV_SITUATION, SV_STRUCTURE } from './patterns-sv';
import { DA_DESCRIBE, DA_REPLY, DA_SITUATION, DA_START } from './patterns-da';
import { JA_DESCRIBE, MORE_DESCRIBE, MORE_DESCRIBE_NL_PL_CA } from './patterns-describe-more';
import type { Lang } from './language';

/**
 * A catalogue-independent model of support behaviour: what a reply *does*. Each behaviour has
 * - `reply`: patterns that show it in a sentence of an agent's reply;
 * - `describe`: stems an admin uses when writing a value about it (matched on the value's own name,
 *   description, prompts and questions), so any catalogue in any of our languages maps onto it.
 * Patterns are written on folded text (lower case, accents removed) in English, Spanish, German,
 * French, Portuguese and Italian, and Japanese (matched as substrings, so no word splitting is
 * needed); Dutch and Polish are in `patterns-nl-pl.ts` (ADR 0116), Catalan in `patterns-ca.ts` (ADR 0130) and Swedish in `patterns-sv.ts` (ADR 0182), joined to each pattern below; Danish, in `patterns-da.ts` (ADR 0184), is joined to the describing patterns only, and its reply and situation patterns are read on Danish messages alone (`replyPatternsFor`, `situationPatternsFor`). They describe how support replies read in general; none was added for a given ticket (ADR 0122 says which were written after reading dev errors and how each was judged on tickets not read).
 * Structural detectors (a time after "I will", numbered steps, a question back, an apology followed
 * by a cause) live in `reply-reading.ts`.
 */
import { BEHAVIOURS, type Behaviour } from './behaviour-names';

export { BEHAVIOURS, type Behaviour };

/** Interface instructions ("go to Settings, click Export"): a weaker sign of teaching than "next time you can". */
export const INSTRUCTION = new RegExp(
  `(?<![a-z0-9])(go to|click|tap|select|open the|you can (find|change|set|turn|export|use)|settings|menu|haz clic|ve a|pulsa|selecciona|configuracion|klicken|gehen sie|wahlen sie|einstellungen|cliquez|allez dans|selectionnez|parametres|clique|va em|selecione|configuracoes|clicca|vai su|seleziona|impostazioni|${NL_PL_STRUCTURE.instruction}|${CA_STRUCTURE.instruction}|${SV_STRUCTURE.instruction})|クリック|設定|メニュー`,
  'u',
);

const re = (source: string) => new RegExp(source, 'u');
/** Word-start boundary that works on folded Latin text. */
const B = '\\b';

/**
 * An offer to take the next step, so the customer need not ask ("Want me to add the return bag as well?", "If you'd
 * like, I can check…", "¿Quieres que te lo cambie?"): acting before being asked (`proactive`, ADR 0140). Unambiguous
 * forms anywhere in a sentence…
 */
const OFFER_ANYWHERE =
  "(do you )?want me to|would you like me to|shall i|if you('d| would) like,? i (can|could|will|'ll)|let me know if you('d| would) like me to|" +
  'si (quieres|quiere|lo prefieres|lo prefiere),? (te |le |lo |la )?(puedo|podemos)|wenn sie (mochten|wollen),? (kann|konnen) (ich|wir)|' +
  'si vous (le )?souhaitez,? (je|nous) (peux|pouvons|pourrai)|se (quiser|preferir),? (eu )?posso|se (vuole|preferisce),? (posso|possiamo)';
/**
 * …and forms that are an offer only when they open the sentence ("Should I add the flat number?", but not "whose
 * number should I give them?"; "¿Quiere que le llame?", but not "si tu madre quiere que la acompañes"). Dutch, Polish,
 * Catalan and Swedish: in their own files.
 */
const OFFER_OPENING =
  '^([-*•]\\s*)?(should i|soll ich|sollen wir|(mochten|wollen) sie,? dass (ich|wir)|¿?(quieres|quiere|deseas|desea) que (te|le|lo|la|los|las|yo)|' +
  '(voulez|souhaitez)-vous que (je|nous)|(quer|deseja) que (eu|a|o|lhe|te)|(vuole|vuoi|desidera) che (io|le|lo|la|ti))';

const REPLY_SOURCES: Record<Behaviour, string> = {
  apologise: `${B}(sorry|apolog|i apologi|my apologies|lo siento|lo sentimos|disculp|perdon|lamentamos|es tut (mir|uns) leid|entschuldig|desole|excus|pardon|desculp|sinto muito|sentimos muito|lamento|mi dispiace|ci dispiace|scus)|申し訳|ご迷惑|すみません|お詫び`,
  acknowledge: `${B}(i understand|i completely understand|i can (only )?imagine|(must (be|have been|feel)|(that|this|it) sounds( like)?) (so |very |really |incredibly |quite |such )?(a |an )?(real )?(hard|difficult|tough|frustrat|stress|worr|upset|annoy|disappoint|confus|awful|painful|scar|exhaust|tiring|tired|overwhelm|anxious|shock|nightmare|pain|inconvenien|infuriat|maddening|heartbreak|devastat)|can('t|not) (be|have been) easy|i hear you|understandabl|how (stressful|frustrating|worrying|upsetting)|(stressful|frustrating|worrying|upsetting|difficult time|hard time)|take your time|no rush|not your fault|entiendo|comprendo|me imagino|imagino (lo|que)|(debe (de )?|tiene que )(ser|haber sido) (muy |tan |realmente )?(duro|dura|dificil|frustrante|agotador|angustiante|estresante)|estresante|frustrante|angustia|preocupante|(momento|situacion) (muy )?(dificil|dura|duro|complicad)|sin prisa|no hay prisa|tomate (el|tu) tiempo|no es culpa (tuya|suya)|no (fue|ha sido) culpa (tuya|suya)|ich verstehe|verstandlich|kann mir vorstellen|muss (sehr )?(schwer|frustrierend|belastend)|stressig|frustrierend|belastend|argerlich|(schwierige|schwere) zeit|keine eile|lassen sie sich zeit|nicht (ihre|deine) schuld|je comprends|j'imagine|je sais que|(ca|cela) doit etre (tres |vraiment |si )?(difficile|dur|frustrant|penible|eprouvant|stressant|angoissant)|stressant|frustrant|penible|angoissant|inquietant|(moment|periode) difficile|prenez votre temps|rien ne presse|pas (votre|ta) faute|eu entendo|entendo|compreendo|imagino|deve (ser|ter sido) (muito |tao |realmente )?(dificil|duro|dura|frustrante|cansativo|angustiante|estressante)|estressante|angustiante|(momento|situacao) dificil|sem pressa|nao (e|foi) culpa (sua|tua)|capisco|immagino|(dev'essere|deve essere) (stato |stata )?(molto |davvero |cosi )?(difficile|dura|duro|frustrante|faticoso|stressante|angosciante)|stressante|angosciante|preoccupante|(momento|periodo) difficile|senza fretta|non e colpa (sua|tua)|i know (that|this|how hard|how worrying|how stressful|how frustrating)( [a-z']+){0,3} (feels|must|can be|hurts|weighs|is (hard|difficult|frustrating|stressful|worrying|a lot))|(it'?s|it is|that'?s|that is) (completely |perfectly |totally |entirely |very |so )?(normal|natural|understandable|fair|human) to (feel|want|worry|be|ask)|(your|the|that) (worry|concern|question|reaction|frustration)( [a-z']+){0,5} (is|was) (completely |perfectly |totally |entirely )?(fair|understandable|valid|reasonable|natural)|(please )?(don'?t|do not|no need to) (apologi[sz]e|worry)|not a (silly|stupid|dumb|daft) question|i hope (you|your|he|she|they)( [a-z']+){0,4} (feel|feels|feeling|doing|getting|recovering|better|safe)|(sorry|condolences) (to hear|for your loss|about your (loss|dad|mum|mom|mother|father|husband|wife|partner|son|daughter))|(makes|it makes) (complete|total|perfect) sense|that'?s a lot to (deal|handle|cope|take)|no se preocupe|no te preocupes|es (muy )?(normal|natural|comprensible|logico) (que|sentir|querer|preocupar)|tiene (todo el )?sentido|(siento|lamento) (mucho )?(lo (que|ocurrido|sucedido)|su perdida|tu perdida|por lo que)|espero que (se|te|usted|su|tu) ([a-z]+ ){0,3}(mejor|recuper|bien)|ne vous inquietez pas|ne t'inquiete pas|(c'est|il est) (tout a fait |bien |parfaitement )?(normal|naturel|comprehensible|legitime) (de|que)|vous ne (nous )?derangez pas|(desole|desolee|navre|navree) (d'apprendre|pour votre|de ce qui)|j'espere que (vous|votre|ton|ta)|nao se preocupe|fique tranquil|(e|eh) (muito |bem )?(normal|comum|natural|compreensivel) (sentir|ficar|voce|que|querer|se)|faz (todo|total) sentido|nao e besteira|sei o quanto|sinto muito (pelo|pela|por (tudo|isso|o que)|o que)|espero que (voce|a sua|o seu|a recuperacao|esteja|tudo)|machen sie sich keine sorgen|keine sorge|(das ist|es ist) (vollig |ganz |absolut )?(normal|verstandlich|naheliegend)|mein (aufrichtiges )?beileid|ich hoffe,? (es geht|sie|ihr|dass es)|non si preoccupi|non ti preoccupare|(e|e del tutto|e assolutamente) (normale|comprensibile|naturale) (che|sentir|voler|preoccup)|spero che (stia|si|lei|tu|suo|sua))|お気持ち|ご心配|ご不安|ご心労|お察し`,
  'commit-time': `${B}(by (the )?(end of (the )?(day|week)|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|\\d)|within (the next )?(\\d+|an?|one|two|three|24|48) ?(hours?|h|minutes?|mins?|days?|business days?|working days?)|before (\\d|noon|monday|tuesday|wednesday|thursday|friday|the end)|antes del? (\\d|lunes|martes|miercoles|jueves|viernes|final)|en (las proximas )?\\d+ (horas|dias|minutos)|en un (plazo|maximo) (maximo )?de \\d+ (horas|dias|minutos)|manana (por la|a las)|bis (spatestens )?(morgen|heute|montag|dienstag|mittwoch|donnerstag|freitag|ende)|innerhalb (von )?\\d+|d'ici (demain|ce soir|lundi|mardi|mercredi|jeudi|vendredi|\\d)|sous \\d+|dans (les |un delai de )?\\d+ (heures|jours|minutes)|ate (amanha|segunda|sexta|o final|as \\d)|em (ate )?\\d+ (horas|dias)|entro (domani|oggi|\\d|lunedi|venerdi))|本日中|明日まで|までに|時間以内|営業日以内`,
  'follow-up': `${B}(i('ll| will) (check (in|back)|follow up|update you|keep you|let you know|confirm|circle back|get back|come back|write|email|call|ring|message)|keep you (posted|updated|informed)|(i|we)('ll| will) be in touch|(i|we)('ll| will) (contact|reach out to) you|i('ll| will) personally|te (mantendre|aviso|avisare|escribo|escribire|llamo|llamare|informo)|le (mantendre|avisare|escribire|llamare|informare)|volvere a (escribir|contactar)|(me|nos) pondre(mos)? en contacto|(le|te) hare (un )?seguimiento|ich melde mich|halte (sie|dich) auf dem laufenden|ich gebe (ihnen|dir) bescheid|je (vous|te) tiens (au courant|informe)|je reviens vers vous|je vous recontacte|je (vous|te) tiendrai (au courant|informe)|nous (vous|te) tiendrons (au courant|informe)|(vou|vamos) (te|lhe) (manter|avisar|informar|escrever|ligar)|(vou|vamos) acompanhar|entrar(ei|emos) em contato|volto a (entrar em contato|escrever|falar)|ti (terro|faro sapere|aggiorno|scrivo)|(la|ti) ricontatter|le faro sapere|la (terro|aggiorno))|ご連絡いたします|ご報告いたします|改めてご連絡|お知らせいたします`,
  'own-it': `${B}(i('ve| have) (taken|submitted|escalated|raised|filed|contacted|chased|arranged|processed|booked|issued|credited|refunded|cancelled|canceled|fixed|corrected|reversed|requested|sent|rebooked|restored|reset|updated)|i('ll| will) (handle|take care|make sure|own|chase|sort|stay|see this through|deal with)|i('m| am) (on it|taking|handling|staying|keeping)|leave it with me|you (won't|will not|don't|do not) (need|have) to (do|contact|call|chase|repeat)|no need (for you )?to|(ya )?(he|hemos) (enviado|solicitado|tramitado|gestionado|procesado|corregido|anulado|devuelto|reembolsado|cambiado|presentado|escalado|contactado|reclamado|organizado|reservado|emitido|abonado|cancelado|arreglado|solucionado|revertido|restablecido|restaurado|actualizado|activado|desbloqueado)|me (encargo|ocupo|hago cargo)|me encargare|ich (habe|kummere|ubernehme|erledige)|j'ai (soumis|envoye|traite|corrige|annule|rembourse|demande|transmis|reserve|emis|credite|retabli|reinitialise|mis a jour|contacte|relance|organise|escalade|depose|modifie|debloque|active|regle|repare)|je m'en (occupe|charge)|je me charge|(eu )?(ja )?(enviei|solicitei|processei|corrigi|cancelei|reembolsei|reservei|emiti|creditei|restaurei|atualizei|contactei|contatei|organizei|marquei|escalei|alterei|desbloqueei|ativei|resolvi|devolvi|estornei)(?![a-z])|(eu )?(cuido|me encarrego)|ho (gia )?(inviato|richiesto|elaborato|corretto|annullato|rimborsato|prenotato|emesso|accreditato|ripristinato|aggiornato|contattato|sollecitato|organizzato|modificato|sbloccato|attivato|risolto|restituito|stornato)|me ne occupo)|対応いたしました|手配いたしました|処理いたしました|私が責任を持って|担当いたします`,
  'own-mistake': `${B}((our|my) (mistake|error|fault|bad)|we (made|got) (a|this|that) (mistake|wrong|error)|that('s| is| was) on (us|me)|we dropped the ball|(we|i) should have|you('re| are) ((absolutely|completely|totally|quite|entirely) )?(right|correct)|the (mistake|error|fault) (was|is) (ours|mine)|we got it wrong|this (was|is) (our|my) (mistake|error|fault)|(fue|es) (un|nuestro) error|nuestro error|culpa nuestra|(tiene|tienes|usted tiene) (toda la )?razon|(el )?error (fue|es|ha sido) (nuestro|mio)|la culpa (fue|es|ha sido) (nuestra|mia)|nos equivocamos|unser fehler|mein fehler|(sie haben|du hast) ((vollig|vollkommen|absolut|ganz) )?recht|der fehler (lag|liegt|war) (bei uns|auf unserer seite)|wir haben (einen fehler|falsch)|notre erreur|mon erreur|(vous avez|tu as) ((tout a fait|entierement|completement) )?raison|l'erreur (vient de nous|est de notre cote|est la notre)|c'est (de )?notre faute|nous nous sommes trompes|nosso erro|meu erro|(voce tem|tem) (toda a )?razao|(o )?erro (foi|e) (nosso|meu)|a culpa (foi|e) (nossa|minha)|erramos|nostro errore|mio errore|(ha|hai) ((perfettamente|assolutamente|pienamente) )?ragione|l'errore (e stato|e) (nostro|mio)|la colpa (e|e stata) (nostra|mia)|abbiamo sbagliato)|当社のミス|弊社の誤り|こちらの不手際|弊社の不手際|私の誤り|おっしゃる通り`,
  'explain-cause': `${B}(because|the reason|this happened|this happens|happened because|caused by|due to|root cause|what happened|the cause|here's why|that's why|this is why|the issue (was|is)|the problem (was|is)|turns out|it seems that|se debe a|debido a|la causa|el motivo|ocurrio porque|pasa porque|porque|weil|liegt daran|ursache|der grund|grund dafur|aufgrund|parce que|a cause|en raison|la cause|la raison|s'explique|devido|por causa|o motivo|a causa|aconteceu porque|perche|a causa di|il motivo|dovuto a)|原因|理由は|ためです|ためでした|によるもの`,
  'straight-talk': `${B}(to be (honest|clear|transparent|upfront|straight)|(straight|short|honest|direct|plain|quick|firm) answer|answer is (no|yes|probably not|not yet)|(that|this|it) (isn't|is not|wasn't|was not|won't be|will not be) what you (wanted|were hoping|hoped|want) to hear|(a )?firm answer (rather than|instead of)|rather than (a guess|guess)|i('m| am) not going to (make (one|it|something|a date) up|guess|pretend|sugar)|(i )?(won't|will not|don't want to) (guess|speculate|sugar-?coat)|there (won't|will not) be (an? )?(extension|exception)|the date is firm|(vou|indo) direto ao ponto|resposta (direta|curta|sincera|honesta)|nao (quero|vou) (te |lhe )?(passar|dar|prometer) (uma )?(previsao|data|prazo|promessa) que|sei que nao (e|era) (o que|a resposta que)|voy (directo|directamente|derecho) al (grano|punto)|(respuesta|contestacion) (directa|corta|sincera|honesta)|se que no es (lo que|la respuesta que)|no (quiero|voy a) (darle|darte|prometerle|prometerte|prometer) (una )?(fecha|plazo|promesa) que|(reponse|pour etre) (directe|franche|honnete)|droit au but|sans detour|je sais que ce n'est pas (ce que|la reponse que)|je ne veux pas vous (promettre|donner) (une )?(date|delai)|(kurze|ehrliche|klare|direkte) antwort|ich weiss, (dass )?(das|es) nicht (das|die antwort|was)|ich (will|mochte) (ihnen )?(nichts|kein(en)? (datum|termin)) versprechen|(risposta|per essere) (diretta|breve|sincera|onesta|franca)|so che non e (quello che|la risposta che)|non (voglio|posso) (prometterle|darle) (una )?(data|scadenza)|i('ll| will) be (as )?(direct|clear|honest|straight|upfront|frank)|(i (have|want|need) to|let me) be (direct|honest|clear|upfront|frank)|i('d| would) rather (tell you|be (honest|upfront|clear)|not (sell|promise|pretend))|what i can('t|not) (share|tell|promise)|here are the facts|(voy a|quiero|tengo que) ser (claro|clara|directo|directa|sincero|sincera|franco|franca)|prefiero (decirte|decirle|ser (claro|clara|sincero|sincera))|lo que no (puedo|podemos) (compartir|decirte|decirle|prometer)|ich (will|muss|mochte) (ehrlich|offen|direkt) sein|ich sage es (ihnen |dir )?(direkt|offen|ehrlich)|je (vais|prefere|dois) (etre|vous le dire) (franc|franche|direct|directe|clair|claire|honnete)|je prefere vous le dire|(vou|quero|tenho de|tenho que) ser (direto|direta|sincero|sincera|claro|clara|franco|franca)|prefiro (dizer|ser (sincero|sincera|claro|clara))|(saro|voglio essere|devo essere) (diretto|diretta|chiaro|chiara|sincero|sincera|franco|franca)|preferisco (dirle|dirti|essere (sincero|sincera|chiaro|chiara))|honestly|i can('t|not) promise|i won't (pretend|promise)|the (short|honest|straight|plain) answer|unfortunately|i'm afraid|(is|isn't|is not) (possible|not possible)|we (can't|cannot|won't|are not able|aren't able)|not able to|the answer is (no|yes)|sin rodeos|para ser (sincero|claro|honesto|franco)|lamentablemente|desafortunadamente|no (es|sera) posible|no podemos|ehrlich gesagt|um ehrlich|leider|nicht moglich|konnen wir nicht|pour etre (honnete|franc|clair|transparent)|malheureusement|pas possible|nous ne pouvons pas|sinceramente|infelizmente|nao e possivel|nao podemos|purtroppo|non e possibile|non possiamo|ad essere (sincero|onesto))|残念ながら|正直に|率直に|できかねます|できません`,
  teach: `${B}(here's how|here is how|next time|yourself|walk you through|in the future|so you can|you('ll| will) be able to|the trick is|tip:|pro tip|la proxima vez|tu mismo|usted mismo|por tu cuenta|asi podras|das nachste mal|selbst|so konnen sie|la prochaine fois|vous-meme|vous pourrez|da proxima vez|sozinho|voce mesmo|assim voce|la prossima volta|da solo|potrai)|次回|ご自身で|今後は`,
  options: `${B}(option|alternativ|workaround|in the meantime|meanwhile|either|if you('d)? prefer|would you (like|prefer|rather)|another way|instead|you (could|can) also|two ways|a few ways|opcion|mientras tanto|si (lo )?prefieres|si (lo )?prefiere|otra forma|en su lugar|moglichkeit|stattdessen|ubergangs|losung|in der zwischenzeit|wenn sie mochten|en attendant|si vous preferez|une autre facon|plutot|opcao|opcoes|enquanto isso|se preferir|outra forma|em vez|opzion|nel frattempo|se preferisci|in alternativa|invece)|代わり|代替|選択肢|または|もしくは`,
  proactive: `${B}(i('ve| have)? also|i also (went ahead|checked|noticed|set|added|looked)|while i was (there|at it|looking|in)|i noticed|i went ahead|before you ask|heads[- ]up|to prevent|so (this|it) (doesn't|won't|does not|will not) happen|just in case|i('ve| have) (set up|added a|turned on|enabled)|just so you know|you may also want|you might also|one more thing|also worth|don't forget to|do not forget to|remember to|keep in mind|be aware|worth (knowing|noting|checking)|before you (go|leave|renew|upgrade)|to avoid|no (olvides|olvide)|(recuerde|recuerda) (que|traer|llevar|revisar)|(tenga|ten) en cuenta|antes de (salir|renovar)|vergessen sie nicht|denken sie daran|beachten sie|n'oubliez pas|pensez a|gardez a l'esprit|afin d'eviter|nao se esqueca|lembre-se|tenha em mente|non (dimentichi|dimenticare)|si ricordi|ricordati|tenga presente|tambien (he|te|le)|he aprovechado|me he adelantado|para evitar|por si acaso|ademas (he|te)|ich habe (auch|zusatzlich|ausserdem)|vorsorglich|damit (das|es) nicht|j'ai (aussi|egalement|en meme temps)|j'en ai profite|pour eviter|au cas ou|tambem (ja|verifiquei|ativei|configurei)|aproveitei|para evitar|por precaucao|ho anche|per evitare|gia che c'ero|nel caso|${OFFER_ANYWHERE})|念のため|あわせて|併せて|事前に|しましょうか|いたしましょうか|致しましょうか|${OFFER_OPENING}`,
  beyond: `${B}(as a (goodwill|gesture|thank you|small thank)|goodwill|on us|free of charge|at no (extra )?(cost|charge)|complimentary|(added|applied|included) (a |an )?(credit|voucher|discount|upgrade|bonus|gift)|compensat|upgrade|a little extra|as a thank you|de regalo|cortesia|compensacion|sin coste|sin cargo|gutschrift|kulanz|kostenlos|als dankeschon|geste commercial|offert|gratuit|a titre gracieux|cortesia|credito|gratis|sem custo|omaggio|gratuito|in regalo)|お詫びとして|無料|補償|特別に`,
  handover: `${B}(i('ve| have) (passed|handed|forwarded|shared|briefed|looped in|brought in|introduced|copied|cc)|(my|our) (colleague|specialist|manager|supervisor)|specialist team|the \\w+ team (will|has|is)|so you (won't|don't|do not|will not) (have|need) to (repeat|explain)|with (all|the full) (the )?(context|details|history)|full context|already (has|have) (all|the)|(he|hemos) (pasado|trasladado|derivado|escalado)|mi companer[oa]|nuestro equipo de|sin que (tengas|tenga) que (repetir|explicar)|weitergeleitet|mein(e)? kolleg|unser \\w+team|ohne dass sie|transmis|mon collegue|notre equipe|sans que vous ayez|encaminhei|meu colega|minha colega|nossa equipe|sem que (voce|precise)|ho inoltrato|il mio collega|la mia collega|il nostro team)|担当部署|担当者|引き継|専門チーム`,
  protect: `${B}(for (your )?security|to protect|verif(?!ic(?!ation)|iqu|ier|iez|ions|ie(?![ds]))|identity|password|2fa|two[- ]factor|fraud|suspicious|lock(ed)? (your|the)|block(ed)?|freez|frozen|secur|privacy|we (will )?never ask|phishing|scam|personal data|data protection|seguridad|proteger|identidad|contrasena|fraude|bloque|sospechos|nunca (te|le) (pediremos|pedimos)|datos personales|sicherheit|schutz|schutzen|identitat|passwort|betrug|gesperrt|datenschutz|securite|proteger|identite|mot de passe|bloque|donnees personnelles|seguranca|identidade|senha|golpe|dados pessoais|sicurezza|proteggere|identita|frode|bloccat|truffa)|セキュリティ|本人確認|パスワード|不正|保護|個人情報`,
  'plain-short': `${B}(in short|simply put|the short answer|in plain|in a nutshell|bottom line|en resumen|en pocas palabras|kurz gesagt|kurz und|en bref|en resume|em resumo|resumindo|in breve|in sintesi)|要するに|簡単に言うと`,
  celebrate: `${B}(congratulations|congrats|well done|great news|good news|happy to (say|report|confirm|tell)|glad to (say|report|tell)|yay|woohoo|enjoy|felicidades|enhorabuena|buenas noticias|gluckwunsch|gute nachrichten|freut mich|felicitations|bonne nouvelle|bravo|parabens|boas noticias|complimenti|congratulazioni|buone notizie)|おめでとう|朗報|🎉|🥳`,
  'act-fast': `${B}(right away|immediately|straight away|as we speak|i('m| am) on it|asap|urgent|priorit|expedit|fast[- ]track|de inmediato|inmediatamente|ahora mismo|urgente|priorid|sofort|umgehend|dringend|vorrang|immediatement|tout de suite|en urgence|prioritaire|imediatamente|agora mesmo|prioridade|subito|immediatamente|con urgenza|priorita)|至急|直ちに|すぐに|早急に|最優先`,
  accuracy: `${B}(double[- ]check|i('ve| have) (checked|verified|confirmed|tested|reproduced|recalculated|reviewed|compared|audited)|i (checked|tested|ran|compared|confirmed|verified|recalculated)|to make sure|line by line|exact(ly)? (figure|amount)|he (comprobado|verificado|revisado|recalculado)|hemos (comprobado|verificado|revisado)|ich habe (gepruft|uberpruft|nachgerechnet|getestet|kontrolliert)|j'ai (verifie|controle|teste|recalcule)|(eu )?(verifiquei|conferi|testei|recalculei)(?![a-z])|ho (verificato|controllato|testato|ricalcolato))|確認いたしました|確認しました|検証`,
  improve: `${B}(feedback|(shared|passed|raised) (this|your) (with|to|suggestion|idea|feedback)|logged (this|it) as|feature request|we('re| are) (changing|updating|improving|fixing) (our|the)|updated our|improv|suggestion|sugerencia|mejora|comentarios|verbesser|ruckmeldung|vorschlag|amelior|retour|suggestion|melhor|sugestao|miglior|suggeriment)|改善|ご意見|ご要望`,
  reassure: `${B}(don't worry|do not worry|no need to worry|rest assured|you('re| are) (in good hands|covered|safe|protected)|(it|everything)('s| is| will be) (going to be )?(ok|okay|fine|safe)|here's what (happens|will happen) next|nothing (is|was|has been) lost|is (safe|secure) (and|with)|no te preocupes|no se preocupe|tranquil|esta a salvo|keine sorge|machen sie sich keine sorgen|ist sicher|ne vous inquietez pas|pas d'inquietude|rassurez-vous|est en securite|nao se preocupe|fique tranquil|esta seguro|non si preoccupi|non preoccuparti|stia tranquill|e al sicuro)|ご安心ください|ご心配なく|心配ありません|問題ございません`,
  'fair-policy': `${B}(entitled|eligible|eligibility|policy|policies|regulation|the rules|under (the )?(eu|law|regulation)|same (for|as) (every|all|any)|everyone|consistent|in line with|according to (our|the)|terms and conditions|goodwill policy|exception|tiene derecho|tienes derecho|politica|normativa|reglamento|las condiciones|anspruch|richtlinie|verordnung|bedingungen|avez droit|droit a|politique|reglement|conditions|tem direito|direito a|politica|regulamento|condicoes|ha diritto|diritto a|normativa|condizioni)|規定|規約|ポリシー|対象となります`,
  // Composure is mostly read from structure (a calm reply to a hostile message, `reply-reading.ts`); these are the
  // words agents use to take the heat out of an exchange without taking offence.
  'de-escalate': `${B}(none taken|no offen[cs]e taken|fair enough|point taken|let's start (again|over)|i understand (your|the) (anger|frustration)|ninguna ofensa|entiendo (su|tu) (enfado|molestia)|ich verstehe ihren (arger|unmut)|je comprends votre (colere|agacement)|entendo (sua|a sua) (raiva|irritacao)|capisco la (sua|tua) (rabbia|irritazione))|お怒りはごもっとも`,
  // Keeping a person safe (ADR 0122): signposting help, a safety team, a trusted adult, acting against whoever harms them.
  // Not data security (that is `protect`); words that mean both in a language ("seguridad", "Sicherheit") stay there.
  safeguard: `${B}(your (safety|wellbeing|well-being|welfare)|(you('re| are)|you feel|feel) safe|keep (you|yourself|them|your (child|son|daughter|kids?)) safe|stay safe|(the|our) safety (team|specialists?)|trust (and|&|&amp;) safety|safeguarding|(immediate|in) danger|emergency (services|number|line)|call (911|999|112|000|the police)|police|helpline|hotline|crisis (line|text|team|support)|samaritans|suicid|self[- ]harm|talk to someone|parent or (guardian|carer)|trusted adult|grown[- ]?up|(press|tap|use) (the )?report|report (button|them|him|her)|(blocked|muted|suspended|banned|removed) (the|their|his|her|that) (account|player|user|profile)|harass|bully|bullied|linea de ayuda|en peligro|servicios de emergencia|llama al (112|911|091|061)|policia|acoso|adulto de confianza|notruf|polizei|in gefahr|belastig|mobbing|erziehungsberechtigt|vertrauensperson|en danger|services d'urgence|appelle(z)? le (15|17|112)|gendarmerie|harcel|adulte de confiance|em perigo|servicos de emergencia|ligue para (o )?(190|192|112)|assedio|adulto de confianca|in pericolo|numero di emergenza|chiama (il )?(112|113)|polizia|molestie|adulto di fiducia)|警察|通報|保護者|信頼できる大人|相談窓口|安全|危険`,
};

/**
 * German "klar" (clear, plainly), not "klären" (to clarify, to sort out: "wir klären", "zu klären", "Klärung", "klärt"),
 * which folds to the same letters; "in klaren Worten" stays clear words (ADR 0123 addendum).
 */
const KLAR = '(?<!(?:zu|wir|ich|sie) )klar(?!ung|t(?![a-z]))';

/** Stems (folded) that say a value is about a behaviour, in the languages we serve. */
const DESCRIBE_SOURCES: Record<Behaviour, string> = {
  apologise: `${B}(apolog|sorry|disculp|perdon|entschuldig|excus|desculp|scus)`,
  acknowledge: `${B}(empath|feel|emotion|listen|human|kind|caring|warm|compassion|heard|shoes|(?<!(?:die|der|diese|dieser|jede|jeder|eine|einer|anfragende|nachste|nachsten) )person(?!ne (ne|n'))|people|patien|calm|steady|reassur|cercan|escuch|ponemos en su lugar|sentir|siente|persona|humano|trato|tranquil|mitgef|gefuhl|menschlich|zuhor|ruhig|ressent|ecout|humain|sentiment|pessoa|acolh|ouvir|calma|ascolt|umano)`,
  'commit-time': `${B}(by when|(?<!(?:de|do|no|nosso|meu|seu|o) )time|timely|deadline|promis|commit|wait|prazo|plazo|tiempo|a tiempo|compromis|frist|zeit|termin|delai|temps|promesse|tempo|promessa|scadenz)`,
  'follow-up': `${B}(loop|follow|update|inform|keep .{0,20}(posted|updated)|check back|close the|seguimiento|avisa|inform|auf dem laufenden|nachfass|suivi|tenir inform|acompanh|aggiorn)`,
  'own-it': `${B}(own|responsib|end to end|end-to-end|see it through|through to|accountab|finish|until .{0,20}(solved|resolved|done)|hacerse cargo|nos hacemos cargo|responsab|a la primera|resolver|solucion|verantwort|zu ende|responsabil|jusqu'au bout|assum|resolv|risolv|responsabilidade)`,
  'own-mistake': `${B}(mistake|error|fault|admit|wrong|equivoc|fehler|erreur|erro|sbagli|errore)`,
  'explain-cause': `${B}(why|cause|reason|explain|root|transparen|porque|por que|causa|explic|motivo|ursache|erklar|warum|grund|expliqu|pourquoi|raison|perche)`,
  'straight-talk': `${B}(honest|truth|straight|plain|candid|open(?:ly|ness|(?= (?:about|with)))|(?<=(?:honest|transparent) (?:and|&|&amp;) )open|clear|surprise|fine print|small print|direct|sincer|claro|clar|verdad|sin rodeos|letra pequena|sorpresa|ehrlich|${KLAR}|wahrheit|offen(?:heit|herzig|legen|gelegt)|offen (?:an|aus|sagen|sprechen|ansprechen|kommunizier|zugeben|reden|uber|mit)|(?<=(?:ehrlich|transparent) und )offen|direkt|honnet|franc|verite|clair|verdade|franco|onest|chiar|schiett)`,
  teach: `${B}(teach|learn|empower|self|yourself|themselves|stronger|next time|educat|guide|enable|independen|ensen|aprend|autonom|proxima vez|por si mism|lehr|selbst(?! wenn)|beibring|befahig|apprendre|autonom|prochaine fois|ensinar|aprender|sozinh|insegn|impar)`,
  options: `${B}(creativ|option|recommend|recomend|alternativ|flexib|workaround|outside the box|find a way|another way|nimble|adapt|possib|opcion|flexibl|moglich|(finden|suchen) (eine |die )?losung|losung(en)? (finden|suchen)|(andere|kreative|alternative) losung|opcao|soluz|opzion|way around)`,
  proactive: `${B}(proactiv|without (being )?ask|sem (que )?(ele |ela |o cliente |a pessoa )?(pedir|peca)|sin que (lo )?pida|anticipat|ahead|before (they|the customer|anyone|it)|prevent|around the corner|foresee|next problem|adelant|anticip|prevenir|antes de que|vorausschau|vorbeug|vorher|proacti|anticiper|prevenir|antecip|previen|prevedere)`,
  beyond: `${B}(beyond|extra mile|delight|surpris|exceed|more than|wow|generous|fair(?!e)|fairness|consistent|equal|same rules|mas alla|sorprend|justo|igual|uber [a-z ]{0,30}?hinaus|ubertr(?:eff|ifft|off)|uber (?:die|alle|jede) erwartung|begeist|gerecht|au-dela|equitable|juste|alem|surpreend|justo|oltre|equo)`,
  handover: `${B}(collaborat|team|together|handoff|hand over|handover|hand-off|co-op|coop|colleague|cross|partner|one team|equipo|colabor(?!ador)|junto|zusammen|kolleg|equipe|ensemble|collabor|squadra|insieme)`,
  protect: `${B}(secur|safe|protect|privacy|(?<!(?:tem|sem|nova|uma|na|essa|esta|qual|que) )data(?! (?:de|da|do|limite|prevista|certa))|fraud|verify|guard|seguridad|segur|proteg|dato|fraude|verific|sicher|schutz|daten|betrug|securite|donnees|seguranca|dados|sicurezza|dati|frode)`,
  'plain-short': `${B}(simple|plain|clear|short|concise|jargon|brief|easy|straight|sencill|claro|breve|corto|palabras|einfach|${KLAR}|kurz|clair|court|simples|curto|semplic|chiar)`,
  celebrate: `${B}(celebrat|joy|fun(?![a-z])|funny|gg|positiv|delight|cheer|enthusias|passion|good game|celebr|alegr|feier|freude|celebr|joie|alegria|gioia)`,
  'act-fast': `${B}(fast|quick|prompt|speed|respons(?!ab|ib)|urgent|asap|immediat|nimble|first|payday|rapid|pronto|urgen|inmediat|schnell|zugig|sofort|dringend|vite|rapide|imediat|veloc|subito)`,
  accuracy: `${B}(measure|accura|precis(e|ely|eness|ion|ao|ione|o)?(?![a-z])|correct|right the first|quality|careful|check|verify|detail|thorough|exact|get it right|twice|cuidad|comprob|revis|genau|sorgfalt|prufen|soign|exat|cuidado|accurat)`,
  reassure: `${B}(calm|steady|reassur|composure|panic|pressure|stress|worry|tranquil|seren|calma|ruhig|gelassen|sorge|calme|inquiet|sereno|preocup)`,
  'fair-policy': `${B}(fair(?!e)|consistent|same rules|equal|policy|rules|entitle|every time|everyone|favou?rit|justo|justa|igual|regla|equidad|gerecht|gleichbehand|gleichberecht|gleiche (regeln|behandlung|massstabe)|alle gleich|gleich behand|regel|equitable|juste|egal(?!ement)|regle|justo|regra|equo|giust|regol)`,
  improve: `${B}(improv|better|learn|feedback|continuous|grow|evolv|kaizen|lesson|mejor|aprend|verbesser|lernen|amelior|melhor|miglior)`,
  'de-escalate': `${B}(respect|dignit|courte|polite|rude|hostil|furious|angry|anger|insult|abusive|tone|mock|shame|lectur|moralis|moraliz|keep (our|your|my|their) cool|cool head|composure|temper|de-?escalat|respeto|respet|cortes|educad|groser|enfadad|furios|digni|respekt|hoflich|beleidig|wutend|courtois|poli(e|ment)?${B}|colere|respeito|irritad|rispett|arrabbiat|ofens|offens)`,
  safeguard: `${B}(safe(ty)?(?![a-z])|safely|unsafe|safeguard|harass|bully|threat|abuse|toxic|danger|vulnerab|young|minors(?![a-z])|child|kids?(?![a-z])|wellbeing|well-being|welfare|warning sign|acoso|amenaz|peligro|menores(?![a-z])|nin(o|a|os|as)(?![a-z])|joven|jovenes|bienestar|a salvo|belastig|bedroh|gefahr|verletzlich|minderjahr|kinder|jugend|wohlbefinden|mobbing|harcel|menace|mineur|enfant|jeune|bien-etre|assedio|ameac|perigo|vulnerav|menores de idade|crianc|jovem|jovens|bem-estar|molestie|molestat|minacc|pericol|minorenn|bambin|giovan|benessere)`,
};

/**
 * What a customer's message calls for (before any reply, or as light context): the behaviour a good
 * answer to it would show. Only the clearest situations are listed.
 */
const SITUATION_SOURCES: Partial<Record<Behaviour, string>> = {
  acknowledge: `${B}(upset|frustrat|angry|furious|disappointed|devastat|heartbroken|passed away|died|funeral|stressed|anxious|worried|scared|terrified|in tears|overwhelmed|desperate|unacceptable|ridiculous|fed up|enfadad|frustrad|preocupad|desesperad|fallecio|wutend|enttauscht|verzweifelt|verstorben|furieux|decu|inquiet|decede|chateado|frustrad|preocupad|faleceu|arrabbiat|deluso|preoccupat)|困って|不安|悲しい|怒`,
  'act-fast': `${B}(urgent|asap|immediately|right now|emergency|outage|is down|are down|can't work|cannot work|deadline|today|tonight|urgente|inmediato|hoy|dringend|sofort|heute|notfall|urgent|immediatement|aujourd'hui|urgente|imediat|hoje|subito|oggi)|至急|緊急|今日中`,
  protect: `${B}(hacked|fraud|scam|phishing|stolen|suspicious|unauthori[sz]ed|someone (logged|accessed|used)|lock (my|the) account|harass|threat|abuse|privacy|gdpr|delete my (data|account)|hackead|fraude|estafa|robad|sospechos|gehackt|betrug|gestohlen|verdachtig|pirate|arnaque|vole|golpe|roubad|truffa|rubat)|不正|乗っ取|詐欺|盗`,
  teach: `${B}(how (do|can|should) (i|we)|how to|where (do|can) i (find|see|change)|is there a way to|como (puedo|se)|wie kann ich|wie (geht|funktioniert)|comment (puis|faire)|como (posso|faco)|come (posso|si fa))|どうすれば|方法を教えて|やり方`,
  'explain-cause': `${B}(why|what happened|how come|por que|warum|wieso|pourquoi|perche)|なぜ|どうして`,
  'own-it': `${B}(still waiting|no (one|body) (has )?(answered|replied|responded|helped)|nobody|bounced|passed around|back and forth|heard nothing|third time|(three|four|several) times|again and again|sigo esperando|nadie|otra vez|warte immer noch|niemand|schon wieder|toujours pas|personne|encore une fois|ainda (estou )?esperando|ninguem|de novo|ancora|nessuno)|まだ|何度も`,
  safeguard: `${B}(harass|bully|bullied|bullying|threaten|stalk|kill (me|myself|him|her|them|you|everyone)|hurt (me|myself|him|her|them)|suicid|self[- ]harm|end (it all|my life)|want to die|unsafe|not safe|i('m| am) (1[0-7]|[6-9]) (years|yrs|y/?o)|i('m| am) (1[0-7]|[6-9])(?=[.,!?]| if| and| so| but)|my (son|daughter|child|kid) (is|was) (1[0-7]|[6-9])(?![0-9])|predator|nudes?(?![a-z])|acoso|me acosa|amenaz|matar|hacerme dano|tengo (1[0-7]|[6-9]) anos|belastig|bedroh|umbringen|suizid|selbstmord|ich bin (1[0-7]|[6-9]) jahre|harcel|menace|tuer(?![a-z])|j'ai (1[0-7]|[6-9]) ans|assedi|ameac|me matar|tenho (1[0-7]|[6-9]) anos|molestie|molestat|minacc|uccid|ho (1[0-7]|[6-9]) anni)|脅迫|脅さ|殺す|死にたい|自殺|いじめ|嫌がらせ|ストーカー|(?<![0-9])(1[0-7]|[6-9])歳`,
  // Everyday requests that call for a behaviour (ADR 0136), written from how support requests read, not from dev tickets.
  'follow-up': `${B}(any (update|news|progress)|still no (update|news|reply|response|word|answer)|(haven't|have not|never) heard (back|anything)|following up on|just checking in|chasing (this|my|up)|alguna (novedad|actualizacion|noticia)|sin noticias|sigo sin (saber|noticias|respuesta)|no he recibido (respuesta|noticias)|gibt es (schon )?(neuigkeiten|ein update)|immer noch keine (antwort|ruckmeldung|nachricht)|nichts (mehr )?gehort|ich hake nach|des nouvelles|du nouveau|toujours pas de (reponse|nouvelles)|aucune nouvelle|sans nouvelles|alguma (novidade|atualizacao)|ainda sem (resposta|noticias|retorno)|nenhum retorno|sem noticias|(ci sono|qualche) (novita|aggiornament)|ancora nessuna (risposta|notizia)|nessuna notizia)|その後どうなり|まだ連絡が|返事がない|返信がない|進捗はいかが`,
  'commit-time': `${B}(when will|how long (will|does|until|do i)|by when|how soon|when can i expect|what is the eta|any eta|cuando (podre|estara|llegara|recibire|van a)|cuanto (tiempo|tarda)|para cuando|wann (wird|kommt|kann ich|bekomme)|wie lange (dauert|noch)|bis wann|quand (vais-je|est-ce que|sera|pourrai)|combien de temps|d'ici quand|dans quel delai|quando (vou|vai|sera|posso)|quanto tempo|ate quando|qual (e )?o prazo|quando (arrivera|sara|potro|ricevero)|entro quando)|いつ(届|頃|まで|になり)|どのくらい(かか|時間)`,
  accuracy: `${B}(wrong amount|incorrect|discrepanc|doesn't add up|does not add up|mismatch|miscalculat|overcharged|double[- ]charged|charged twice|incorrecto|cobrado dos veces|falsch|doppelt|incorrect|deux fois|errado|cobrado duas|sbagliat|due volte)|間違|二重`,
};

/** The patterns of the languages above, with Dutch and Polish (ADR 0116), Catalan (ADR 0130) and Swedish (ADR 0182) joined as further alternatives. */
function joined<K extends string>(sources: Partial<Record<K, string>>, ...extras: Partial<Record<K, string>>[]): Record<K, RegExp> {
  const out = {} as Record<K, RegExp>;
  for (const [key, source] of Object.entries(sources) as [K, string][]) {
    const more = extras.map((extra) => extra[key]).filter((x): x is string => x !== undefined);
    out[key] = re([source, ...more.map((m) => `${B}(${m})`)].join('|'));
  }
  return out;
}

export const REPLY_PATTERNS: Record<Behaviour, RegExp> = joined(REPLY_SOURCES, NL_PL_REPLY, CA_REPLY, SV_REPLY);
/** Stems (folded) that say a value is about a behaviour, in the languages we serve. */
export const DESCRIBE_PATTERNS: Record<Behaviour, RegExp> = withJapanese(
  withDanish(joined(DESCRIBE_SOURCES, NL_PL_DESCRIBE, CA_DESCRIBE, MORE_DESCRIBE, MORE_DESCRIBE_NL_PL_CA, SV_DESCRIBE), DA_DESCRIBE),
);

/**
 * Patterns with Danish alternatives joined (ADR 0184). Danish words may start with "æ" or "ø", before which `\b` finds
 * no word start: they take `DA_START` instead.
 */
function withDanish<K extends string>(patterns: Partial<Record<K, RegExp>>, danish: Partial<Record<K, string>>): Record<K, RegExp> {
  const out = {} as Record<K, RegExp>;
  for (const [key, pattern] of Object.entries(patterns) as [K, RegExp][]) {
    const more = danish[key];
    out[key] = more === undefined ? pattern : re(`${pattern.source}|${DA_START}(${more})`);
  }
  return out;
}

let danishReply: Record<Behaviour, RegExp> | undefined;
let danishSituation: Partial<Record<Behaviour, RegExp>> | undefined;

/**
 * The reply patterns for a message in a language: `REPLY_PATTERNS` for all of them but Danish, which reads them with
 * its own (`patterns-da.ts`, ADR 0184) joined as further alternatives. Danish is not joined to `REPLY_PATTERNS`
 * itself, so no other language's reply pays for it or can be caught by it. Built on first use, once.
 */
export function replyPatternsFor(lang: Lang): Record<Behaviour, RegExp> {
  if (lang !== 'da') return REPLY_PATTERNS;
  return (danishReply ??= withDanish(REPLY_PATTERNS, DA_REPLY));
}

/** The patterns with the Japanese describing words, which take no word boundary (ADR 0141). */
function withJapanese(patterns: Record<Behaviour, RegExp>): Record<Behaviour, RegExp> {
  return Object.fromEntries(
    BEHAVIOURS.map((b) => [b, JA_DESCRIBE[b] ? re(`${patterns[b].source}|${JA_DESCRIBE[b]}`) : patterns[b]]),
  ) as Record<Behaviour, RegExp>;
}

/**
 * The top-level alternatives of a pattern source: `\b(a|b(c|d)|e)` gives `a`, `b(c|d)`, `e`. Parentheses, classes
 * and escapes are respected, so each alternative is a pattern of its own.
 */
export function alternativesOf(source: string): string[] {
  if (source.startsWith(`${B}(`) && source.endsWith(')')) {
    // Unwrapped only when that first group spans the whole source (not `\b(a)|\b(c)`).
    const inner = splitTopLevel(source.slice(B.length + 1, -1));
    if (inner) return inner;
  }
  return splitTopLevel(source) ?? [source];
}

/** A source split at its top-level `|`; null when a `)` closes a group it did not open. */
function splitTopLevel(source: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return null;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

let stems: Record<Behaviour, string[]> | undefined;

/**
 * Every describing stem of each behaviour, in every language, one pattern source per stem (word-start bound). Only the
 * eval harness needs them, so they are split on first use, never when the app loads.
 */
export function describeStems(): Record<Behaviour, string[]> {
  stems ??= Object.fromEntries(
    BEHAVIOURS.map((b) => [
      b,
      [
        ...[DESCRIBE_SOURCES[b], NL_PL_DESCRIBE[b], CA_DESCRIBE[b], MORE_DESCRIBE[b], MORE_DESCRIBE_NL_PL_CA[b], SV_DESCRIBE[b]].flatMap(
          (s) => (s === undefined ? [] : alternativesOf(s)),
        ),
        // Danish stems carry their own word start (see `withDanish`).
        ...alternativesOf(DA_DESCRIBE[b]).map((s) => `${DA_START}(?:${s})`),
      ],
    ]),
  ) as Record<Behaviour, string[]>;
  return stems;
}

/**
 * The describing patterns without some stems (`behaviour` → stems to leave out, as in `describeStems()`). The harness
 * uses it to score a team as if the lexicon had been written without its catalogue (ADR 0132); the app never does.
 */
export function describePatternsWithout(drop: ReadonlyMap<Behaviour, ReadonlySet<string>>): Record<Behaviour, RegExp> {
  const all = describeStems();
  const patterns = Object.fromEntries(
    BEHAVIOURS.map((b) => {
      const kept = all[b].filter((s) => !drop.get(b)?.has(s));
      const bounded = kept.filter((s) => !s.startsWith(DA_START));
      const danish = kept.filter((s) => s.startsWith(DA_START));
      const sources = [...(bounded.length > 0 ? [`${B}(${bounded.join('|')})`] : []), ...danish];
      // A behaviour left with no stem matches nothing.
      return [b, sources.length > 0 ? re(sources.join('|')) : /(?!)/u];
    }),
  ) as Record<Behaviour, RegExp>;
  // No dev catalogue is in Japanese, so none of its words is a team's own: they stay as shipped.
  return withJapanese(patterns);
}

/** What a customer's message calls for (see `SITUATION_SOURCES`). */
export const SITUATION_PATTERNS: Partial<Record<Behaviour, RegExp>> = joined(
  SITUATION_SOURCES,
  NL_PL_SITUATION,
  CA_SITUATION,
  SV_SITUATION,
);

/**
 * What a customer's message in a language calls for: `SITUATION_PATTERNS`, with Danish's own (ADR 0184) joined for a
 * Danish message only, as `replyPatternsFor` does.
 */
export function situationPatternsFor(lang: Lang): Partial<Record<Behaviour, RegExp>> {
  if (lang !== 'da') return SITUATION_PATTERNS;
  return (danishSituation ??= withDanish(SITUATION_PATTERNS, DA_SITUATION));
}

/** One describing stem of `describeStems()` as a pattern of its own, word-start bound (ADR 0132). */
export function stemPattern(stem: string): RegExp {
  return re(stem.startsWith(DA_START) ? stem : `${B}(?:${stem})`);
}
