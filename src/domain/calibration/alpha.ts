/**
 * Krippendorff's alpha for nominal data, any number of coders, missing answers allowed
 * (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011, section C). ADR 0045.
 *
 * `units[u][c]` is coder c's value for unit u, or null when c gave none. Units with fewer than two
 * values are not pairable and drop out, as the method prescribes.
 */
export type ReliabilityData = readonly (readonly (string | null)[])[];

export interface AlphaResult {
  /** Null when there is nothing to judge: no pairable values, or every value the same (no variation). */
  alpha: number | null;
  /** Pairable values (Krippendorff's n). */
  pairable: number;
  /** Units with at least two values. */
  units: number;
}

export function nominalAlpha(units: ReliabilityData): AlphaResult {
  // Coincidences: o[c][k] summed over units, each ordered pair of values weighted 1 / (m_u - 1).
  const observed = new Map<string, Map<string, number>>();
  let pairableUnits = 0;
  for (const unit of units) {
    const values = unit.filter((v): v is string => v !== null);
    const m = values.length;
    if (m < 2) continue;
    pairableUnits += 1;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i === j) continue;
        const row = observed.get(values[i] as string) ?? new Map<string, number>();
        row.set(values[j] as string, (row.get(values[j] as string) ?? 0) + 1 / (m - 1));
        observed.set(values[i] as string, row);
      }
    }
  }
  const totals = new Map<string, number>();
  let n = 0;
  let disagreeing = 0;
  for (const [c, row] of observed) {
    for (const [k, count] of row) {
      totals.set(c, (totals.get(c) ?? 0) + count);
      n += count;
      if (c !== k) disagreeing += count;
    }
  }
  const pairable = Math.round(n);
  if (n <= 1) return { alpha: null, pairable, units: pairableUnits };
  // Expected disagreement: sum over c ≠ k of n_c n_k = n² − Σ n_c².
  let squares = 0;
  for (const total of totals.values()) squares += total * total;
  const expected = n * n - squares;
  if (expected <= 1e-12) return { alpha: null, pairable, units: pairableUnits };
  const alpha = 1 - ((n - 1) * disagreeing) / expected;
  return { alpha: Math.abs(alpha) < 1e-12 ? 0 : alpha, pairable, units: pairableUnits };
}
