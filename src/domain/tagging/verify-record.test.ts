import { describe, expect, it } from 'vitest';
import { formatTagEvent } from './tag-event';
import { verifyRecord, type RecordAudit } from './verify-record';
import { addEvent, removeEvent } from './test-factories';

const FIELD = 77;
const honest = addEvent('a1', 'vc_a', { by: 5, at: '2026-11-20T10:00:00.000Z' });
const forged = addEvent('f1', 'vc_b', { by: 9, at: '2026-11-01T10:00:00.000Z' });
const late = addEvent('l1', 'vc_c', { by: 5, at: '2026-11-01T10:00:00.000Z' });
const removal = removeEvent('r1', 'a1', 'vc_a', { by: 5, at: '2026-11-21T10:00:00.000Z' });
const text = (...events: Parameters<typeof formatTagEvent>[0][]) => events.map(formatTagEvent).join('\n');
const audit = (id: number, author: number, at: string, value: string, previous: string | null): RecordAudit => ({
  id,
  author_id: author,
  created_at: at,
  events: [{ type: 'Change', field_name: String(FIELD), value, previous_value: previous }],
});

describe('verifyRecord (tampering is evident on the leads page and in the export)', () => {
  const audits = [
    audit(1, 5, '2026-11-20T10:00:02Z', text(honest), null),
    // Someone with API access (user 6) writes a line signed by an admin (9) and backdated.
    audit(2, 6, '2026-11-22T08:00:00Z', text(honest, forged), text(honest)),
    // The right user, but a line dated three weeks before it was written.
    audit(3, 5, '2026-11-22T09:00:00Z', text(honest, forged, late), text(honest, forged)),
    audit(4, 5, '2026-11-21T10:00:01Z', text(honest, forged, late, removal), text(honest, forged, late)),
  ];

  it('verifies lines written by the user they name at the time they say, with the audit time as truth', () => {
    const [a, , , r] = verifyRecord([honest, forged, late, removal], audits, FIELD);
    expect(a).toEqual({ event: honest, verified: true, at: '2026-11-20T10:00:02Z' });
    expect(r).toMatchObject({ verified: true, at: '2026-11-21T10:00:01Z' });
  });

  it('marks a line written by someone else, or dated far from its audit, as unverified', () => {
    const [, f, l] = verifyRecord([honest, forged, late, removal], audits, FIELD);
    expect(f).toEqual({ event: forged, verified: false, reason: 'author', at: '2026-11-22T08:00:00Z', writtenBy: 6 });
    expect(l).toMatchObject({ verified: false, reason: 'time', at: '2026-11-22T09:00:00Z' });
  });

  it('marks a line no audit wrote (the audits are gone, or it was never saved through Zendesk) as unverified', () => {
    expect(verifyRecord([honest], [], FIELD)).toEqual([{ event: honest, verified: false, reason: 'no-audit', at: null, writtenBy: null }]);
    expect(verifyRecord([honest], audits, FIELD + 1)[0]).toMatchObject({ verified: false, reason: 'no-audit' });
  });
});
