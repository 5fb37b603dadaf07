import { describe, expect, it } from 'vitest';
import { situationCalls } from '../../../test/support/situations';
import { BEHAVIOURS, REPLY_PATTERNS, type Behaviour } from './behaviours';
import { CA_DESCRIBE, CA_REPLY } from './patterns-ca';
import { foldText, hostility, readBehaviours } from './reply-reading';
import { testCatalogue, testValue } from '../../../test/support/catalogues';
import { mainBehaviours, readsAs as reads } from '../../../test/support/behaviour-readings';

// Replies and values written for these tests (ADR 0130), none from a dev ticket.
const CATALAN: [Behaviour, string][] = [
  ['apologise', 'Ens sap molt greu el retard amb la seva comanda.'],
  ['acknowledge', 'Entenc que és molt frustrant esperar tant la nòmina.'],
  ['commit-time', 'Li enviarem la targeta nova abans de divendres.'],
  ['follow-up', 'Quan tingui la resposta del departament, li faré saber.'],
  ['own-it', 'He anul·lat el càrrec duplicat i he sol·licitat el reemborsament; no cal que faci res.'],
  ['own-mistake', "Va ser un error nostre: vam fer servir l'adreça antiga."],
  ['explain-cause', 'El pagament es va rebutjar a causa de la caducitat de la targeta.'],
  ['straight-talk', 'Malauradament, no podem retornar la comissió d’aquest mes.'],
  ['teach', 'La propera vegada ho podrà canviar vostè mateix des del seu perfil.'],
  ['options', 'Si ho prefereix, en lloc del reemborsament li podem enviar un producte nou.'],
  ['proactive', 'També he revisat les altres reserves per evitar que us torni a passar.'],
  ['beyond', 'Com a cortesia, li hem retornat la quota sense cap cost.'],
  ['handover', 'He traslladat el seu cas a la meva companya del departament de préstecs.'],
  ['protect', 'Per la seva seguretat, hem canviat la contrasenya; mai li demanarem el PIN.'],
  ['plain-short', 'En resum: la seva subscripció continua igual.'],
  ['celebrate', "Felicitats per l'obertura de la botiga nova!"],
  ['act-fast', 'He tramitat la seva sol·licitud de seguida i amb prioritat.'],
  ['accuracy', "He comprovat cada línia de la factura i he recalculat l'IVA."],
  ['improve', "Gràcies pel suggeriment; l'hem passat a l'equip de producte."],
  ['reassure', 'No es preocupi: els seus estalvis estan protegits.'],
  ['fair-policy', 'Segons les condicions del contracte, té dret a un reemborsament complet.'],
  ['de-escalate', 'Entenc el seu enuig, i cap ofensa: comencem de nou.'],
  ['safeguard', 'Si et sents en perill, truca al 112 o parla amb un adult de confiança.'],
];

describe('Catalan replies read as what they do', () => {
  it.each(CATALAN)('%s: %s', (behaviour, reply) => {
    expect(reads(reply, behaviour)).toBe(true);
  });

  it('covers every behaviour', () => {
    expect(new Set(CATALAN.map(([b]) => b))).toEqual(new Set(BEHAVIOURS));
  });

  it('reads "perquè" as a cause only where it is one, not where it means "so that"', () => {
    const cause = (reply: string) => readBehaviours(reply).some((h) => h.behaviour === 'explain-cause');
    expect(cause('No va funcionar, i és perquè la targeta havia caducat.')).toBe(true);
    expect(cause("L'he trucat perquè no hagi d'esperar més.")).toBe(false);
  });

  it('reads a time only as a promise when the writer commits to it', () => {
    const weight = (reply: string) => readBehaviours(reply).find((h) => h.behaviour === 'commit-time')?.weight;
    expect(weight('Li enviarem la confirmació abans de les 12.')).toBe(1.5);
    expect(weight("L'oficina tanca abans de les 14 h.")).toBe(0.4);
  });

  it('reads numbered steps (pas) and interface instructions as teaching', () => {
    expect(readBehaviours("Pas 1 obre l'app\nPas 2 ves a Perfil").some((h) => h.behaviour === 'teach' && h.weight === 1.5)).toBe(true);
    expect(readBehaviours('Ves a Configuració i fes clic a Desa.').some((h) => h.behaviour === 'teach')).toBe(true);
  });
});

describe('Catalan alternatives stay out of other languages', () => {
  // Words a Catalan stem would catch in English, German and the other languages we read.
  const others = [
    'The fare is curt and just fine; we equip every proper team. Premium plans are here.',
    'Sehr geehrte Frau Keller, wir haben Ihre Rechnung geprüft.',
    'Hola, el pedido salió ayer; la tienda está en la plaza.',
    'Nous avons reçu votre colis et votre message.',
  ];
  it.each(others)('%s', (text) => {
    const folded = foldText(text);
    for (const b of BEHAVIOURS) expect(new RegExp(`\\b(${CA_REPLY[b]})`, 'u').test(folded), b).toBe(false);
  });

  it('its describing stems stay out of English value text', () => {
    const folded = foldText('We equip agents to be proper and just, never curt; the fare stays fair.');
    for (const b of BEHAVIOURS) expect(new RegExp(`\\b(${CA_DESCRIBE[b]})`, 'u').test(folded), b).toBe(false);
  });
});

describe('what a Catalan customer message calls for', () => {
  const calls = situationCalls;
  it.each([
    ["M'han hackejat el compte i algú ha fet una transferència.", 'protect'],
    ['Com puc canviar la meva adreça?', 'teach'],
    ['Encara estic esperant una resposta i ningú em diu res.', 'own-it'],
    ['Per què m’heu cobrat dues vegades?', 'explain-cause'],
    ['Estic desesperada, demà he de pagar el lloguer.', 'acknowledge'],
  ])('%s → %s', (message, behaviour) => {
    expect(calls(message)).toContain(behaviour);
  });
});

describe('hostility in Catalan', () => {
  it('reads contempt and threats to leave', () => {
    expect(hostility('És una vergonya, em donaré de baixa demà mateix!!')).toBe(1);
    expect(hostility('Bon dia, em podeu revisar la factura, si us plau?')).toBe(0);
  });
});

describe('a catalogue written in Catalan maps onto behaviours', () => {
  const topBehaviour = (values: ReturnType<typeof testValue>[]) => mainBehaviours(testCatalogue(values));
  it('each value onto what its text names', () => {
    expect(
      topBehaviour([
        testValue('clar', 'Parlar clar', 'Diem la veritat, sense embuts ni lletra petita.'),
        testValue('teu', 'Protegim el que és teu', 'Protegim les dades i els diners de cada client.'),
        testValue('avancem', 'Ens avancem', 'Volem prevenir el problema següent abans que el client el vegi.'),
        testValue('errors', 'Reconeixem els errors', "Quan ens equivoquem, admetem l'error els primers."),
      ]),
    ).toEqual(['straight-talk', 'protect', 'proactive', 'own-mistake']);
  });
});

describe('the other languages are untouched', () => {
  it('a German or English reply reads as before', () => {
    expect(REPLY_PATTERNS.protect.test(foldText('sehr geehrte frau berger, mein beileid'))).toBe(false);
    expect(REPLY_PATTERNS.apologise.test('so sorry about that')).toBe(true);
  });
});
