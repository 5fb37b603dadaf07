import type { Message, TicketSpec } from './build-ticket';
import { G, U } from './ids';

/** A refund dispute that drags on: 44 messages over ten days, the long-thread case. */
function refundDispute(): Message[] {
  const customer = [
    'I returned the blender on 2 October and still have no refund.',
    'The tracking number is 1Z999AA10123456784, it shows delivered to your warehouse.',
    'It has been another three days. Any update?',
    'This is unacceptable. I want to escalate.',
    'Your colleague told me last week it was approved.',
    'I have attached the courier receipt again.',
    'Please stop sending me the same template.',
    'My bank says they can open a chargeback if you do not answer.',
  ];
  const agent = [
    'Thanks Mateo, I am checking with the returns warehouse now.',
    'The warehouse confirms receipt; the refund needs a supervisor approval, which I have requested.',
    'I am sorry this is taking so long — I have chased the approval again this morning.',
    'I understand the frustration. I will personally follow this until the money is back with you.',
  ];
  const thread: Message[] = [];
  for (let i = 0; i < 44; i++) {
    const isCustomer = i % 2 === 0;
    const list = isCustomer ? customer : agent;
    const text = `${list[Math.floor(i / 2) % list.length] ?? ''}${isCustomer ? '' : ' (update ' + String(i / 2 + 0.5) + ')'}`;
    thread.push({ by: isCustomer ? U.mateo : U.marco, at: i * 330, text, isPublic: isCustomer || i % 10 !== 9 });
  }
  return thread;
}

export const moreTickets: TicketSpec[] = [
  {
    id: 1008,
    subject: 'Refund denied — I want to escalate',
    requester: U.mateo,
    assignee: U.marco,
    group: G.billing,
    status: 'open',
    priority: 'high',
    type: 'incident',
    channel: 'email',
    created: '2026-11-04T08:00:00Z',
    area: 'area_billing',
    rating: { score: 'offered' },
    tags: ['refund_dispute'],
    thread: refundDispute(),
  },
  {
    id: 1011,
    subject: 'No puedo restablecer mi contraseña',
    requester: U.lucia,
    assignee: U.priya,
    group: G.support,
    status: 'solved',
    priority: 'normal',
    type: 'question',
    channel: 'web',
    created: '2026-10-23T17:10:00Z',
    area: 'area_account',
    rating: { score: 'good', comment: '¡Gracias por la ayuda! Muy amables.', id: 9100007 },
    thread: [
      { by: U.lucia, at: 0, text: 'Hola, el enlace para restablecer la contraseña dice "caducado" cada vez que lo abro. ¿Qué hago?' },
      {
        by: U.priya,
        at: 25,
        text: 'Hola Lucía, lo siento mucho por la molestia. El enlace caduca a los 15 minutos; te he enviado uno nuevo ahora mismo. Si tu correo tarda, revisa la carpeta de spam.',
      },
      { by: U.lucia, at: 40, text: '¡Funcionó! Muchas gracias 😊' },
    ],
    tagEvents: [
      {
        op: 'add',
        e: 'ev-1011-a',
        tag: 'vc_lead_with_empathy',
        by: U.priya,
        at: 60,
        reply: 1,
        note: 'Disculpa sincera y solución inmediata.',
      },
    ],
  },
  {
    id: 1012,
    subject: 'Rechnung enthält falsche Umsatzsteuer-ID',
    requester: U.klaus,
    assignee: U.marco,
    group: G.billing,
    status: 'pending',
    priority: 'normal',
    type: 'question',
    channel: 'email',
    created: '2026-11-09T07:55:00Z',
    area: 'area_billing',
    thread: [
      {
        by: U.klaus,
        at: 0,
        text: 'Guten Tag,\n\nauf der Rechnung RE-2026-1147 steht die USt-IdNr. DE123456789, richtig ist DE987654321. Bitte korrigieren Sie die Rechnung.\n\nMit freundlichen Grüßen\nKlaus Becker\nBecker & Söhne GmbH',
      },
      {
        by: U.marco,
        at: 120,
        text: 'Guten Tag Herr Becker, danke für den Hinweis. Ich habe die USt-IdNr. in Ihrem Konto geändert. Bitte bestätigen Sie, dass die Firmenadresse noch stimmt, dann stelle ich die Rechnung neu aus.',
      },
      { by: U.marco, at: 125, text: 'Needs VAT ID re-validation in VIES before reissuing.', isPublic: false },
    ],
  },
  {
    id: 1013,
    subject: '注文した商品が届きません',
    requester: U.yuki,
    assignee: U.hana,
    group: G.support,
    status: 'open',
    priority: 'normal',
    type: 'question',
    channel: 'chat',
    created: '2026-11-19T03:20:00Z',
    area: 'area_shipping',
    thread: [
      { by: U.yuki, at: 0, text: 'こんにちは。11月10日に注文した商品（注文番号 JP-55120）がまだ届きません。確認していただけますか？' },
      {
        by: U.hana,
        at: 8,
        text: '田中様、お問い合わせありがとうございます。ご不便をおかけして申し訳ございません。配送業者に確認いたしますので、少々お待ちください。',
      },
      { by: U.hana, at: 9, text: 'Carrier shows the parcel at the Osaka hub since Nov 15; asked for a trace.', isPublic: false },
      { by: U.yuki, at: 30, text: 'よろしくお願いします 🙏' },
    ],
  },
  {
    id: 1021,
    subject: 'Cambio de dirección de envío para mi pedido',
    requester: U.lucia,
    assignee: null,
    group: G.support,
    status: 'new',
    priority: 'low',
    type: 'question',
    channel: 'email',
    created: '2026-11-21T09:30:00Z',
    area: 'area_shipping',
    thread: [
      {
        by: U.lucia,
        at: 0,
        text: 'Buenos días, ¿puedo cambiar la dirección de envío del pedido #90211? Me mudé la semana pasada.\n\nSaludos,\nLucía\n\nEnviado desde mi iPhone',
      },
    ],
  },
];
