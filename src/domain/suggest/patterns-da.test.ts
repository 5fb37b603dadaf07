import { describe, expect, it } from 'vitest';
import type { TicketSnapshot } from '../ticket';
import { mainBehaviours, readsAs as reads } from '../../../test/support/behaviour-readings';
import { testCatalogue, testValue } from '../../../test/support/catalogues';
import {
  BEHAVIOURS,
  DESCRIBE_PATTERNS,
  REPLY_PATTERNS,
  SITUATION_PATTERNS,
  replyPatternsFor,
  situationPatternsFor,
  type Behaviour,
} from './behaviours';
import { activeText } from './clean';
import { detectLanguage } from './language';
import { DA_CONTEMPT, DA_DESCRIBE, DA_REPLY, DA_SITUATION, DA_START, DA_THREAT } from './patterns-da';
import { DEFAULT_PARAMS } from './params';
import { foldText, hostility, languageSample, readBehaviours, sentencesOf } from './reply-reading';
import { readConversation } from './ticket-reading';

// Replies and values written for these tests, none from a ticket.
const DANISH: [Behaviour, string][] = [
  ['apologise', 'Vi beklager meget forsinkelsen af din ordre.'],
  ['acknowledge', 'Jeg forstår godt, hvor frustrerende det er at vente så længe på sin løn.'],
  ['commit-time', 'Jeg sender dig det nye kort senest på fredag, og du får besked.'],
  ['follow-up', 'Så snart jeg ved mere, vender jeg tilbage til dig.'],
  ['follow-up', 'I morgen ringer jeg til dig med svaret, og jeg giver dig besked.'],
  ['own-it', 'Jeg har sendt en ny pakke og refunderet fragten; du behøver ikke at gøre noget.'],
  ['own-mistake', 'Det var vores fejl: vi brugte en gammel adresse, og det beklager jeg.'],
  ['explain-cause', 'Betalingen gik ikke igennem, fordi dit kort udløb i marts.'],
  ['straight-talk', 'Ærligt talt kan vi ikke levere den funktion i år, og det vil jeg ikke love.'],
  ['teach', 'Næste gang kan du selv ændre adressen under din profil, hvis du vil.'],
  ['options', 'Hvis du hellere vil undgå at vente, er der en anden mulighed: vi henter pakken hos dig.'],
  ['proactive', 'For en sikkerheds skyld har jeg også gennemgået dine andre bookinger.'],
  ['beyond', 'Som en lille gestus har vi lagt et tilgodehavende på din konto, og du skal ikke gøre noget.'],
  ['handover', 'Jeg har sendt din sag videre med alle oplysningerne til min kollega i økonomiafdelingen, og hun kontakter dig.'],
  ['protect', 'Af sikkerhedshensyn har vi spærret din konto og nulstillet din adgangskode, så ingen andre kan logge ind.'],
  ['plain-short', 'Kort sagt: dit abonnement fortsætter som hidtil, og du skal ikke gøre noget.'],
  ['celebrate', 'Tillykke med åbningen af jeres nye butik! Det er dejligt at høre, og vi glæder os til at følge jer.'],
  ['act-fast', 'Jeg tog fat i din sag med det samme og løste den straks, så du ikke skal vente.'],
  ['accuracy', 'Jeg har kontrolleret alle beløb på fakturaen og sammenlignet dem med din aftale, og de stemmer.'],
  ['improve', 'Tak for dit forslag; jeg har sendt det videre til vores udviklere, og vi lærer af det.'],
  ['reassure', 'Bare rolig: intet er gået tabt, og jeg har selv tjekket, at dine filer ligger helt sikkert hos os.'],
  ['fair-policy', 'Ifølge vores betingelser har du ret til fuld refusion, og det gælder for alle kunder.'],
  ['de-escalate', 'Jeg forstår godt din frustration, og jeg tager det ikke personligt; lad os starte forfra.'],
  ['safeguard', 'Hvis du føler dig i fare, så ring 112 med det samme, og jeg vil gerne hjælpe dig videre bagefter.'],
];

const languageOf = (text: string) => detectLanguage(languageSample(sentencesOf(text)));

