import { describe, expect, it } from 'vitest';
import { SITUATION_PATTERNS, type Behaviour } from './behaviours';
import { foldText, hostility, readBehaviours, sentencesOf } from './reply-reading';

/** Whether a reply reads as showing the behaviour at all. */
const shows = (reply: string, behaviour: Behaviour) => readBehaviours(reply).some((h) => h.behaviour === behaviour);

describe('readBehaviours', () => {
  it('reads amounts and percentages as explaining with the customer’s own figures', () => {
    const reply = 'Hi Ana. Your March invoice was €120.50: 20% VAT on the €100.42 plan. Thanks for asking.';
    const hits = readBehaviours(reply, undefined, 1).filter((h) => h.behaviour === 'explain-cause');
    expect(hits).toHaveLength(1);
    expect(reply.slice(hits[0]!.start, hits[0]!.end)).toBe('Your March invoice was €120.50: 20% VAT on the €100.42 plan.');
    expect(readBehaviours('O valor é R$ 59,90 por mês.', undefined, 1).some((h) => h.behaviour === 'explain-cause')).toBe(true);
    // Numbers that are not amounts (ids, dates) are not figures; the cue can be turned off.
    expect(readBehaviours('Ticket 4412 was opened on 12 March.', undefined, 1).some((h) => h.behaviour === 'explain-cause')).toBe(false);
    expect(readBehaviours(reply, undefined, 0).some((h) => h.behaviour === 'explain-cause')).toBe(false);
  });
});

describe('hostility', () => {
  it('reads anger from capitals, repeated marks, masked swearing, contempt and threats to leave, in several languages', () => {
    expect(hostility('THIS IS THE THIRD TIME I ASK. FIX MY ACCOUNT NOW.')).toBe(1);
    expect(hostility('Your app is garbage and I am cancelling my subscription!!')).toBe(1);
    expect(hostility('Sois unos inútiles, voy a darme de baja.')).toBe(1);
    expect(hostility('Das ist eine Frechheit, ich kündige!!')).toBe(1);
    // One sign alone is not hostility; neither is a calm or a worried message.
    expect(hostility('Is this ridiculous fee right?')).toBeLessThan(1);
    expect(hostility('Hi, my invoice looks wrong. Could you check it? Thanks.')).toBe(0);
    expect(hostility('I am really worried about my payroll run tomorrow.')).toBe(0);
  });

  it('reads an agent’s tone from structure only, so quoting the customer’s words is not hostility', () => {
    expect(hostility('The ban is for slurs, not ordinary trash talk, so I cannot lift it early.', false)).toBe(0);
    expect(hostility('WE DO NOT DO THAT!!', false)).toBe(1);
  });
});

describe('acknowledging feelings in every language we read (ADR 0122)', () => {
  // The English phrases ("that must be hard", "how frustrating", "no rush", "not your fault") in the other languages;
  // sentences written for this test.
  it.each([
    'Tiene que ser muy duro pasar por esto; no hay prisa con los papeles.',
    'No es culpa tuya: la carta se envió a la dirección antigua.',
    'Das muss sehr belastend sein. Keine Eile mit den Unterlagen.',
    'Ça doit être vraiment pénible ; prenez votre temps pour nous répondre.',
    'Deve ter sido muito difícil. Sem pressa com os documentos.',
    'Dev’essere stato davvero frustrante, e non è colpa sua.',
    'You must be exhausted after a week of this.',
    'That must have been a shock.',
    'That sounds exhausting, and it should never have taken this long.',
  ])('%s', (reply) => {
    expect(shows(reply, 'acknowledge')).toBe(true);
  });

  it.each([
    'El importe debe ser mayor que cero.',
    'O pagamento deve ser feito até sexta-feira.',
    'Il modulo deve essere firmato da entrambi i titolari.',
    'Le formulaire doit être signé avant lundi.',
    'The audience must be our SP entity ID, not yours.',
    'Your new password must be at least 12 characters long.',
    'You must be signed in as an admin to change this.',
    'It must have been sent to your old address.',
    'That sounds like a bug on our side; I have passed it to engineering.',
  ])('not a duty written as "must be": %s', (reply) => {
    expect(shows(reply, 'acknowledge')).toBe(false);
  });
});

