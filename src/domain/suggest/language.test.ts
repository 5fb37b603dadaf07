import { describe, expect, it } from 'vitest';
import { detectLanguage, stemIn } from './language';
import { foldText } from './reply-reading';
import { synonymBehaviours } from './thesaurus';
import { termsOf } from './terms';

describe('language of a text', () => {
  it.each([
    ['thanks for your patience, we will send you the refund with the next invoice', 'en'],
    ['gracias por tu paciencia, hemos enviado el reembolso con la próxima factura', 'es'],
    ['obrigado pela paciência, você vai receber o reembolso com a próxima fatura', 'pt'],
    ['danke für ihre geduld, wir haben die erstattung mit der nächsten rechnung geschickt', 'de'],
    ['merci pour votre patience, nous avons envoyé le remboursement avec la prochaine facture', 'fr'],
    ['ご迷惑をおかけして申し訳ございません。本日中にご連絡いたします', 'ja'],
  ])('%s → %s', (text, lang) => {
    expect(
      detectLanguage(
        text
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase(),
      ),
    ).toBe(lang);
  });
});

// A few paragraphs per language, written for this test (ADR 0116): each must be read as its language, so a new
// language cannot take texts from the others.
const PARAGRAPHS: [string, string][] = [
  ['en', 'Hi Sam, I have checked your account and the refund is on its way. It should reach your card within five days.'],
  ['en', 'Thanks for the screenshots. The export fails because the file is larger than the limit; here is how to split it.'],
  ['es', 'Hola Marta, he revisado tu cuenta y el reembolso ya está en camino. Te llegará a la tarjeta en cinco días.'],
  ['es', 'Gracias por las capturas. La exportación falla porque el archivo es más grande que el límite permitido.'],
  ['pt', 'Olá João, verifiquei a sua conta e o reembolso já está a caminho. Você vai receber no cartão em cinco dias.'],
  ['pt', 'Obrigado pelas capturas. A exportação falha porque o arquivo é maior do que o limite, e não por um erro seu.'],
  ['de', 'Hallo Frau Weber, ich habe Ihr Konto geprüft und die Erstattung ist unterwegs. Sie ist in fünf Tagen auf der Karte.'],
  ['de', 'Danke für die Screenshots. Der Export schlägt fehl, weil die Datei größer ist als das Limit, das wir erlauben.'],
  ['fr', 'Bonjour Claire, j’ai vérifié votre compte et le remboursement est en route. Vous le recevrez dans cinq jours.'],
  ['fr', 'Merci pour les captures. L’export échoue parce que le fichier est plus grand que la limite, pas à cause de vous.'],
  ['it', 'Ciao Luca, ho controllato il tuo account e il rimborso è in arrivo. Lo riceverai sulla carta entro cinque giorni.'],
  ['it', 'Grazie per le schermate. L’esportazione non riesce perché il file è più grande del limite che abbiamo.'],
  ['nl', 'Hoi Sanne, ik heb je account bekeken en de terugbetaling is onderweg. Het geld staat binnen vijf dagen op je kaart.'],
  ['nl', 'Bedankt voor de schermafbeeldingen. De export mislukt omdat het bestand groter is dan de limiet; zo kunt u het splitsen.'],
  ['nl', 'Geachte heer Jansen, wij hebben uw klacht ontvangen en nemen deze zeer serieus. U hoort binnen twee werkdagen van ons.'],
  ['pl', 'Dzień dobry Pani Anno, sprawdziłem konto i zwrot jest już w drodze. Pieniądze trafią na kartę w ciągu pięciu dni.'],
  ['pl', 'Dziękuję za zrzuty ekranu. Eksport nie działa, ponieważ plik jest większy niż limit; poniżej opisuję, jak go podzielić.'],
  ['pl', 'Cześć Kuba, przepraszam za kłopot. Twoje zamówienie zostało wysłane i jutro powinno być u Ciebie.'],
  // Catalan (ADR 0130), written for this test.
  ['ca', 'Hola Marta, he revisat el teu compte i el reemborsament ja és en camí. Et arribarà a la targeta en cinc dies.'],
  ['ca', 'Gràcies per les captures. L’exportació falla perquè el fitxer és més gran que el límit que tenim.'],
  ['ca', 'Bon dia, senyor Puig. Li hem enviat la targeta nova amb el PIN per correu, i no cal que faci res més.'],
  // Swedish, written for this test: a customer's email, an agent's reply, a values catalogue's line.
  ['sv', 'Hej! Jag beställde en jacka för två veckor sedan men den har fortfarande inte kommit. Kan ni kolla vad som hänt? Mvh Erik'],
  ['sv', 'Hej Anna, tack för att du hör av dig. Paketet är tyvärr försenat hos fraktbolaget; jag återkommer till dig senast i morgon.'],
  ['sv', 'Ärlighet: vi säger som det är, även när svaret inte är det kunden hoppades på, och vi förklarar varför.'], // Danish, written for this test: a customer's email, an agent's reply, a values catalogue's line, a short question.
  ['da', 'Hej! Jeg bestilte en jakke for to uger siden, men den er stadig ikke kommet. Kan I tjekke, hvad der er sket? Mvh Mette'],
  ['da', 'Hej Anna, tak for din besked. Pakken er desværre blevet forsinket hos fragtfirmaet; jeg vender tilbage til dig senest i morgen.'],
  ['da', 'Ærlighed: vi siger tingene, som de er, også når svaret ikke er det, kunden håbede på, og vi forklarer hvorfor.'],
  ['da', 'Hvornår kan jeg forvente at få mine penge tilbage?'],
];