describe('Danish replies read as what they do', () => {
  it.each(DANISH)('%s: %s', (behaviour, reply) => {
    expect(languageOf(reply)).toBe('da');
    expect(reads(reply, behaviour)).toBe(true);
  });

  it('covers every behaviour', () => {
    expect(new Set(DANISH.map(([b]) => b))).toEqual(new Set(BEHAVIOURS));
  });

  it('reads æ, ø typed as ae, oe the same, and å typed as a', () => {
    expect(reads('Det var vores fejl, og vi er meget kede af det, undskyld.', 'own-mistake')).toBe(true);
    expect(reads('Det er desværre ikke muligt at ændre ordren nu, og det kan jeg ikke love.', 'straight-talk')).toBe(true);
    expect(reads('Det er desvaerre ikke muligt at aendre ordren nu, og det kan jeg ikke love.', 'straight-talk')).toBe(true);
    expect(reads('Jeg forstar godt, hvor aergerligt det er, og jeg er ked af det.', 'acknowledge')).toBe(true);
  });

  it('reads "du har ret til" as an entitlement, not as owning a mistake', () => {
    const shown = (reply: string) => readBehaviours(reply).map((h) => h.behaviour);
    expect(shown('Du har ret til en ny vare, og jeg sender den i dag.')).toContain('fair-policy');
    expect(shown('Du har ret til en ny vare, og jeg sender den i dag.')).not.toContain('own-mistake');
    expect(shown('Du har helt ret, og det gik galt hos os.')).toContain('own-mistake');
  });

  it('reads a time only as a promise when the writer commits to it, in Danish word order too', () => {
    const weight = (reply: string) => readBehaviours(reply).find((h) => h.behaviour === 'commit-time')?.weight;
    expect(weight('Jeg sender bekræftelsen senest kl. 14 i dag, og jeg ringer også.')).toBe(1.5);
    expect(weight('I morgen tidlig ringer jeg til dig, og vi finder ud af det.')).toBe(1.5);
    expect(weight('Butikken har åbent, og den lukker senest kl. 18 hver dag, hvis der ikke er helligdag.')).toBe(0.4);
  });

  it('reads numbered steps (trin) and interface instructions as teaching', () => {
    const steps = (reply: string) => readBehaviours(reply).find((h) => h.behaviour === 'teach' && h.weight === 1.5);
    expect(steps('Sådan gør du, hvis du vil ændre det:\nTrin 1 åbn appen\nTrin 2 vælg Profil og gem')).toBeDefined();
    expect(readBehaviours('Gå til Indstillinger og klik på Gem, så er det også ændret.').some((h) => h.behaviour === 'teach')).toBe(true);
  });

  it('reads amounts in kroner as the customer’s own figures, and a bare "Nej." as a straight answer', () => {
    const figures = (reply: string) => readBehaviours(reply, undefined, 1).some((h) => h.behaviour === 'explain-cause');
    expect(figures('Fakturaen er på 1.250 kr. inklusive moms, og den er ikke betalt endnu.')).toBe(true);
    expect(figures('Beløbet er 499 DKK, og det har jeg ikke trukket endnu.')).toBe(true);
    expect(
      readBehaviours('Nej. Gebyret kan ikke refunderes efter 30 dage, og det gælder også for jer.').some(
        (h) => h.behaviour === 'straight-talk',
      ),
    ).toBe(true);
  });
});

describe('Danish patterns are read on Danish messages only', () => {
  it('are not joined to the patterns every language reads', () => {
    for (const b of BEHAVIOURS) {
      expect(REPLY_PATTERNS[b].source, b).not.toContain(DA_REPLY[b]);
      expect(replyPatternsFor('da')[b].source, b).toContain(DA_REPLY[b]);
    }
    for (const lang of ['en', 'es', 'pt', 'de', 'fr', 'it', 'nl', 'pl', 'ca', 'sv', 'ja'] as const) {
      expect(replyPatternsFor(lang)).toBe(REPLY_PATTERNS);
      expect(situationPatternsFor(lang)).toBe(SITUATION_PATTERNS);
    }
    expect(replyPatternsFor('da')).toBe(replyPatternsFor('da'));
    for (const [b, source] of Object.entries(DA_SITUATION) as [Behaviour, string][]) {
      expect(SITUATION_PATTERNS[b]?.source, b).not.toContain(source);
      expect(situationPatternsFor('da')[b]?.source, b).toContain(source);
    }
  });

  it('a Danish sentence inside an English reply is read as English', () => {
    const reply = 'Thanks for your patience, we have checked the order and it will ship today. Vi beklager forsinkelsen.';
    expect(languageOf(reply)).toBe('en');
    expect(reads(reply, 'apologise')).toBe(false);
  });
});

