import { describe, expect, it } from 'vitest';
import { situationCalls } from '../../../test/support/situations';
import {
  BEHAVIOURS,
  DESCRIBE_PATTERNS,
  describeStems,
  REPLY_PATTERNS,
  alternativesOf,
  describePatternsWithout,
  type Behaviour,
} from './behaviours';
import { foldText, readBehaviours } from './reply-reading';
import { readingsOf } from './value-behaviours';
import { rankValues } from './rank-values';
import { testCatalogue, testValue } from '../../../test/support/catalogues';
import type { TicketSnapshot } from '../ticket';

/** Whether a reply sentence shows a behaviour, and whether a value's clause describes one (both on folded text). */
const shows = (b: Behaviour, sentence: string) => REPLY_PATTERNS[b].test(foldText(sentence));
const reads = (b: Behaviour, clause: string) => DESCRIBE_PATTERNS[b].test(foldText(clause));

describe('describing stems, one by one (ADR 0132)', () => {
  it('splits a pattern at its top-level alternatives only', () => {
    expect(alternativesOf('\\b(a|b(c|d)|[|)]e|f\\|g|h)')).toEqual(['a', 'b(c|d)', '[|)]e', 'f\\|g', 'h']);
    expect(alternativesOf('x|(y|z)')).toEqual(['x', '(y|z)']);
    // A group that does not span the whole source is not unwrapped.
    expect(alternativesOf('\\b(a|b)|\\b(c)')).toEqual(['\\b(a|b)', '\\b(c)']);
  });

  it('rebuilt from every stem, matches exactly what the shipped patterns match', () => {
    const same = describePatternsWithout(new Map());
    // Each stem's own literal text (regex syntax stripped), in a clause of its own and inside a sentence.
    const samples = BEHAVIOURS.flatMap((b) =>
      describeStems()
        [b].map((s) => s.replace(/\(\?<?[=!][^)]*\)|[\\()[\]?*+{}|.^$]|\d,\d+/g, ''))
        .flatMap((w) => [w, `we ${w} every day`]),
    );
    for (const b of BEHAVIOURS)
      for (const text of samples) expect([b, text, same[b].test(text)]).toEqual([b, text, DESCRIBE_PATTERNS[b].test(text)]);
  });

  it('every stem compiles on its own, and each behaviour has several', () => {
    for (const b of BEHAVIOURS) {
      expect(describeStems()[b].length).toBeGreaterThan(3);
      for (const s of describeStems()[b]) expect(() => new RegExp(`\\b(?:${s})`, 'u')).not.toThrow();
    }
  });

  it('a lexicon without a stem no longer reads a value by it, and the ranking follows', () => {
    const catalogue = testCatalogue([
      testValue('nimble', 'Be nimble', 'We stay nimble.'),
      testValue('kind', 'Be kind', 'We listen with empathy.'),
    ]);
    const drop = new Map<Behaviour, Set<string>>([
      ['act-fast', new Set(['nimble'])],
      ['options', new Set(['nimble'])],
    ]);
    const without = describePatternsWithout(drop);
    const fast = BEHAVIOURS.indexOf('act-fast');
    expect(readingsOf(catalogue, 0.5)[0]!.behaviours[fast]).toBeGreaterThan(0);
    expect(readingsOf(catalogue, 0.5, 0, without)[0]!.behaviours[fast]).toBe(0);
    // The shipped lexicon's readings are not disturbed by the other one (separate cache entries).
    expect(readingsOf(catalogue, 0.5)[0]!.behaviours[fast]).toBeGreaterThan(0);

    const ticket: TicketSnapshot = {
      id: 1,
      subject: 'Down',
      description: '',
      priority: 'urgent',
      tags: [],
      comments: [{ authorRole: 'agent', public: true, body: 'I fixed it right away, within the hour.' }],
    };
    expect(rankValues(catalogue, ticket)[0]!.valueId).toBe('nimble');
    const ranked = rankValues(catalogue, ticket, { describe: without });
    expect(ranked.find((r) => r.valueId === 'nimble')!.score).toBeLessThan(
      rankValues(catalogue, ticket).find((r) => r.valueId === 'nimble')!.score,
    );
  });
});