describe('language of a paragraph', () => {
  it.each(PARAGRAPHS)('%s: %s', (lang, text) => {
    expect(detectLanguage(foldText(text))).toBe(lang);
  });

  it('folds Polish letters (ł by hand: it has no decomposition) and still tells Polish', () => {
    expect(foldText('Zażółć gęślą jaźń, ŁÓDŹ')).toBe('zazolc gesla jazn, lodz');
    expect(detectLanguage(foldText('Przepraszamy za błąd, już się tym zajmujemy.'))).toBe('pl');
  });

  it('does not read a stray marker in an id or a terse note as a new language', () => {
    expect(detectLanguage(foldText('Tracking 1Z 48W 992, out for delivery Thursday.'))).toBe('en');
    expect(detectLanguage(foldText('NA-9921 reviewed: 11 deaths at same spot.'))).toBe('en');
  });

  it('reads a short Swedish line as Swedish, and a stray Swedish-looking word in English as English', () => {
    expect(detectLanguage(foldText('Vi är snabba och tydliga, det lovar jag.'))).toBe('sv');
    expect(detectLanguage(foldText('Tack så mycket, det fungerar nu!'))).toBe('sv');
    expect(detectLanguage(foldText('Thanks, the refund went out this morning. Tack!'))).toBe('en');
    expect(detectLanguage(foldText('Could you send us a HAR file?'))).toBe('en');
    // "är", "med", "har", "din" and "som" are Swedish's commonest words and no markers (ADR 0182): English writes "AR",
    // "med" and "HAR" often enough to outweigh its own few function words in a note.
    expect(detectLanguage(foldText('AR aging: AR 30, AR 60, AR 90 med spend; HAR din'))).toBe('en');
    expect(detectLanguage(foldText('Som conscients del retard.'))).not.toBe('sv');
  });

  it('reads a short Danish line as Danish, and Danish words or names in English as English', () => {
    expect(detectLanguage(foldText('Vi er hurtige og tydelige, og vi svarer ærligt.'))).toBe('da');
    expect(detectLanguage(foldText('Vi har refunderet beløbet. Med venlig hilsen Kundeservice'))).toBe('da');
    expect(detectLanguage(foldText('Thanks, the refund went out this morning. Tak!'))).toBe('en');
    expect(detectLanguage(foldText('Thanks, the refund went out this morning. Med venlig hilsen, Jens'))).toBe('en');
    // æ and ø count for Danish, but at most one point: names alone never decide.
    expect(detectLanguage(foldText('Hello from Søren Sørensen at Nørrebrogade, Østerbro. Help!'))).toBe('en');
    expect(detectLanguage(foldText('Hi, this is Søren from Århus. The app crashes when I open it.'))).toBe('en');
  });

  it('counts the words Swedish and Danish share for Danish only when the rest of the text says Danish', () => {
    // "din", "har", "med", "det" are Swedish markers: without the rule this reply would read as Swedish.
    expect(
      detectLanguage(
        foldText('Tak for din henvendelse. Vi har modtaget din returnering og sender pengene tilbage. Med venlig hilsen Kundeservice'),
      ),
    ).toBe('da');
    expect(detectLanguage(foldText('Det har vi allerede gjort. Vi kommer efter dig, når det er muligt.'))).toBe('da');
    // One Danish word is not enough to take them from Swedish.
    expect(detectLanguage(foldText('Hej, det har jag redan gjort med din kollega, och det fungerar nu. Ikke?'))).toBe('sv');
    expect(detectLanguage(foldText('AR aging: AR 30, AR 60, AR 90 med spend; HAR din og'))).toBe('en');
  });

  it('keeps Swedish, Dutch, German and English that look like Danish in their own language', () => {
    // Words Danish shares with them, or nearly ("det", "har", "med", "som", "er", "om", "for", "af", "kun", "gerne").
    expect(detectLanguage(foldText('Hej! Jag beställde en jacka för två veckor sedan men den har fortfarande inte kommit.'))).toBe('sv');
    expect(detectLanguage(foldText('Tack så mycket, det fungerar nu!'))).toBe('sv');
    expect(detectLanguage(foldText('Vi har tyvärr inte fått någon betalning från er, och vi kan inte skicka varan.'))).toBe('sv');
    expect(detectLanguage(foldText('Ik meld me af voor de nieuwsbrief, het is af en toe te veel.'))).toBe('nl');
    expect(detectLanguage(foldText('Kun je me helpen? Ik kan niet inloggen en er is geen mail gekomen.'))).toBe('nl');
    expect(detectLanguage(foldText('Ich helfe Ihnen gerne weiter, die Rechnung ist schon bezahlt.'))).toBe('de');
    expect(detectLanguage(foldText('OG customers get a discount for the first month, and the AF team will call you.'))).toBe('en');
  });

  it('keeps Dutch and German that look like Swedish in their own language', () => {
    // Words Swedish shares with them, or nearly ("om", "kan", "en", "de", "den", "har"/"haar", "met"/"med", "ik"/"jag").
    expect(detectLanguage(foldText('Ik heb de bestelling om tien uur geplaatst, maar kan het pakket nergens vinden.'))).toBe('nl');
    expect(detectLanguage(foldText('Hij heeft haar een mail gestuurd met de factuur en de details van de levering.'))).toBe('nl');
    expect(detectLanguage(foldText('Ich habe das Paket vor zwei Wochen bestellt, aber es ist bis heute nicht angekommen.'))).toBe('de');
    expect(detectLanguage(foldText('Kann ich den Termin verschieben? Der Kunde hat die Rechnung schon bezahlt.'))).toBe('de');
  });
});

