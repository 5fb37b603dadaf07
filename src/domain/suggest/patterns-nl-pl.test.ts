import { describe, expect, it } from 'vitest';
import { situationCalls } from '../../../test/support/situations';
import type { Catalogue, CatalogueValue } from '../catalogue/types';
import { BEHAVIOURS, REPLY_PATTERNS, type Behaviour } from './behaviours';
import { NL_PL_DESCRIBE, NL_PL_REPLY } from './patterns-nl-pl';
import { hostility, readBehaviours } from './reply-reading';
import { mainBehaviours, readsAs as reads } from '../../../test/support/behaviour-readings';

// Replies and values written for these tests (ADR 0116), none from a dev ticket.
const DUTCH: [Behaviour, string][] = [
  ['apologise', 'Onze excuses voor het ongemak, dit had zo niet moeten lopen.'],
  ['acknowledge', 'Ik begrijp goed hoe vervelend het is om zo lang op uw salaris te wachten.'],
  ['commit-time', 'Ik zorg ervoor dat het geld uiterlijk vrijdag op uw rekening staat.'],
  ['follow-up', 'Zodra ik meer weet, laat ik het u weten.'],
  ['follow-up', 'Morgen bel ik u terug met de uitkomst.'],
  ['own-it', 'Ik heb uw bestelling opnieuw verstuurd en de verzendkosten teruggestort; u hoeft zelf niets te doen.'],
  ['own-mistake', 'Dat is onze fout: we hebben het verkeerde adres gebruikt.'],
  ['explain-cause', 'De betaling is mislukt omdat uw kaart in maart is verlopen.'],
  ['straight-talk', 'Eerlijk gezegd kunnen we deze functie dit jaar niet leveren.'],
  ['teach', 'De volgende keer kunt u dit zelf aanpassen in uw profiel.'],
  ['options', 'Als u liever niet wacht, is er ook een andere optie: we halen het pakket bij u op.'],
  ['proactive', 'Voor de zekerheid heb ik ook uw andere boekingen nagekeken.'],
  ['beyond', 'Als gebaar van goede wil hebben we een tegoed van €20 op uw account gezet.'],
  ['handover', 'Ik heb uw vraag met alle details doorgestuurd naar mijn collega van de financiële afdeling.'],
  ['protect', 'Om veiligheidsredenen hebben we uw account tijdelijk geblokkeerd en uw wachtwoord gereset.'],
  ['plain-short', 'Kortom: uw abonnement loopt gewoon door.'],
  ['celebrate', 'Gefeliciteerd met de opening van jullie nieuwe winkel!'],
  ['act-fast', 'Ik heb uw melding meteen met de hoogste prioriteit opgepakt.'],
  ['accuracy', 'Ik heb alle bedragen op uw factuur nagerekend en vergeleken met uw contract.'],
  ['improve', 'Bedankt voor uw suggestie; ik heb die doorgegeven aan ons productteam.'],
  ['reassure', 'Maakt u zich geen zorgen: er gaat niets verloren.'],
  ['fair-policy', 'Volgens onze voorwaarden heeft u recht op een volledige terugbetaling.'],
  ['de-escalate', 'Ik begrijp uw frustratie; laten we opnieuw beginnen.'],
  ['safeguard', 'Voelt u zich in gevaar, bel dan meteen het alarmnummer of de politie.'],
];

