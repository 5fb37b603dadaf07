import { describe, expect, it } from 'vitest';
import { situationCalls } from '../../../test/support/situations';
import { testCatalogue, testValue } from '../../../test/support/catalogues';
import { mainBehaviours, readsAs as reads } from '../../../test/support/behaviour-readings';
import { BEHAVIOURS, REPLY_PATTERNS, type Behaviour } from './behaviours';
import { activeText } from './clean';
import { SV_DESCRIBE, SV_REPLY } from './patterns-sv';
import { foldText, hostility, readBehaviours } from './reply-reading';

// Replies and values written for these tests, none from a ticket.
const SWEDISH: [Behaviour, string][] = [
  ['apologise', 'Vi ber om ursäkt för förseningen av din beställning.'],
  ['acknowledge', 'Jag förstår hur frustrerande det är att vänta så länge på lönen.'],
  ['commit-time', 'Jag skickar det nya kortet till dig senast på fredag.'],
  ['follow-up', 'Så snart jag vet mer återkommer jag till dig.'],
  ['follow-up', 'I morgon ringer jag dig med beskedet.'],
  ['own-it', 'Jag har skickat en ny försändelse och återbetalat fraktkostnaden; du behöver inte göra något.'],
  ['own-mistake', 'Det var vårt misstag: vi använde en gammal adress.'],
  ['explain-cause', 'Betalningen gick inte igenom eftersom ditt kort gick ut i mars.'],
  ['straight-talk', 'Ärligt talat kommer vi inte att kunna leverera den funktionen i år.'],
  ['teach', 'Nästa gång kan du ändra adressen själv under din profil.'],
  ['options', 'Om du hellre inte vill vänta finns det ett annat sätt: vi hämtar paketet hos dig.'],
  ['proactive', 'För säkerhets skull har jag också gått igenom dina andra bokningar.'],
  ['beyond', 'Som en liten gest har vi lagt in ett tillgodohavande på ditt konto.'],
  ['handover', 'Jag har skickat vidare ditt ärende med all information till min kollega på ekonomiavdelningen.'],
  ['protect', 'Av säkerhetsskäl har vi spärrat ditt konto tillfälligt och återställt ditt lösenord.'],
  ['plain-short', 'Kort sagt: ditt abonnemang fortsätter som vanligt.'],
  ['celebrate', 'Grattis till öppningen av er nya butik!'],
  ['act-fast', 'Jag tog tag i ditt ärende med en gång och löste det genast.'],
  ['accuracy', 'Jag har kontrollerat alla belopp på fakturan och jämfört dem med ditt avtal.'],
  ['improve', 'Tack för ditt förslag; vårt produktteam tittar på det.'],
  ['reassure', 'Oroa dig inte: ingenting har gått förlorat.'],
  ['fair-policy', 'Enligt våra villkor har du rätt till full återbetalning.'],
  ['de-escalate', 'Jag förstår din frustration, och jag tar inte illa upp; låt oss börja om.'],
  ['safeguard', 'Om du känner dig i fara, ring 112 eller kontakta polisen.'],
];

describe('Swedish replies read as what they do', () => {
  it.each(SWEDISH)('%s: %s', (behaviour, reply) => {
    expect(reads(reply, behaviour)).toBe(true);
  });

  it('covers every behaviour', () => {
    expect(new Set(SWEDISH.map(([b]) => b))).toEqual(new Set(BEHAVIOURS));
  });

  it('reads å, ä, ö typed as a, a, o the same', () => {
    expect(reads('Det var vart misstag, forlat.', 'own-mistake')).toBe(true);
    expect(reads('Det var vårt misstag, förlåt.', 'own-mistake')).toBe(true);
  });

  it('reads "du har rätt till" as an entitlement, not as owning a mistake', () => {
    const shown = (reply: string) => readBehaviours(reply).map((h) => h.behaviour);
    expect(shown('Du har rätt till en ny vara.')).toContain('fair-policy');
    expect(shown('Du har rätt till en ny vara.')).not.toContain('own-mistake');
    expect(shown('Du har helt rätt, det blev fel.')).toContain('own-mistake');
  });

  it('reads a time only as a promise when the writer commits to it, in Swedish word order too', () => {
    const weight = (reply: string) => readBehaviours(reply).find((h) => h.behaviour === 'commit-time')?.weight;
    expect(weight('Jag skickar bekräftelsen senast kl. 14 i dag.')).toBe(1.5);
    expect(weight('I morgon bitti ringer jag dig.')).toBe(1.5);
    expect(weight('Butiken har öppet fram till senast kl. 18.')).toBe(0.4);
  });

  it('reads numbered steps (steg) and interface instructions as teaching', () => {
    const steps = (reply: string) => readBehaviours(reply).find((h) => h.behaviour === 'teach' && h.weight === 1.5);
    expect(steps('Så här gör du:\nSteg 1 öppna appen\nSteg 2 välj Profil')).toBeDefined();
    expect(readBehaviours('Gå till Inställningar och klicka på Spara.').some((h) => h.behaviour === 'teach')).toBe(true);
  });

  it('reads amounts in kronor as the customer’s own figures, and a bare "Nej." as a straight answer', () => {
    expect(readBehaviours('Fakturan är på 1 250 kr inklusive moms.', undefined, 1).some((h) => h.behaviour === 'explain-cause')).toBe(true);
    expect(readBehaviours('Nej. Avgiften går inte att återbetala efter 30 dagar.').some((h) => h.behaviour === 'straight-talk')).toBe(true);
  });
});