describe('terms', () => {
  it('stems Dutch with its Snowball stemmer and cuts Polish words to six letters', () => {
    expect(stemIn('nl', 'oplossingen')).toBe(stemIn('nl', 'oplossing'));
    expect(termsOf('Onze medewerkers hebben de oplossingen voor u gecontroleerd en het is in orde.')).toEqual(
      expect.arrayContaining([stemIn('nl', 'oplossing')]),
    );
    expect(stemIn('pl', 'problemow')).toBe(stemIn('pl', 'problemu'));
    expect(termsOf('Płatności za subskrypcję zostały zwrócone')).toEqual(expect.arrayContaining(['platno', 'subskr']));
  });

  it('stems Swedish with its Snowball stemmer, so inflections meet', () => {
    expect(stemIn('sv', 'leveransen')).toBe(stemIn('sv', 'leveranser'));
    expect(stemIn('sv', 'fakturor')).toBe(stemIn('sv', 'faktura'));
    expect(stemIn('sv', 'fakturorna')).toBe(stemIn('sv', 'faktura'));
    expect(stemIn('sv', foldText('beställningen'))).toBe(stemIn('sv', foldText('beställningar')));
    expect(termsOf('Leveranserna är tyvärr försenade eftersom lagret inte hade beställningarna klara.')).toEqual(
      expect.arrayContaining([stemIn('sv', 'leveransen'), stemIn('sv', 'bestallning')]),
    );
  });

  it('leaves Swedish function words and greetings out of the terms', () => {
    const terms = termsOf('Hej! Leveransen är tyvärr försenad eftersom lagret inte hade varorna. Vänliga hälsningar, Kundtjänst');
    for (const word of ['tyvarr', 'eftersom', 'inte', 'hade', 'halsningar', 'kundtjanst']) {
      expect(terms).not.toContain(stemIn('sv', word));
    }
    expect(terms).toContain(stemIn('sv', 'leveransen'));
  });

  it('stems Danish with its Snowball stemmer, so inflections meet (æ and ø stay through folding)', () => {
    expect(foldText('Æblerne på Øen')).toBe('æblerne pa øen');
    expect(stemIn('da', 'leveringen')).toBe(stemIn('da', 'leveringer'));
    expect(stemIn('da', 'fakturaer')).toBe(stemIn('da', 'faktura'));
    expect(stemIn('da', 'pakken')).toBe(stemIn('da', 'pakker'));
    expect(stemIn('da', foldText('købet'))).toBe(stemIn('da', foldText('køb')));
    expect(termsOf('Leveringerne er desværre forsinkede, fordi lageret ikke havde bestillingerne klar.')).toEqual(
      expect.arrayContaining([stemIn('da', 'levering'), stemIn('da', 'bestilling')]),
    );
  });

  it('leaves Danish function words and greetings out of the terms', () => {
    const terms = termsOf('Hej! Leveringen er desværre forsinket, fordi lageret ikke havde varerne. Med venlig hilsen, Kundeservice');
    for (const word of ['desværre', 'fordi', 'ikke', 'havde', 'venlig', 'hilsen', 'kundeservice']) {
      expect(terms).not.toContain(stemIn('da', word));
    }
    expect(terms).toContain(stemIn('da', 'leveringen'));
  });

  it('cuts Catalan words to six letters, so inflections meet', () => {
    expect(stemIn('ca', 'comissions')).toBe(stemIn('ca', 'comissio'));
    expect(termsOf('Les targetes noves i les comissions del compte, amb tota la informació')).toEqual(
      expect.arrayContaining(['target', 'comiss']),
    );
  });

  it('stems Spanish and Portuguese words with their Snowball stemmer, so inflections meet', () => {
    expect(stemIn('es', 'soluciones')).toBe(stemIn('es', 'solución'.normalize('NFD').replace(/[\u0300-\u036f]/g, '')));
    expect(termsOf('Resolvemos os problemas dos clientes')).toEqual(expect.arrayContaining([stemIn('pt', 'problema')]));
  });
  it('reads Japanese by character pairs', () => {
    expect(termsOf('返金手続き')).toEqual(['返金', '金手', '手続', '続き']);
  });
});

describe('thesaurus asset', () => {
  it('maps a synonym of a describing word onto its behaviour, and unknown words onto none', () => {
    const all = ['en', 'es', 'pt', 'de', 'fr'] as const;
    expect(all.some((lang) => synonymBehaviours(lang, 'xyzzyqq').length > 0)).toBe(false);
    expect(synonymBehaviours('en', 'incorrect')).toContain('own-mistake');
    expect(synonymBehaviours('ja', '謝罪')).toEqual([]);
  });
});
