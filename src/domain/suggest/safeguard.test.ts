import { describe, expect, it } from 'vitest';
import { SITUATION_PATTERNS } from './behaviours';
import { foldText, readBehaviours } from './reply-reading';

// Keeping a person safe (ADR 0122). Every sentence here was written for these tests, none taken from a dev ticket.
const reads = (reply: string) => readBehaviours(reply).some((h) => h.behaviour === 'safeguard');
const calledFor = (message: string) => SITUATION_PATTERNS.safeguard!.test(foldText(message));

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
    expect(reads(reply)).toBe(true);
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
    expect(reads(reply)).toBe(false);
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
    expect(calledFor(message)).toBe(true);
  });

  it.each([
    'I run a dog grooming business and my customers cannot reach me.',
    'Siento molestar, pero el cargo aparece dos veces.',
    "I'm 30 minutes into the install and it's still stuck.",
    '30歳の誕生日に届くように注文しました。',
  ])('not in: %s', (message) => {
    expect(calledFor(message)).toBe(false);
  });
});