describe('Swedish alternatives stay out of other languages', () => {
  // Words a Swedish alternative could catch in the other languages we read (after folding).
  const others = [
    'The shop is open till 10:00 and the hot deal ends Friday; polish the report, nobody is a loser.',
    'Hurra! Der Regler ist direkt ersetzt, akut war nichts, den Rabatt gibt es gratis und ständig.',
    'Het bedrag op de polissen klopt; enkele details volgen morgen om 10 uur.',
    'Li farem el canvi i farà el que cal; la fira és dilluns.',
    'È una bara d’oro, farà tutto lui; la losa está rota.',
    'Złamana noga, 10 sek. czekania, a potem rak.',
  ];
  it.each(others)('%s', (text) => {
    const folded = foldText(text);
    for (const b of BEHAVIOURS) expect(new RegExp(`\\b(${SV_REPLY[b]})`, 'u').test(folded), b).toBe(false);
  });

  it('its describing stems stay out of English, German and Dutch value text', () => {
    for (const text of [
      'We keep calm under pressure and polish every reply; no loser, no scam.',
      'Wir sind ständig erreichbar und ändern den Regler sofort, artig und korrekt.',
      'Enkele klanten krijgen het bedrag terug op hun polis.',
    ]) {
      const folded = foldText(text);
      for (const b of BEHAVIOURS) expect(new RegExp(`\\b(${SV_DESCRIBE[b]})`, 'u').test(folded), `${b}: ${text}`).toBe(false);
    }
  });
});

describe('what a Swedish customer message calls for', () => {
  it.each([
    ['Mitt konto har blivit hackat och någon har loggat in i natt.', 'protect'],
    ['Hur ändrar jag min leveransadress?', 'teach'],
    ['Jag väntar fortfarande på svar, det här är tredje gången jag skriver.', 'own-it'],
    ['Varför har ni dragit pengar två gånger?', 'explain-cause'],
    ['Ni har dragit pengar två gånger från mitt kort.', 'accuracy'],
    ['Jag är så besviken och orolig, hyran ska betalas i morgon.', 'acknowledge'],
  ])('%s → %s', (message, behaviour) => {
    expect(situationCalls(message)).toContain(behaviour);
  });
});

describe('hostility in Swedish', () => {
  it('reads contempt and threats to leave', () => {
    expect(hostility('Det här är skandalöst, jag säger upp mitt abonnemang!!')).toBe(1);
    expect(hostility('Hej, kan ni titta på min faktura? Tack på förhand.')).toBe(0);
  });
});

describe('a catalogue written in Swedish maps onto behaviours', () => {
  const topBehaviour = (values: ReturnType<typeof testValue>[]) => mainBehaviours(testCatalogue(values));
  it('each value onto what its text names', () => {
    expect(
      topBehaviour([
        testValue('rak', 'Raka besked', 'Vi säger sanningen, utan finstilt och utan överraskningar.'),
        testValue('trygg', 'Säkert hos oss', 'Vi skyddar varje kunds personuppgifter och konto.'),
        testValue('lofte', 'Vi håller det vi lovar', 'Vi ger ett löfte om tid och håller det.'),
        testValue('steget', 'Steget före', 'Vi förebygger nästa problem innan kunden ser det.'),
        testValue('misstag', 'Vi erkänner våra misstag', 'När vi gör fel säger vi det först.'),
      ]),
    ).toEqual(['straight-talk', 'protect', 'commit-time', 'proactive', 'own-mistake']);
  });
});

describe('activeText in Swedish', () => {
  it('stops at a quoted earlier message and at the signature', () => {
    const gmail =
      'Paketet skickades i dag.\n\nMed vänliga hälsningar,\nEva\nKundtjänst\n\nDen 3 maj 2026 kl. 10:12 skrev Jan <jan@example.se>:\n> Var är mitt paket?';
    expect(gmail.slice(0, activeText(gmail).end).trim()).toBe('Paketet skickades i dag.');
    const quoted = 'Jag kollar upp det.\n\nDen tis 3 maj 2026 kl 10:12 skrev Jan Svensson <jan@example.se>:\n> Det fungerar inte';
    expect(quoted.slice(0, activeText(quoted).end).trim()).toBe('Jag kollar upp det.');
    const outlook = 'Jag kollar upp det.\n\nFrån: Jan Svensson\nSkickat: den 3 maj 2026';
    expect(outlook.slice(0, activeText(outlook).end).trim()).toBe('Jag kollar upp det.');
    const sent = 'Tack, det fungerar nu.\nSkickat från min iPhone';
    expect(sent.slice(0, activeText(sent).end).trim()).toBe('Tack, det fungerar nu.');
    const signed = 'Vänligen kontrollera din inkorg.\n\nMvh\nAnna';
    expect(signed.slice(0, activeText(signed).end).trim()).toBe('Vänligen kontrollera din inkorg.');
  });

  it('keeps a sentence that only mentions what someone wrote', () => {
    const body = 'Du skrev att paketet saknas: jag har kollat med lagret.\nDet kommer i morgon.';
    expect(activeText(body).end).toBe(body.length);
  });
});

describe('the other languages are untouched', () => {
  it('an English reply reads as before', () => {
    expect(REPLY_PATTERNS.apologise.test('so sorry about that')).toBe(true);
    expect(REPLY_PATTERNS['commit-time'].test('we are open till 10:00')).toBe(false);
    expect(REPLY_PATTERNS.celebrate.test(foldText('hurra, der regler läuft'))).toBe(false);
  });
});
