import { describe, expect, it } from 'vitest';
import { readsAs as reads } from '../../../test/support/behaviour-readings';
import { BEHAVIOURS, DESCRIBE_PATTERNS, REPLY_PATTERNS, replyPatternsFor, situationPatternsFor, type Behaviour } from './behaviours';
import { detectLanguage } from './language';
import { DA_START } from './patterns-da';
import { NB_CONTEMPT, NB_DESCRIBE, NB_REPLY, NB_SITUATION, NB_THREAT } from './patterns-nb';
import { foldText, hostility, languageSample, readBehaviours, sentencesOf } from './reply-reading';

// Replies written for these tests in Norwegian (Bokmål), none from a ticket. Each is read as Danish (ADR 0195); a single
// sentence with one shared function word is too little to tell a language by, so some close as replies do.
const NORWEGIAN: [Behaviour, string][] = [
  ['apologise', 'Vi ber om unnskyldning for forsinkelsen, og pakken er nå på vei til deg. Gi meg beskjed hvis det er noe mer.'],
  ['acknowledge', 'Det høres virkelig frustrerende ut, og jeg skjønner godt at du er lei av å vente.'],
  ['commit-time', 'Jeg sender deg det nye kortet innen fredag, og du får en e-post når det er sendt.'],
  ['follow-up', 'Så snart jeg vet mer, tar jeg kontakt med deg igjen.'],
  ['own-it', 'Jeg har kansellert den doble ordren og refundert beløpet; du trenger ikke å gjøre noe mer.'],
  ['own-mistake', 'Dette var vår feil: vi brukte en gammel adresse, og det beklager jeg.'],
  ['explain-cause', 'Betalingen gikk ikke gjennom på grunn av at kortet ditt utløp i mars.'],
  ['straight-talk', 'Dessverre kan vi ikke levere den funksjonen i år, og det vil jeg ikke love.'],
  ['teach', 'Neste gang kan du selv endre adressen under profilen din, steg for steg i appen. Gi meg beskjed hvis det er noe mer.'],
  ['options', 'Hvis du heller vil slippe å vente, finnes det en annen løsning: vi henter pakken hos deg.'],
  ['proactive', 'For sikkerhets skyld har jeg i tillegg gått gjennom de andre bestillingene dine. Gi meg beskjed hvis det er noe mer.'],
  ['beyond', 'Som en liten gest har vi lagt inn en rabattkode på kontoen din, helt uten kostnad. Gi meg beskjed hvis det er noe mer.'],
  ['handover', 'Jeg har overført saken med all informasjonen til min kollega i økonomiavdelingen, og hun kontakter deg.'],
  [
    'protect',
    'Av sikkerhetshensyn har vi sperret kontoen din og tilbakestilt passordet, så ingen andre kan logge inn. Gi meg beskjed hvis det er noe mer.',
  ],
  ['plain-short', 'Oppsummert: abonnementet ditt fortsetter som før, og du trenger ikke gjøre noe.'],
  [
    'celebrate',
    'Gratulerer med åpningen av den nye butikken! Så hyggelig å høre, og lykke til videre. Gi meg beskjed hvis det er noe mer.',
  ],
  ['act-fast', 'Jeg tok tak i saken din med en gang og løste den umiddelbart, så du slipper å vente.'],
  ['accuracy', 'Jeg har dobbeltsjekket alle beløpene på fakturaen og sammenlignet dem med avtalen din, og de stemmer.'],
  ['improve', 'Takk for innspillet; jeg har sendt det videre til utviklerne våre, og vi tar det med oss videre.'],
  ['reassure', 'Du trenger ikke å bekymre deg: ingenting har gått tapt, og filene dine ligger helt trygt hos oss.'],
  [
    'fair-policy',
    'Ifølge vilkårene våre har du rett på full refusjon, og det gjelder for alle kunder. Gi meg beskjed hvis det er noe mer.',
  ],
  ['de-escalate', 'Jeg forstår godt frustrasjonen din, og jeg tar det ikke personlig; la oss begynne på nytt.'],
  ['safeguard', 'Hvis du føler deg i fare, ring 112 med en gang, så hjelper jeg deg videre etterpå.'],
];

const languageOf = (text: string) => detectLanguage(languageSample(sentencesOf(text)));

