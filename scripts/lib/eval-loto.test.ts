import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../src/domain/suggest/params';
import { profileOverrides } from './eval-loto';

describe('the reading a fold ships for rankings with a profile (ADR 0144)', () => {
  it('is what the few-shot tuning changed from the cold one, among the tuned choices only', () => {
    const cold = { ...DEFAULT_PARAMS, saturation: 1, noteWeight: 0.15, strongMargin: 3 };
    const withTags = {
      ...DEFAULT_PARAMS,
      saturation: 1.5,
      noteWeight: 0.15,
      behaviourWeight: { ...DEFAULT_PARAMS.behaviourWeight, teach: 2 },
    };
    // Band cut-offs are calibrated apart (the profile has its own), so they are never carried over.
    expect(profileOverrides(cold, withTags)).toEqual({ saturation: 1.5, behaviourWeight: withTags.behaviourWeight });
    expect(profileOverrides(cold, cold)).toEqual({});
  });
});