describe('straight talk (ADR 0122)', () => {
  it.each([
    // Saying so before saying it; sentences written for this test.
    "I'll be upfront: the export can't include deleted projects.",
    'Let me be clear about what we can and cannot change.',
    "I'd rather tell you now than have you wait for a refund that won't come.",
    'Quiero ser sincera contigo: el cargo es correcto.',
    'Ich will ehrlich sein: das Update kommt nicht vor März.',
    'Je préfère vous le dire tout de suite : ce n’est pas remboursable.',
    'Vou ser direto: o reembolso não é possível.',
    'Sarò chiaro: il rimborso non è previsto.',
    // A direct answer first: a bare yes or no.
    'Hi Ana,\n\nNo. The discount only applies to annual plans.',
    'Yes, the invoice already includes VAT.',
    'Sí, te estamos cobrando la cuota de mantenimiento.',
  ])('%s', (reply) => {
    expect(shows(reply, 'straight-talk')).toBe(true);
  });

  it.each([
    'No problem, I have sent the invoice again.',
    'No worries at all, happy to help.',
    'Nonetheless, the team will look at it.',
    'Yesterday we shipped the fix.',
    'Si necesitas algo más, escríbeme.',
  ])('not in: %s', (reply) => {
    expect(shows(reply, 'straight-talk')).toBe(false);
  });
});

describe('owning the next step in every language we read (ADR 0122)', () => {
  // The English "I've booked / issued / restored / updated…" in the other languages; sentences written for this test.
  it.each([
    'Ya te he reservado el vuelo de las 10:00.',
    'Hemos restablecido el acceso a tu cuenta.',
    "J'ai réservé une nouvelle livraison pour jeudi.",
    'Já reservei o novo horário para si.',
    'Ho ripristinato il tuo abbonamento.',
  ])('%s', (reply) => {
    expect(shows(reply, 'own-it')).toBe(true);
  });

  it.each(['El vuelo está reservado para el jueves.', 'La réservation est confirmée.'])('not a statement of state: %s', (reply) => {
    expect(shows(reply, 'own-it')).toBe(false);
  });
});

describe('sentences, as a reason quotes them', () => {
  const quoted = (body: string) => sentencesOf(body).map((s) => body.slice(s.start, s.end));

  it('does not end a sentence at an abbreviation followed by a lower-case word', () => {
    expect(quoted('Ich habe die USt-IdNr. korrigiert und die Rechnung neu ausgestellt.')).toEqual([
      'Ich habe die USt-IdNr. korrigiert und die Rechnung neu ausgestellt.',
    ]);
    expect(quoted('Bitte prüfen Sie z. B. die Adresse. Danach geht es weiter.')).toEqual([
      'Bitte prüfen Sie z. B. die Adresse.',
      'Danach geht es weiter.',
    ]);
    expect(quoted('Check the fields, e.g. the VAT number. Then save.')).toEqual(['Check the fields, e.g. the VAT number.', 'Then save.']);
    expect(quoted('Mein Vater ist am 2. Mai verstorben. Ich möchte sein Konto schließen.')).toEqual([
      'Mein Vater ist am 2. Mai verstorben.',
      'Ich möchte sein Konto schließen.',
    ]);
    expect(quoted('The total is 45. April invoices differ.')).toEqual(['The total is 45.', 'April invoices differ.']);
  });

  it('still ends one at a full stop before a capital, a line break, "!" or "?"', () => {
    expect(quoted('Done. Your refund is on its way!! thanks again? yes\nand more')).toEqual([
      'Done.',
      'Your refund is on its way!!',
      'thanks again?',
      'yes',
      'and more',
    ]);
  });
});

describe('a direct answer as a reason', () => {
  it('quotes a bare yes or no with the sentence that follows it', () => {
    const reply = 'Hi Ana,\n\nNo. The discount only applies to annual plans. You can switch at renewal.';
    const hit = readBehaviours(reply).find((h) => h.behaviour === 'straight-talk')!;
    expect(reply.slice(hit.start, hit.end)).toBe('No. The discount only applies to annual plans.');
  });
});

