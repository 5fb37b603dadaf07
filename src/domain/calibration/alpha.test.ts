import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nominalAlpha, type ReliabilityData } from './alpha';

/** Coders in rows as printed in the paper; the function takes units in rows. */
function byUnit(coders: (string | null)[][]): ReliabilityData {
  const length = Math.max(...coders.map((c) => c.length));
  return Array.from({ length }, (_, u) => coders.map((c) => c[u] ?? null));
}

const _ = null;

describe('nominalAlpha against Krippendorff (2011), "Computing Krippendorff\'s Alpha-Reliability", Univ. of Pennsylvania', () => {
  it('A. binary data, two observers, no missing data: α = 0.095', () => {
    const data = byUnit([
      ['0', '1', '0', '0', '0', '0', '0', '0', '1', '0'],
      ['1', '1', '1', '0', '0', '1', '0', '0', '0', '0'],
    ]);
    expect(nominalAlpha(data).alpha).toBeCloseTo(0.095, 3);
  });

  it('B. nominal data, two observers, no missing data: α = 0.692', () => {
    const data = byUnit([
      ['a', 'a', 'b', 'b', 'd', 'c', 'c', 'c', 'e', 'd', 'd', 'a'],
      ['b', 'a', 'b', 'b', 'b', 'c', 'c', 'c', 'e', 'd', 'd', 'd'],
    ]);
    expect(nominalAlpha(data).alpha).toBeCloseTo(0.692, 3);
  });

  it('C. nominal data, four observers, missing data: α = 0.743 over n = 40 pairable values', () => {
    const data = byUnit([
      ['1', '2', '3', '3', '2', '1', '4', '1', '2', _, _, _],
      ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', _, '3'],
      [_, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', _],
      ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', _],
    ]);
    const result = nominalAlpha(data);
    expect(result.alpha).toBeCloseTo(0.743, 3);
    expect(result.pairable).toBe(40);
    // Unit 12 has one value only: not pairable.
    expect(result.units).toBe(11);
  });
});

const values = fc.constantFrom('a', 'b', 'c', null);
const dataArb = fc
  .integer({ min: 2, max: 5 })
  .chain((coders) => fc.array(fc.array(values, { minLength: coders, maxLength: coders }), { minLength: 1, maxLength: 15 }));

describe('nominalAlpha properties', () => {
  it('perfect agreement with some variation is 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 2, maxLength: 12 }),
        fc.integer({ min: 2, max: 5 }),
        (truth, coders) => {
          fc.pre(new Set(truth).size > 1);
          const data = truth.map((v) => Array.from({ length: coders }, () => v));
          expect(nominalAlpha(data).alpha).toBe(1);
        },
      ),
    );
  });

  it('no variation at all is undefined (null), not 1 or NaN', () => {
    expect(
      nominalAlpha([
        ['a', 'a'],
        ['a', 'a'],
      ]).alpha,
    ).toBeNull();
    expect(
      nominalAlpha([
        ['a', null],
        [null, 'b'],
      ]).alpha,
    ).toBeNull();
    expect(nominalAlpha([]).alpha).toBeNull();
  });

  it('does not depend on the order of units, of coders, or on the names of the values', () => {
    fc.assert(
      fc.property(dataArb, fc.integer(), (data, seed) => {
        const base = nominalAlpha(data).alpha;
        const reversedUnits = [...data].reverse();
        const reversedCoders = data.map((u) => [...u].reverse());
        const rotate = (v: string | null) => (v === null ? null : (({ a: 'b', b: 'c', c: 'a' } as Record<string, string>)[v] ?? v));
        const renamed = data.map((u) => u.map(rotate));
        const shift = Math.abs(seed) % data.length;
        const rotatedUnits = [...data.slice(shift), ...data.slice(0, shift)];
        for (const other of [reversedUnits, reversedCoders, renamed, rotatedUnits]) {
          const alpha = nominalAlpha(other).alpha;
          if (base === null) expect(alpha).toBeNull();
          else expect(alpha).toBeCloseTo(base, 10);
        }
      }),
    );
  });

  it('stays at or below 1, and units with a single value do not change it', () => {
    fc.assert(
      fc.property(dataArb, (data) => {
        const { alpha } = nominalAlpha(data);
        if (alpha !== null) expect(alpha).toBeLessThanOrEqual(1 + 1e-12);
        const coders = data[0]?.length ?? 2;
        const lonely = Array.from({ length: coders }, (_, i) => (i === 0 ? 'a' : null));
        const withLonely = nominalAlpha([...data, lonely]).alpha;
        if (alpha === null) expect(withLonely).toBeNull();
        else expect(withLonely).toBeCloseTo(alpha, 10);
      }),
    );
  });
});