describe('a customer asking for news or for a time (ADR 0136)', () => {
  const calls = situationCalls;
  it.each([
    ['Any update on this? I still have no answer.', 'follow-up'],
    ['¿Alguna novedad? Sigo sin respuesta desde el lunes.', 'follow-up'],
    ['Gibt es schon Neuigkeiten? Ich habe immer noch keine Antwort.', 'follow-up'],
    ['Toujours pas de réponse de votre part.', 'follow-up'],
    ['Alguma novidade sobre o meu pedido?', 'follow-up'],
    ['Ci sono novità sulla mia richiesta?', 'follow-up'],
    ['Is er al nieuws over mijn bestelling?', 'follow-up'],
    ['Nadal brak odpowiedzi w mojej sprawie.', 'follow-up'],
    ['Alguna novetat sobre la meva comanda?', 'follow-up'],
    ['その後どうなりましたか。', 'follow-up'],
    ['When will my refund arrive? How long does it usually take?', 'commit-time'],
    ['¿Cuándo llegará mi pedido?', 'commit-time'],
    ['Wie lange dauert die Prüfung noch?', 'commit-time'],
    ['Dans quel délai serai-je remboursé ?', 'commit-time'],
    ['Quanto tempo demora o reembolso?', 'commit-time'],
    ['Entro quando riceverò il rimborso?', 'commit-time'],
    ['Hoe lang duurt het nog?', 'commit-time'],
    ['Kiedy dostanę zwrot pieniędzy?', 'commit-time'],
    ['Quant de temps trigarà?', 'commit-time'],
    ['いつ届きますか。', 'commit-time'],
  ])('%s → %s', (message, behaviour) => {
    expect(calls(message)).toContain(behaviour);
  });
  it.each([
    'Thanks for the update, all good now.',
    'I have been a customer for a long time.',
    'Wann immer ich mich anmelde, klappt es.',
    'I always use the app on Sundays.',
    'いつもお世話になっております。',
  ])('not in "%s"', (message) => {
    expect(calls(message).filter((b) => b === 'follow-up' || b === 'commit-time')).toEqual([]);
  });
});

describe('advice about what is coming, as acting ahead (ADR 0138)', () => {
  it.each([
    "Don't forget to download the new invoice before the 1st.",
    'Keep in mind that the old links stop working on Friday.',
    'Be aware that the card will be charged again on renewal.',
    'It is worth checking the spam folder for the confirmation.',
    'Before you go, save a copy of your settings.',
    'Para no perder los datos, tenga en cuenta que la copia se borra en 30 días.',
    'Recuerde revisar la dirección antes de confirmar.',
    'Beachten Sie, dass der alte Link am Freitag abläuft.',
    "N'oubliez pas de télécharger la facture.",
    'Lembre-se de guardar o comprovativo.',
    'Non dimentichi di scaricare la ricevuta.',
  ])('%s', (sentence) => expect(shows('proactive', sentence)).toBe(true));
  it.each(['I went to the settings page.', 'Remembering your password is hard, I know.', 'Please go to Settings.'])(
    'not in "%s"',
    (sentence) => expect(shows('proactive', sentence)).toBe(false),
  );
});

describe('advice about what is coming, in Dutch, Polish and Catalan (ADR 0138)', () => {
  it.each(['Vergeet niet de factuur te downloaden.', 'Nie zapomnij pobrać faktury.', 'No oblidi descarregar la factura.'])(
    '%s',
    (sentence) => expect(REPLY_PATTERNS.proactive.test(foldText(sentence))).toBe(true),
  );
});

describe('an offer to take the next step, as acting ahead (ADR 0140)', () => {
  it.each([
    'Want me to add the return bag as well?',
    'Would you like me to move the booking to the 19th?',
    'Shall I start the reversals now?',
    'Should I add the flat number to the address?',
    "If you'd like, I can check whether another plan works out cheaper.",
    '¿Quieres que te lo cambie al día 19?',
    'Si quiere, le puedo enviar el certificado hoy.',
    'Soll ich die Buchung auf Freitag verschieben?',
    'Voulez-vous que je déplace la réservation ?',
    'Quer que a passe para 19–22 de novembro?',
    'Vuole che le invii la ricevuta?',
    'Zal ik de factuur opnieuw sturen?',
    'Czy mam przesłać fakturę jeszcze raz?',
    'Vols que et canviï la reserva?',
    'お送りしましょうか。',
  ])('%s', (sentence) => expect(shows('proactive', sentence)).toBe(true));
  it.each([
    // Forms that are offers only when they open the sentence.
    'Whose number should I give them?',
    'Si tu madre quiere que la acompañes, podéis venir juntas.',
    'Was soll ich sagen: es ist behoben.',
    'I want to add the return bag.',
  ])('not in "%s"', (sentence) => expect(shows('proactive', sentence)).toBe(false));

  it('reads the offer in a reply where it opens a later sentence', () => {
    const hits = readBehaviours('Your booking is confirmed for the 12th. Want me to add the return bag as well?');
    expect(hits.filter((h) => h.behaviour === 'proactive')).toHaveLength(1);
    const later = readBehaviours('Your booking is confirmed.\n- Should I add the flat number?');
    expect(later.some((h) => h.behaviour === 'proactive')).toBe(true);
  });
});

