import { describe, expect, it } from 'vitest';
import type { Catalogue, CatalogueValue } from '../catalogue/types';
import type { TicketComment, TicketSnapshot } from '../ticket';
import { BEHAVIOURS, SITUATION_PATTERNS } from './behaviours';
import { foldText, readBehaviours } from './reply-reading';
import { rankValues } from './rank-values';
import { readingsOf } from './value-behaviours';

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

function value(id: string, name: string, description: string, extra: Partial<CatalogueValue> = {}): CatalogueValue {
  return { id, name, description, prompts: [], questions: [], signals: [], tag: `vc_${id}`, ...extra };
}

const community: Catalogue = {
  mission: 'm',
  vision: 'v',
  missionQuestions: [],
  visionQuestions: [],
  values: [
    value('accounts', 'Guard the Vault', 'Accounts, purchases and personal data are precious: we protect them and put back what was lost.'),
    value('people', 'Safe Spaces', 'We act on harassment, threats and anything that puts a young person at risk.'),
    value('truth', 'Straight Answers', 'We tell people what really happened and why, including our own mistakes.'),
  ],
};

describe('a value about keeping people safe', () => {
  const share = (valueId: string, behaviour: (typeof BEHAVIOURS)[number]) =>
    readingsOf(community, 0).find((r) => r.value.id === valueId)!.behaviours[BEHAVIOURS.indexOf(behaviour)]!;

  it('maps onto safeguarding, and a value about data onto protection', () => {
    expect(share('people', 'safeguard')).toBeGreaterThan(2 * share('people', 'protect'));
    expect(share('accounts', 'safeguard')).toBe(0);
    expect(share('accounts', 'protect')).toBeGreaterThan(0.5);
  });

  const customer = (body: string): TicketComment => ({ authorRole: 'end-user', public: true, body });
  const agent = (body: string): TicketComment => ({ authorRole: 'agent', public: true, body });
  const ticket = (comments: TicketComment[]): TicketSnapshot => ({
    id: 1,
    subject: 'Chat',
    description: '',
    priority: 'normal',
    tags: [],
    comments,
  });

  it('tops the ranking when the reply keeps the player safe, quoting what it did', () => {
    const ranked = rankValues(
      community,
      ticket([
        customer('A player in my lobby keeps sending me creepy messages and asked where I live. My account is mika_22.'),
        agent(
          'Hi Mika, thank you for telling us. The player who messaged you is suspended and can no longer contact you. ' +
            'If you ever feel unsafe, talk to a trusted adult, and if you are in danger call 911. Your account is untouched.',
        ),
      ]),
    );
    expect(ranked[0]!.valueId).toBe('people');
    const quoted = ranked[0]!.reasons.flatMap((r) => (r.kind === 'phrase' ? [r.text] : []));
    expect(quoted.some((t) => /trusted adult|in danger/.test(t))).toBe(true);
  });

  it('before any reply, a threat in the customer’s message calls for it', () => {
    const ranked = rankValues(community, ticket([customer('Another player said he will find me and hurt me. I am scared.')]));
    expect(ranked[0]!.valueId).toBe('people');
  });
});
