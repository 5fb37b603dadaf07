import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The unit suite's longest files, longest first: each keeps one worker busy for minutes (held-out priors trained on every
 * labelled team, thousands of tickets ranked). Vitest starts the files it has timings for longest first, but a fresh
 * machine (CI's) has none, and it then starts the largest files first: these short files started last and ran alone on
 * one core for minutes at the end of the suite (ADR 0188). A test checks that each still exists.
 */
export const LONGEST_FILES = ['scripts/lib/evaluate-unseen.test.ts', 'scripts/lib/reply-prior.test.ts', 'scripts/lib/evaluate.test.ts'];

/** Vitest's own order (timings when it has them), with `LONGEST_FILES` moved to the front in their order. */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const at = LONGEST_FILES.findIndex((path) => file.moduleId.endsWith(`/${path}`));
      return at < 0 ? LONGEST_FILES.length : at;
    };
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