const POLISH: [Behaviour, string][] = [
  ['apologise', 'Bardzo przepraszamy za opóźnienie w realizacji zamówienia.'],
  ['acknowledge', 'Rozumiem, jak stresująca jest taka sytuacja tuż przed wypłatą.'],
  ['commit-time', 'Sprawdzę to i odezwę się do Pani do jutra do godziny 12.'],
  ['follow-up', 'Będę Pana informować na bieżąco o postępach.'],
  ['own-it', 'Wysłałam już nową kartę i anulowałam poprzednią, nie musi Pani nic robić.'],
  ['own-mistake', 'To był nasz błąd: pomyliliśmy się przy naliczaniu opłaty.'],
  ['explain-cause', 'Płatność została odrzucona, ponieważ karta wygasła w marcu.'],
  ['straight-talk', 'Niestety nie możemy zwrócić opłaty za ten miesiąc.'],
  ['teach', 'Następnym razem może Pan zmienić adres samodzielnie w ustawieniach konta.'],
  ['options', 'Jeśli Pani woli, zamiast zwrotu możemy wysłać nowy egzemplarz.'],
  ['proactive', 'Przy okazji sprawdziłem też pozostałe rezerwacje, aby uniknąć podobnych problemów.'],
  ['beyond', 'W ramach przeprosin dodaliśmy do konta bezpłatny miesiąc subskrypcji.'],
  ['handover', 'Przekazałem sprawę naszemu specjaliście ds. rozliczeń wraz z całą historią.'],
  ['protect', 'Ze względów bezpieczeństwa zablokowaliśmy kartę i prosimy o zmianę hasła.'],
  ['plain-short', 'Krótko mówiąc: subskrypcja działa dalej bez zmian.'],
  ['celebrate', 'Gratulacje z okazji otwarcia nowego sklepu!'],
  ['act-fast', 'Zgłoszenie zostało natychmiast przekazane z najwyższym priorytetem.'],
  ['accuracy', 'Sprawdziłam dokładnie każdą pozycję na fakturze i przeliczyłam podatek.'],
  ['improve', 'Dziękujemy za sugestię, zespół pracuje już nad ulepszeniami.'],
  ['reassure', 'Proszę się nie martwić, wszystkie dane są bezpieczne.'],
  ['fair-policy', 'Zgodnie z regulaminem przysługuje Panu pełny zwrot kosztów.'],
  ['de-escalate', 'Rozumiem Pana frustrację i nie biorę tego do siebie.'],
  ['safeguard', 'Jeśli czujesz się w niebezpieczeństwie, zadzwoń na numer alarmowy albo na policję.'],
];

describe('Dutch and Polish replies read as what they do', () => {
  it.each([...DUTCH.map(([b, r]) => ['nl', b, r]), ...POLISH.map(([b, r]) => ['pl', b, r])])('%s %s: %s', (_lang, behaviour, reply) => {
    expect(reads(reply, behaviour as Behaviour)).toBe(true);
  });

  it('covers every behaviour in both languages', () => {
    for (const list of [DUTCH, POLISH]) expect(new Set(list.map(([b]) => b))).toEqual(new Set(BEHAVIOURS));
  });

  it('reads Polish typed without Polish letters as with them', () => {
    expect(reads('To byl nasz blad, przepraszam.', 'own-mistake')).toBe(true);
    expect(reads('To był nasz błąd, przepraszam.', 'own-mistake')).toBe(true);
  });

  it('reads a time only as a promise when the writer commits to it, in Dutch word order too', () => {
    const weight = (reply: string) => readBehaviours(reply).find((h) => h.behaviour === 'commit-time')?.weight;
    expect(weight('Morgen stuur ik u uiterlijk om 10:00 een bevestiging.')).toBe(1.5);
    expect(weight('Wyślę potwierdzenie najpóźniej jutro rano.')).toBe(1.5);
    expect(weight('De winkel is open tot uiterlijk 18:00.')).toBe(0.4);
  });

  it('reads numbered steps (stap, krok) and interface instructions as teaching', () => {
    const steps = (reply: string) => readBehaviours(reply).find((h) => h.behaviour === 'teach' && h.weight === 1.5);
    expect(steps('Zo werkt het:\nStap 1 open de app\nStap 2 kies Profiel')).toBeDefined();
    expect(steps('Krok 1 zaloguj się\nKrok 2 otwórz profil')).toBeDefined();
    expect(readBehaviours('Ga naar Instellingen en klik op Opslaan.').some((h) => h.behaviour === 'teach')).toBe(true);
    expect(readBehaviours('Kliknij Zapisz w ustawieniach konta.').some((h) => h.behaviour === 'teach')).toBe(true);
  });

  it('reads złoty amounts as the customer’s own figures', () => {
    expect(readBehaviours('Faktura wynosi 120,50 zł brutto.', undefined, 1).some((h) => h.behaviour === 'explain-cause')).toBe(true);
  });
});

describe('Dutch and Polish alternatives stay out of other languages', () => {
  // Words a Dutch or Polish stem would catch in English and the other languages we read.
  const others = [
    'You can pay by direct debit, and a specialist will see the voucher next week.',
    'No hassle: the chronic issue with regular payments is gone. Thanks, Bo!',
    'Hola, el pedido salió ayer; la tienda está en la plaza.',
    'Die Rechnung liegt im Kundenkonto, wir haben den Rabatt abgezogen.',
    'Nous avons reçu votre cadeau et votre message.',
  ];
  it.each(others)('%s', (text) => {
    const folded = text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
    for (const b of BEHAVIOURS) expect(new RegExp(`\\b(${NL_PL_REPLY[b]})`, 'u').test(folded), b).toBe(false);
  });
});