describe("a value's words in Portuguese, Spanish, French, Italian and German (ADR 0141)", () => {
  it.each<[Behaviour, string]>([
    ['proactive', 'Proatividade'],
    ['proactive', 'Um passo à frente'],
    ['proactive', 'Giocare d’anticipo, un passo avanti'],
    ['proactive', 'Vorausdenken'],
    ['act-fast', 'Réactivité'],
    ['act-fast', 'Prontidão'],
    ['act-fast', 'Agilidad'],
    ['options', 'Criatividade'],
    ['options', 'Jogo de cintura'],
    ['options', 'Neue Wege gehen: kreativ sein'],
    ['follow-up', 'Fechar o ciclo'],
    ['follow-up', 'Boucler la boucle'],
    ['follow-up', 'Chiudere il cerchio'],
    ['own-it', 'De ponta a ponta'],
    ['own-it', 'Fino in fondo'],
    ['own-it', 'Aller jusqu’au bout'.replace('’', "'")],
    ['commit-time', 'Pontualidade'],
    ['commit-time', 'Rechtzeitig'],
    ['accuracy', 'Conferir e reconferir'],
    ['accuracy', 'Deux fois plutôt qu’une'],
    ['accuracy', 'Lieber zweimal prüfen'],
    ['acknowledge', 'Einfühlsam'],
    ['acknowledge', 'Proximidade'],
    ['acknowledge', 'Der Mensch hinter dem Lohnzettel'],
    ['reassure', 'Sangue freddo'],
    ['reassure', 'Garder son sang-froid'],
    ['straight-talk', 'Klartext reden'],
    ['straight-talk', 'Sem rodeios'],
    ['teach', 'Transmission'],
    ['plain-short', 'Sin jerga'],
    ['handover', 'Passagem de turno sem lacunas: passagem de contexto'],
  ])('%s in "%s"', (b, clause) => expect(reads(b, clause)).toBe(true));

  it.each<[Behaviour, string]>([
    // French "faire" is not fairness, nor "également" equality, nor "personne n'a" a person.
    ['fair-policy', 'Faire ce qu’il faut'],
    ['beyond', 'Faire ce qu’il faut'],
    ['fair-policy', 'Nous vérifions également les données'],
    ['acknowledge', "personne n'a besoin de se répéter"],
    // Portuguese "precisar" (to need) is not precision, "colaboradores" are employees, "funciona" is not fun.
    ['accuracy', 'quando o cliente precisa de nós'],
    ['handover', 'dados de colaboradores'],
    ['celebrate', 'confirmar que a solução funciona'],
    // Responsibility is ownership, not speed.
    ['act-fast', 'assumindo a responsabilidade pelo resultado'],
    ['act-fast', 'taking responsibility for the outcome'],
    // German writes "die Person" for any customer; "bevor wir handeln" is not acting ahead; "Beleidigungen" are insults.
    ['acknowledge', 'bevor die Person danach fragt'],
    ['proactive', 'Wir prüfen, bevor wir handeln'],
    ['fair-policy', 'das Problem hinter den Beleidigungen'],
    ['fair-policy', 'Gleich beim ersten Mal lösen'],
    // English words that start like another language's stem.
    ['plain-short', 'We facilitate the handover'],
    ['fair-policy', 'not a political decision'],
    ['teach', 'at full capacity'],
  ])('not %s in "%s"', (b, clause) => expect(reads(b, clause)).toBe(false));
});

describe('a catalogue written in Japanese, Dutch, Polish or Catalan (ADR 0141)', () => {
  it.each<[Behaviour, string]>([
    ['proactive', 'お客様が困る前に先回りして動く'],
    ['acknowledge', 'お客様の気持ちに寄り添う'],
    ['own-it', '当事者意識を持って最後まで対応する'],
    ['straight-talk', '正直に、包み隠さず伝える'],
    ['accuracy', '念入りに確認し、正確な数字を出す'],
    ['protect', '個人情報を守る'],
    ['follow-up', 'De cirkel rond: we komen terug met een update'],
    ['proactive', 'Veure-les venir'],
    ['options', 'Enginy i imaginació'],
    ['follow-up', 'Domykamy temat i informujemy'],
  ])('%s in "%s"', (b, clause) => expect(reads(b, clause)).toBe(true));

  it('ranks a Japanese catalogue by what a Japanese reply does', () => {
    const catalogue = testCatalogue([
      testValue('ahead', '先回り', 'お客様が聞く前に、先を見て動く。'),
      testValue('honest', '誠実', '正直に、ありのままを伝える。'),
      testValue('team', 'チームワーク', '仲間と連携して解決する。'),
    ]);
    const ticket: TicketSnapshot = {
      id: 1,
      subject: '更新について',
      description: '',
      priority: 'normal',
      tags: [],
      comments: [
        { authorRole: 'end-user', body: '来月の更新について教えてください。', public: true },
        { authorRole: 'agent', body: '念のため、来月の更新前に請求先の設定を事前に確認しておきました。', public: true },
      ],
    };
    expect(rankValues(catalogue, ticket)[0]?.valueId).toBe('ahead');
  });
});