// Keeping a person safe (ADR 0122). Every sentence here was written for these tests, none taken from a dev ticket.
describe('safeguarding read in a reply', () => {
  it.each([
    'If you ever feel you are in danger, call 911 straight away.',
    'Our safety team has suspended the account that sent those messages.',
    'Please talk to a trusted adult tonight, and press Report on their profile if they write again.',
    'Si te sientes en peligro, llama al 112; también puedes acudir a la policía.',
    'Wenn Sie sich bedroht fühlen, wenden Sie sich bitte an die Polizei oder den Notruf 112.',
    'Si vous vous sentez en danger, appelez le 17 ou parlez-en à un adulte de confiance.',
    'Se você estiver em perigo, ligue para o 190.',
    'Se ti senti in pericolo, chiama il 112.',
    '安全チームが確認し、必要に応じて警察に通報します。',
  ])('%s', (reply) => {
    expect(shows(reply, 'safeguard')).toBe(true);
  });

  it.each([
    // Data security is `protect`, not safeguarding.
    'For your security we locked your card and reset your password.',
    'Por tu seguridad hemos bloqueado la tarjeta.',
    // Family words and everyday verbs are not a safety concern.
    'Hola, tu madre ya puede acceder a la cuenta con su propia clave.',
    'Siento molestarte de nuevo con esto.',
    'I have reported the bug to our developers.',
  ])('not in: %s', (reply) => {
    expect(shows(reply, 'safeguard')).toBe(false);
  });
});

describe('safeguarding called for by a customer', () => {
  it.each([
    'Someone in my squad keeps harassing me in voice chat.',
    'He said he would kill me if I log in again.',
    "i'm 12 and a guy keeps asking for my address",
    'Tengo 13 años y un jugador me acosa por mensajes.',
    'Ich bin 14 Jahre alt und werde im Chat bedroht.',
    '知らない人から脅迫のメッセージが来ています。',
  ])('%s', (message) => {
    expect(SITUATION_PATTERNS.safeguard!.test(foldText(message))).toBe(true);
  });

  it.each([
    'I run a dog grooming business and my customers cannot reach me.',
    'Siento molestar, pero el cargo aparece dos veces.',
    "I'm 30 minutes into the install and it's still stuck.",
    '30歳の誕生日に届くように注文しました。',
  ])('not in: %s', (message) => {
    expect(SITUATION_PATTERNS.safeguard!.test(foldText(message))).toBe(false);
  });
});

describe('everyday phrasings read in every language (ADR 0131)', () => {
  // Written for this test from how support replies are phrased in general, none from a dev ticket: agreement with an
  // intensifier, the mistake named as ours after the noun, "I'll be in touch", and a deadline with "up to" or "at the latest".
  it.each([
    ['own-mistake', "You're absolutely right: the fee should not be there."],
    ['own-mistake', 'The mistake was ours: the old address was used.'],
    ['own-mistake', 'Tiene toda la razón: el cargo no debería estar ahí.'],
    ['own-mistake', 'El error fue nuestro y ya lo hemos corregido.'],
    ['own-mistake', 'Sie haben völlig recht, der Betrag stimmt nicht.'],
    ['own-mistake', 'Der Fehler lag bei uns.'],
    ['own-mistake', 'Vous avez tout à fait raison, le montant est faux.'],
    ['own-mistake', "L'erreur vient de nous."],
    ['own-mistake', 'Você tem toda a razão, o valor está errado.'],
    ['own-mistake', 'O erro foi nosso: usamos o endereço antigo.'],
    ['own-mistake', 'Ha perfettamente ragione, l’importo è sbagliato.'],
    ['own-mistake', "L'errore è stato nostro."],
    ['follow-up', "I'll be in touch as soon as the carrier replies."],
    ['follow-up', 'Me pondré en contacto con usted en cuanto tenga respuesta.'],
    ['follow-up', 'Vou acompanhar o seu caso e entrarei em contato na sexta-feira.'],
    ['follow-up', 'Je vous tiendrai informé dès que possible.'],
    ['follow-up', 'La ricontatterò appena avrò notizie.'],
    ['commit-time', 'Você receberá o reembolso em até 5 dias úteis.'],
    ['commit-time', 'Recibirá el reembolso en un plazo de 5 días.'],
    ['commit-time', 'Sie erhalten die Gutschrift bis spätestens Freitag.'],
    ['commit-time', 'Vous recevrez le remboursement dans les 48 heures.'],
  ])('%s: %s', (behaviour, reply) => {
    expect(shows(reply, behaviour as Behaviour)).toBe(true);
  });

  it('does not read a bare "right" or an error that is not ours', () => {
    expect(shows('Turn right at the second light and the office is there.', 'own-mistake')).toBe(false);
    expect(shows('The error was in the file you uploaded, so I fixed the header for you.', 'own-mistake')).toBe(false);
  });
});