describe('Danish alternatives stay out of other languages', () => {
  // Sentences of the other languages we read with words a Danish alternative could catch (after folding). None of them
  // would match a Danish reply or situation pattern, were it read.
  const others = [
    'We are sorry; the shop is open till 10:00 and the dog will be sent fra Monday, the lover of ret rolls.',
    'Ich helfe Ihnen gerne weiter: die Rechnung ist schon bezahlt, der Kunde hat direkte Antwort bekommen.',
    'Hij erkende de fout en de afdeling heeft het bedrag overgemaakt; kun je de bestelling afmelden?',
    'Li farem el canvi i farà el que cal; la fira és dilluns.',
    'Złamana noga, 10 sek. czekania, a potem rak.',
  ];
  it.each(others)('%s', (text) => {
    const folded = foldText(text);
    for (const b of BEHAVIOURS) {
      expect(new RegExp(`${DA_START}(${DA_REPLY[b]})`, 'u').test(folded), `reply ${b}`).toBe(false);
      const situation = DA_SITUATION[b];
      if (situation) expect(new RegExp(`${DA_START}(${situation})`, 'u').test(folded), `situation ${b}`).toBe(false);
    }
    expect(detectLanguage(folded)).not.toBe('da');
  });

  it('Swedish, which shares many of its phrases ("i dag", "vi har"), is never read with them', () => {
    for (const text of [
      'Vi beklagar förseningen och jag återkommer så snart jag vet mer; vi har skickat paketet i dag.',
      'Hej! Tack så mycket, det fungerar nu och jag är jättenöjd med hjälpen.',
      'Det har vi redan gjort. Vi kommer efter dig när det är möjligt, med det samma.',
    ]) {
      expect(languageOf(text), text).toBe('sv');
      expect(replyPatternsFor(languageOf(text))).toBe(REPLY_PATTERNS);
    }
  });

  it('its describing stems stay out of English, German, Dutch and Swedish value text', () => {
    for (const text of [
      'We keep calm under pressure and always respond; no lover of red tape, an alternative for every customer.',
      'Wir antworten direkte und ehrlich, der Enkel kommt morgen, und wir bleiben elend ruhig.',
      'Enkele klanten krijgen het bedrag terug; de afdeling erkende de overdraging.',
      'Vi visar omsorg, är roliga och omgående, och skyddar persondata; trivsel och unge kolleger.',
    ]) {
      const folded = foldText(text);
      for (const b of BEHAVIOURS) expect(new RegExp(`${DA_START}(${DA_DESCRIBE[b]})`, 'u').test(folded), `${b}: ${text}`).toBe(false);
    }
  });

  it('its contempt and threat words stay out of English, German, Dutch and Swedish', () => {
    const words = new RegExp(`(?<![a-z])(${DA_CONTEMPT}|${DA_THREAT})(?![a-z])`, 'u');
    for (const text of [
      'The twenty lovers of skandal said it was pinching, never again, one star.',
      'Das ist ein Skandal, elendig und lächerlich, ich kündige.',
      'Dit is een schandaal, belachelijk; ik zeg mijn abonnement op.',
      'Det här är skandalöst och pinsamt, jag säger upp mitt abonnemang och köper aldrig igen.',
    ])
      expect(words.test(foldText(text)), text).toBe(false);
  });
});

const ticketOf = (customer: string): TicketSnapshot => ({
  id: 1,
  subject: 'Hjælp',
  description: '',
  priority: 'normal',
  tags: [],
  comments: [
    { authorRole: 'end-user', body: customer, public: true },
    { authorRole: 'agent', body: 'ok', public: true },
  ],
});
const calls = (customer: string) =>
  readConversation(ticketOf(customer), 1, DEFAULT_PARAMS)
    .filter((h) => h.commentIndex === 0)
    .map((h) => h.behaviour);

describe('what a Danish customer message calls for', () => {
  it.each([
    ['Min konto er blevet hacket, og nogen har logget ind i nat uden at jeg ved hvordan.', 'protect'],
    ['Hvordan ændrer jeg min leveringsadresse? Jeg kan ikke finde det nogen steder.', 'teach'],
    ['Jeg venter stadig på svar, og det er tredje gang jeg skriver til jer.', 'own-it'],
    ['Hvorfor har I trukket pengene to gange? Jeg forstår det ikke.', 'explain-cause'],
    ['I har trukket beløbet to gange fra mit kort, og det er ikke i orden.', 'accuracy'],
    ['Jeg er så skuffet og bekymret, for huslejen skal betales i morgen og jeg har ikke fået pengene.', 'acknowledge'],
    ['Hvornår kan jeg forvente at få mine penge tilbage?', 'commit-time'],
  ])('%s → %s', (message, behaviour) => {
    expect(languageOf(message)).toBe('da');
    expect(calls(message)).toContain(behaviour);
  });

  it('an English customer message reads as before', () => {
    expect(calls('My account was hacked and someone logged in last night.')).toContain('protect');
    expect(calls('My order came, but the amount on the invoice is forkert and I paid it twice.')).not.toContain('accuracy');
  });
});