describe('Portuguese replies read in their sense (ADR 0141)', () => {
  it('"verificar" is checking, not identity verification; English "verify" still protects', () => {
    expect(shows('protect', 'Verifiquei a sua reserva e o voo está confirmado.')).toBe(false);
    expect(shows('protect', 'Vamos verificar o histórico da conta.')).toBe(false);
    expect(shows('protect', 'Ho verificato il conto.')).toBe(false);
    expect(shows('protect', 'J’ai vérifié la facture.'.replace('’', "'"))).toBe(false);
    expect(shows('protect', 'For your security, please verify your identity.')).toBe(true);
    expect(shows('protect', 'We need a verification code before any change.')).toBe(true);
    expect(shows('protect', 'Once you have verified the email, the account unlocks.')).toBe(true);
    expect(shows('accuracy', 'Verifiquei os valores linha por linha.')).toBe(true);
  });
  it('"I corrected" owns it; "to correct" and "corrected" (the participle) do not', () => {
    expect(shows('own-it', 'Já corrigi o endereço na sua conta.')).toBe(true);
    expect(shows('own-it', 'Precisamos corrigir o endereço.')).toBe(false);
    expect(shows('own-it', 'O erro foi corrigido ontem pela equipe.')).toBe(false);
    expect(shows('own-it', 'O valor será devolvido em 5 dias.')).toBe(false);
    expect(shows('accuracy', 'Vou conferir com o banco.')).toBe(false);
    expect(shows('accuracy', 'Conferi o cálculo e está certo.')).toBe(true);
  });
});

describe('sympathy in its everyday forms, as acknowledging the person (ADR 0154)', () => {
  it.each([
    "I know this feels like an extra hurdle when you're only trying to help.",
    "It's completely normal to feel that way ten days before an exam.",
    'Your worry about your own records is fair.',
    "Please don't apologise, your letter told me exactly what I needed.",
    'Not a silly question at all.',
    'I hope your dad is feeling better.',
    'So sorry to hear about your loss.',
    'No se preocupe por el idioma.',
    'Lamento mucho lo que pasó con las inundaciones.',
    "C'est normal de vouloir être sûre.",
    'Vous ne nous dérangez pas du tout.',
    'Sinto muito pelo momento que você está passando.',
    'Não é besteira, e que bom que você escreveu.',
    'Faz todo sentido você ter ficado mal.',
    'Machen Sie sich keine Sorgen.',
    'Non si preoccupi, è normale che sia in ansia.',
  ])('reads %j', (sentence) => expect(shows('acknowledge', sentence)).toBe(true));

  it.each([
    'I know how much the annual plan costs.',
    'I hope this helps.',
    'I know this is the third request for the same export.',
    'Your question is about the March invoice.',
  ])('does not read %j', (sentence) => expect(shows('acknowledge', sentence)).toBe(false));
});

describe('a plain answer, as straight talk (ADR 0154)', () => {
  it.each([
    'Straight answer: no one is working on SDK-388 this week.',
    "I know that isn't what you wanted to hear.",
    "So I can't give you a release date, and I'm not going to make one up.",
    'I checked so I could give you a firm answer rather than a guess.',
    "The date is firm, and there won't be an extension.",
    'Resposta direta: hoje não.',
    'Vou direto ao ponto: a conta não zera.',
    'Não quero te passar uma previsão que eu não consiga garantir.',
    'Voy directo al grano: no es posible.',
    'Je sais que ce n’est pas la réponse que vous espériez.',
    'Kurze Antwort: nein.',
    'So che non è la risposta che sperava.',
  ])('reads %j', (sentence) => expect(shows('straight-talk', sentence)).toBe(true));

  it.each(['The answer to your second question is in the guide.', 'Ich weiß, dass es nicht einfach ist, aber wir schaffen das.'])(
    'does not read %j',
    (sentence) => expect(shows('straight-talk', sentence)).toBe(false),
  );
});

describe('a value that acts without being asked, or recommends (ADR 0154)', () => {
  it.each([
    ['proactive', 'apontamos, mesmo sem ele pedir, onde dá para pagar menos'],
    ['proactive', 'we fix it without being asked'],
    ['proactive', 'ofrecemos opciones sin que lo pida'],
    ['options', 'Recomende o sistema ou a tarifa que cabe no bolso do cliente'],
    ['options', 'recommend the plan that fits'],
  ] as const)('reads %s in %j', (b, clause) => expect(reads(b, clause)).toBe(true));
});