describe('Norwegian replies, read as Danish, read as what they do', () => {
  it.each(NORWEGIAN)('%s: %s', (behaviour, reply) => {
    expect(languageOf(reply)).toBe('da');
    expect(reads(reply, behaviour)).toBe(true);
  });

  it('covers every behaviour', () => {
    expect(new Set(NORWEGIAN.map(([b]) => b))).toEqual(new Set(BEHAVIOURS));
  });

  it('reads "dessverre", "deg" and "feil" where only the Danish spellings were read before', () => {
    const shown = (reply: string) => readBehaviours(reply).map((h) => h.behaviour);
    expect(shown('Det er dessverre ikke mulig å endre bestillingen nå, og det kan jeg ikke love.')).toContain('straight-talk');
    expect(shown('Vi holder deg oppdatert og gir deg beskjed så snart pakken er sendt.')).toContain('follow-up');
    expect(shown('Du har helt rett, dette var vår feil, og det skulle aldri ha skjedd.')).toContain('own-mistake');
  });

  it('reads "du har rett på" as an entitlement, not as owning a mistake', () => {
    const shown = (reply: string) => readBehaviours(reply).map((h) => h.behaviour);
    expect(shown('Du har rett på en ny vare, og jeg sender den i dag.')).toContain('fair-policy');
    expect(shown('Du har rett på en ny vare, og jeg sender den i dag.')).not.toContain('own-mistake');
  });

  it('reads numbered steps (trinn), instructions and kroner (NOK) in Norwegian', () => {
    const steps = (reply: string) => readBehaviours(reply).find((h) => h.behaviour === 'teach' && h.weight === 1.5);
    expect(steps('Slik gjør du det, hvis du vil endre det:\nTrinn 1 åpne appen\nTrinn 2 velg Profil og lagre')).toBeDefined();
    const figures = (reply: string) => readBehaviours(reply, undefined, 1).some((h) => h.behaviour === 'explain-cause');
    expect(figures('Fakturaen er på 1 250 NOK inkludert mva., og den er ikke betalt ennå, dessverre.')).toBe(true);
  });

  it('reads a hostile Norwegian customer as hostile', () => {
    expect(hostility(foldText('Dette er et drittselskap og helt uakseptabelt. Jeg sier opp mitt abonnement i dag.'))).toBeGreaterThan(0);
  });
});

describe('Norwegian alternatives stay where the Danish ones are', () => {
  it('are joined to the Danish reply and situation patterns, not to those every language reads', () => {
    for (const [b, source] of Object.entries(NB_REPLY) as [Behaviour, string][]) {
      expect(REPLY_PATTERNS[b].source, b).not.toContain(source);
      expect(replyPatternsFor('da')[b].source, b).toContain(source);
    }
    for (const [b, source] of Object.entries(NB_SITUATION) as [Behaviour, string][]) {
      expect(situationPatternsFor('da')[b]?.source, b).toContain(source);
      expect(situationPatternsFor('sv')[b]?.source ?? '', b).not.toContain(source);
    }
    for (const [b, source] of Object.entries(NB_DESCRIBE) as [Behaviour, string][])
      expect(DESCRIBE_PATTERNS[b].source, b).toContain(source);
  });

  // Text of the other languages we read with words a Norwegian alternative could catch after folding. None of them would
  // match a Norwegian reply or situation pattern, were it read.
  const others = [
    'We are sorry, mate; the shop is open till 10:00 and the barn will be painted; Sint-Niklaas is on Monday.',
    'Ich helfe Ihnen gerne weiter: der Drittanbieter hat die Rechnung schon bezahlt, mit Respekt und Geduld.',
    'Hij erkende de fout; de afdeling heeft het bedrag overgemaakt en de apen in de dierentuin zijn gezond.',
    'Vi visar omsorg och är snabba; jag återkommer så snart jag vet mer, och det var rätt.',
  ];
  it.each(others)('%s', (text) => {
    const folded = foldText(text);
    for (const b of BEHAVIOURS) {
      const reply = NB_REPLY[b];
      if (reply) expect(new RegExp(`${DA_START}(${reply})`, 'u').test(folded), `reply ${b}`).toBe(false);
      const situation = NB_SITUATION[b];
      if (situation) expect(new RegExp(`${DA_START}(${situation})`, 'u').test(folded), `situation ${b}`).toBe(false);
    }
    expect(detectLanguage(folded)).not.toBe('da');
  });

  it('its describing stems stay out of English, German, Dutch and Swedish value text', () => {
    for (const text of [
      'We respect every customer, keep our barn tidy and work as a team; our mates find the opportunity.',
      'Wir handeln mit Respekt, präzise und schnell, und Mobbing hat bei uns keinen Platz.',
      'Wij zijn precies, behulpzaam en eerlijk; Sint-Maarten viert feest met de hele afdeling.',
      'Vi visar omtanke, är trygga och snabba, och tar ansvar för helheten.',
    ]) {
      const folded = foldText(text);
      for (const b of BEHAVIOURS) {
        const stems = NB_DESCRIBE[b];
        if (stems) expect(new RegExp(`${DA_START}(${stems})`, 'u').test(folded), `${b}: ${text}`).toBe(false);
      }
    }
  });

  it('its contempt and threat words stay out of English, German, Dutch and Swedish', () => {
    const words = new RegExp(`(?<![a-z])(${NB_CONTEMPT}|${NB_THREAT})(?![a-z])`, 'u');
    for (const text of [
      'The third drill of the clowns was a scandal; I am switching supplier.',
      'Der dritte Anbieter ist ein Skandal, ich wechsle den Lieferanten.',
      'Dit is een schandaal, ik zeg mijn abonnement op en stap over naar een andere leverancier.',
      'Det här är skandalöst, jag byter leverantör och säger upp mitt abonnemang.',
    ])
      expect(words.test(foldText(text)), text).toBe(false);
  });
});