describe('hostility in Danish', () => {
  it('reads contempt and threats to leave', () => {
    expect(hostility('Det her er skandaløst, jeg opsiger mit abonnement!!')).toBe(1);
    expect(hostility('Det er under al kritik, og jeg skriver en dårlig anmeldelse.')).toBe(1);
    expect(hostility('Hej, kan I kigge på min faktura? På forhånd tak.')).toBe(0);
  });
});

describe('a catalogue written in Danish maps onto behaviours', () => {
  const topBehaviour = (values: ReturnType<typeof testValue>[]) => mainBehaviours(testCatalogue(values));
  it('each value onto what its text names', () => {
    expect(
      topBehaviour([
        testValue('aerlig', 'Ærlighed', 'Vi siger sandheden, uden noget med småt og uden overraskelser.'),
        testValue('tryg', 'Sikkerhed for kunden', 'Vi beskytter hver kundes personoplysninger og konto.'),
        testValue('lofte', 'Vi holder hvad vi lover', 'Vi giver et løfte om tid og er punktlige.'),
        testValue('foran', 'Et skridt foran', 'Vi forebygger det næste problem, før kunden opdager det.'),
        testValue('fejl', 'Vi indrømmer vores fejl', 'Når vi laver en fejltagelse, siger vi det først.'),
        testValue('hurtig', 'Hurtig hjælp', 'Vi svarer hurtigt og handler straks, når det haster.'),
      ]),
    ).toEqual(['straight-talk', 'protect', 'commit-time', 'proactive', 'own-mistake', 'act-fast']);
  });

  it('reads a stem that opens with æ or ø, typed or not', () => {
    expect(DESCRIBE_PATTERNS['straight-talk'].test(foldText('Ærlighed'))).toBe(true);
    expect(DESCRIBE_PATTERNS['straight-talk'].test(foldText('aerlighed'))).toBe(true);
    expect(DESCRIBE_PATTERNS.teach.test(foldText('Vi er en lærende organisation'))).toBe(true);
  });
});

describe('activeText in Danish', () => {
  it('stops at a quoted earlier message and at the signature', () => {
    const gmail =
      'Pakken blev sendt i dag.\n\nMed venlig hilsen\nMette\nKundeservice\n\nDen 3. maj 2026 kl. 10.12 skrev Jens <jens@example.dk>:\n> Hvor er min pakke?';
    expect(gmail.slice(0, activeText(gmail).end).trim()).toBe('Pakken blev sendt i dag.');
    const quoted = 'Jeg undersøger det.\n\nDen tir. 3. maj 2026 kl. 10.12 skrev Jens Hansen <jens@example.dk>:\n> Det virker ikke';
    expect(quoted.slice(0, activeText(quoted).end).trim()).toBe('Jeg undersøger det.');
    const outlook = 'Jeg undersøger det.\n\nFra: Jens Hansen <jens@example.dk>\nSendt: 3. maj 2026 10:12\nTil: Support';
    expect(outlook.slice(0, activeText(outlook).end).trim()).toBe('Jeg undersøger det.');
    const outlookName = 'Jeg undersøger det.\n\nFra: Jens Hansen\nSendt: 3. maj 2026 10:12';
    expect(outlookName.slice(0, activeText(outlookName).end).trim()).toBe('Jeg undersøger det.\n\nFra: Jens Hansen');
    const original = 'Tak, det er modtaget.\n\n-----Oprindelig meddelelse-----\nHej, her er billedet.';
    expect(original.slice(0, activeText(original).end).trim()).toBe('Tak, det er modtaget.');
    const sent = 'Tak, det virker nu.\nSendt fra min iPhone';
    expect(sent.slice(0, activeText(sent).end).trim()).toBe('Tak, det virker nu.');
    const signed = 'Tjek venligst din indbakke.\n\nMvh\nAnna';
    expect(signed.slice(0, activeText(signed).end).trim()).toBe('Tjek venligst din indbakke.');
    const greeting = 'Tjek venligst din indbakke.\n\nHilsen Anna\nKundeservice';
    expect(greeting.slice(0, activeText(greeting).end).trim()).toBe('Tjek venligst din indbakke.');
  });

  it('keeps an Italian "Fra:" line and a Polish "Tak." that are not headers or closings', () => {
    const italian = 'Ecco le date disponibili.\nFra: lunedì e venerdì, dalle 9 alle 18.';
    expect(activeText(italian).end).toBe(italian.length);
    const polish = 'Czy mogę zmienić adres?\nTak.\nDziękuję';
    expect(polish.slice(0, activeText(polish).end)).toContain('Tak.');
  });
});