describe('Dutch and Polish describe stems stay out of English value text', () => {
  it.each([
    'We continue to monitor regular KPIs and lessen the chronic backlog.',
    'Give extra care to terminal users; hassle-free and direct.',
    'Vier Wochen Kulanz, einfach und klar.',
  ])('%s', (text) => {
    const folded = text.toLowerCase();
    for (const b of BEHAVIOURS) expect(new RegExp(`\\b(${NL_PL_DESCRIBE[b]})`, 'u').test(folded), b).toBe(false);
  });
});

describe('what a Dutch or Polish customer message calls for', () => {
  const calls = situationCalls;
  it.each([
    ['Mijn account is gehackt: iemand heeft vannacht ingelogd vanuit het buitenland.', 'protect'],
    ['Hoe kan ik mijn factuuradres wijzigen?', 'teach'],
    ['Ik wacht nog steeds op antwoord, dit is al de derde keer dat ik mail.', 'own-it'],
    ['Waarom is er twee keer afgeschreven?', 'accuracy'],
    ['Moje konto zostało zhakowane, ktoś się zalogował w nocy.', 'protect'],
    ['Dlaczego pobrano opłatę dwa razy?', 'explain-cause'],
    ['Nadal czekam na odpowiedź, piszę już po raz trzeci.', 'own-it'],
    ['Jestem zrozpaczona, jutro mam termin płatności czynszu.', 'acknowledge'],
  ])('%s → %s', (message, behaviour) => {
    expect(calls(message)).toContain(behaviour);
  });
});

describe('hostility in Dutch and Polish', () => {
  it('reads contempt and threats to leave', () => {
    expect(hostility('Dit is echt belachelijk, ik ga mijn abonnement opzeggen!!')).toBe(1);
    expect(hostility('To jest skandaliczne, rezygnuję z waszych usług.')).toBe(1);
    expect(hostility('Goedemorgen, mijn factuur klopt niet. Kunt u kijken?')).toBe(0);
    expect(hostility('Dzień dobry, czy mogą Państwo sprawdzić moją fakturę?')).toBe(0);
  });
});

const value = (name: string, description: string, prompts: string[] = []): CatalogueValue => ({
  id: name,
  name,
  description,
  prompts,
  questions: [],
  signals: [],
  tag: `vc_${name}`,
});
const catalogue = (values: CatalogueValue[]): Catalogue => ({ mission: '', vision: '', values, missionQuestions: [], visionQuestions: [] });
const topBehaviour = mainBehaviours;

describe('a catalogue written in Dutch or Polish maps onto behaviours', () => {
  it('Dutch', () => {
    const c = catalogue([
      value('Recht door zee', 'We vertellen de waarheid, zonder kleine lettertjes.'),
      value('Veilig bij ons', 'We beschermen de gegevens en het account van elke klant.'),
      value('Afspraak is afspraak', 'We komen onze beloftes na en noemen altijd een termijn.'),
      value('Samen', 'We werken samen en dragen een klant met alle context over aan een collega.'),
      value('Vooruitdenken', 'We voorkomen het volgende probleem voordat de klant het ziet.'),
      value('Foutje bedankt', 'We geven een fout meteen toe.'),
    ]);
    expect(topBehaviour(c)).toEqual(['straight-talk', 'protect', 'commit-time', 'handover', 'proactive', 'own-mistake']);
  });

  it('Polish', () => {
    const c = catalogue([
      value('Mówimy wprost', 'Szczerze i bez niespodzianek w drobnym druku.'),
      value('Bezpieczeństwo przede wszystkim', 'Chronimy dane i konta naszych klientów.'),
      value('Dotrzymujemy słowa', 'Obiecujemy tylko to, co zrobimy na czas.'),
      value('Jeden zespół', 'Współpracujemy i przekazujemy sprawy kolegom.'),
      value('Myślimy naprzód', 'Zapobiegamy problemom, zanim klient je zauważy.'),
      value('Przyznajemy się do błędów', 'Gdy popełnimy błąd, mówimy o tym pierwsi.'),
    ]);
    expect(topBehaviour(c)).toEqual(['straight-talk', 'protect', 'commit-time', 'handover', 'proactive', 'own-mistake']);
  });
});

describe('the other languages are untouched', () => {
  it('an English reply reads as before', () => {
    expect(REPLY_PATTERNS.apologise.test('so sorry about that')).toBe(true);
    expect(REPLY_PATTERNS['act-fast'].test('the direct debit failed')).toBe(false);
  });
});
