import { describe, expect, it } from 'vitest';
import {
  figures,
  meanOverTeams,
  prepareSets,
  rankCase,
  fewShot,
  foldPrior,
  DEV_SETS,
  unseenSets,
  withDeclaredBehaviours,
  PROPOSED_BEHAVIOURS,
  labelledPriorRows,
} from './eval-core';
import { trainPrior } from './reply-prior';

// The unseen pool's floors, in a file of their own since session 33 (ADR 0188): the longest file of the unit suite (its
// twenty held-out priors are trained at collection), which test/setup/longest-first.ts starts first so that the rest of
// the suite runs beside it instead of after it. The dev floors are in evaluate.test.ts.
// Two hundred and twenty-four teams written by independent authors who read neither the engine nor the dev sets (ADR
// 0151, 0155–0198); the first twenty-four have been read, and sprogskole (batch 29, ADR 0197); batches 5–30 otherwise
// only as figures. Each team is ranked with priors trained
// on the other nine of ten groups of teams (`foldPrior`: ten trainings per prior instead of one per team; `npm run
// eval:unseen` holds out one team at a time), the situation prior too, which reads the customer beside the reply (ADR
// 0166). Floors a little below what that measured in session 25 (120 teams, the reply prior at 0.6 with tags of ADR
// 0170 and cut-offs 0.63 / 0.57, ADR 0171): cold 67.4 / 93.8, "Likely" 87.5% on 42.0%; with tags 72.6 / 94.6, 87.3% on
// 65.7% (session 24, 112 teams: 66.6 / 93.7, 86.4% on 40.6%; 71.7 / 95.4, 86.4% on 66.2%; the groups change as batches
// join). Session 26 (128 teams, cut-offs 0.61 / 0.57, ADR 0174): cold 67.3 / 94.2, 86.9% on 44.2%; with tags 72.5 / 94.9,
// 86.9% on 66.4%. Session 27 (136 teams; "Likely" calibrated at 90%, cut-offs 0.72 / 0.65, ADR 0176): cold 67.3 / 94.2,
// 90.1% on 34.0%; with tags 73.2 / 95.1, 89.2% on 56.7%. Session 28 (144 teams, ADR 0177; cut-offs 0.72 / 0.66): cold
// 67.7 / 94.3, 90.3% on 35.3%; with tags 72.4 / 95.4, 89.7% on 55.9%. Session 29 (152 teams, ADR 0179; cut-offs 0.71 /
// 0.65): cold 67.0 / 94.2, 90.0% on 36.3%; with tags 72.8 / 95.5, 89.8% on 57.3%. Session 30 (160 teams, ADR 0181;
// cut-offs 0.70 / 0.64): cold 67.3 / 94.4, 89.5% on 37.3%; with tags 72.4 / 95.4, 89.5% on 58.0%. Session 31 (168 teams,
// ADR 0183; cut-offs 0.72 / 0.65): cold 67.2 / 94.5, 90.3% on 35.5%; with tags 72.7 / 95.3, 89.9% on 56.9%. Session 32
// (176 teams, ADR 0185, 0186 with Danish read; cut-offs 0.69 / 0.63): cold 67.1 / 94.3, 89.0% on 38.2%; with tags 72.8 /
// 95.5, 89.6% on 59.5%. Session 33 (184 teams, ADR 0187; cut-offs 0.70 / 0.64 at 90%): cold 67.0 / 94.4, 89.2% on 37.3%;
// with tags 72.6 / 95.4, 89.7% on 58.3%; then, "Likely" calibrated at 92.5% (cut-offs 0.78 / 0.75, ADR 0187): cold 91.8%
// on 30.4%, with tags 92.4% on 45.4%, and the "Likely" floors moved with it. Session 34 (192 teams, ADR 0189's compounds,
// the pruned values' side and cut-offs 0.77 / 0.74, ADR 0190): cold 66.8 / 94.3, 91.6% on 29.7%; with tags 72.4 / 95.3, 91.9% on 46.2%; declared 69.4 / 95.0,
// 92.0% on 34.7% (0.75), with tags 74.3. Session 35 (200 teams, the situation prior's values' side from twelve teams,
// ADR 0192; cut-offs unchanged): cold 68.0 / 94.5, 92.2% on 29.9%; with tags 72.7 / 95.4, 92.4% on 46.2%; declared
// 69.8 / 95.2, 92.5% on 34.8%, with tags 74.5. Session 36 (208 teams, ADR 0193's reading with tags, cut-offs 0.77 /
// 0.77, ADR 0194): cold 67.7 / 94.3, 92.5% on 30.0%; with tags 73.7 / 95.7, 92.2% on 54.1%; declared 70.3 / 95.0, 93.2%
// on 34.6%, with tags 75.0. Session 37 (216 teams, ADR 0196's priors in coarser steps; cut-offs 0.75 / 0.77 / 0.75):
// cold 68.3 / 94.6, 92.5% on 31.4%; with tags 74.0 / 95.8, 92.4% on 53.9%; declared 70.8 / 95.2, 93.3% on 34.2%, with
// tags 75.5. Session 38 (224 teams, ADR 0198's priors in steps of 0.045 and 0.035; cut-offs unchanged): cold 68.3 / 94.2,
// 92.8% on 31.2%; with tags 73.7 / 95.6, 92.5% on 53.6%; declared 70.4 / 95.0, 93.6% on 33.8%, with tags 74.8. Session
// 39 (232 teams, batch 31 joined with the priors untrimmed, ADR 0199; cut-offs unchanged): cold 67.5 / 94.4, 92.3% on
// 31.3%; with tags 73.4 / 95.5, 92.2% on 53.0%; declared 70.0 / 94.8, 93.3% on 34.2%, with tags 74.9. Session 40 (248
// teams, ADR 0201's typical reply taken off each value, cut-offs 0.69 / 0.73 / 0.63): cold 70.1 / 94.7, 93.1% on 34.5%;
// with tags 74.4 / 95.7, 92.4% on 56.9%; declared 73.2 / 95.7, 92.7% on 44.3%, with tags 75.7; the floors move up with
// it. The engine without the prior fails them.
describe('suggestion accuracy on teams written by independent authors (regression floors)', { timeout: 180_000 }, () => {
  const teams = unseenSets();
  const unseen = prepareSets(teams).map((c) => ({
    ...c,
    prior: foldPrior(c.team, 10),
    situationPrior: foldPrior(c.team, 10, 'situation'),
  }));
  const likely = (outcomes: ReturnType<typeof fewShot>) => {
    const strong = figures(outcomes).bands.strong;
    return strong.lenient / Math.max(1, strong.n);
  };
  const shown = (outcomes: ReturnType<typeof fewShot>) => figures(outcomes).bands.strong.n / Math.max(1, outcomes.length);

  it('cold: the top value, the top three and "Likely"', () => {
    expect(teams.length).toBeGreaterThanOrEqual(248);
    const cold = unseen.map((c) => rankCase(c));
    expect(meanOverTeams(cold).strict).toBeGreaterThanOrEqual(0.685);
    expect(meanOverTeams(cold).top3).toBeGreaterThanOrEqual(0.935);
    expect(likely(cold)).toBeGreaterThanOrEqual(0.9);
    expect(shown(cold)).toBeGreaterThanOrEqual(0.32);
  });

  it("with the team's tags (4 folds per team)", () => {
    const few = fewShot(unseen);
    expect(meanOverTeams(few).strict).toBeGreaterThanOrEqual(0.73);
    expect(meanOverTeams(few).top3).toBeGreaterThanOrEqual(0.945);
    expect(likely(few)).toBeGreaterThanOrEqual(0.9);
    expect(shown(few)).toBeGreaterThanOrEqual(0.52);
  });

  it('when each value declares the behaviours the language model proposed for it (ADR 0158, 0159): higher, and "Likely" on more tickets', () => {
    // Measured in session 33 over 184 teams: 69.4 / 74.0 / 95.0, with tags 73.8, against 67.0 without the declarations;
    // "Likely" 92.1% on 34.0% at 0.77 (92.5%, ADR 0187; 89.3% on 42.6% at 0.68 and 90%). In session 32 over 176 teams (before ADR 0186's Danish): cold 68.2 / 72.7 / 94.4, "Likely" 89.4% on 39.5%
    // (its own cut-off since ADR 0160, 0.68 at 90%, ADR 0185), with tags 73.0; without the declarations 67.4 (session 31,
    // 168 teams: 68.6 / 73.4 / 95.2, 90.6% on 39.3% at 0.71, with tags 73.8, against 67.2; session 30, 160 teams: 67.9 / 72.4 /
    // 94.6, 89.5% on 39.0% at 0.69, with tags 72.7, against 67.3; session 29, 152 teams: 67.7 / 72.2 /
    // 94.3, 89.6% on 38.3% at 0.69, with tags 73.1, against 67.0; session 28, 144 teams: 68.3 / 72.7 /
    // 94.5, 90.1% on 37.5% at 0.71, with tags 72.7, against 67.7; session 27, 136 teams: 68.0, 90.1% on
    // 37.1% at 0.69, with tags 73.0, against 67.3; session 26, 128 teams: 67.8,
    // 87.4% on 46.1% at 0.61, with tags 73.0; session 25, 120 teams: 68.7, 87.8% on
    // 46.8%, with tags 73.6, against 67.4; session 24, 112 teams: 67.8, 86.8% on
    // 48.3%; session 23, 104 teams: 65.7, 86.6% on 42.9%; session 22, 96 teams: 65.0, 87.5% on 42.1%; session 21, 88
    // teams, before the values' side of ADR 0164: 60.5, 87.3% on 28.9%; with tags 68.6). The proposals are the app's own
    // request (scripts/propose-behaviours.ts) answered from each catalogue's text alone, for every team; the reader's
    // declarations of ADR 0158 (fifty-six teams) gave 60.6 / 88.8% on 26.9% (session 19).
    const declared = withDeclaredBehaviours(unseen, PROPOSED_BEHAVIOURS);
    const cold = declared.map((c) => rankCase(c));
    expect(meanOverTeams(cold).strict).toBeGreaterThanOrEqual(0.715);
    expect(meanOverTeams(cold).top3).toBeGreaterThanOrEqual(0.945);
    expect(likely(cold)).toBeGreaterThanOrEqual(0.9);
    expect(shown(cold)).toBeGreaterThanOrEqual(0.41);
    expect(meanOverTeams(fewShot(declared)).strict).toBeGreaterThanOrEqual(0.74);
  });

  it('ranks each team with a prior trained on the other groups only, never on its own labels', () => {
    const team = 'vault';
    // Teams ranked with the same prior object are the team's group (the priors are cached per group).
    const labelled = prepareSets([...DEV_SETS, ...teams]);
    const group = new Set(labelled.map((c) => c.team).filter((t) => foldPrior(t, 10) === foldPrior(team, 10)));
    expect(group.has(team)).toBe(true);
    // Ten groups of about equal size.
    const all = new Set(labelled.map((c) => c.team)).size;
    expect(group.size).toBeGreaterThanOrEqual(Math.floor(all / 10));
    expect(group.size).toBeLessThanOrEqual(Math.ceil(all / 10));
    const rows = labelledPriorRows('reply');
    expect(new Set(rows.map((r) => r.team))).toEqual(new Set(labelled.map((c) => c.team)));
    expect(foldPrior(team, 10)).toEqual(trainPrior(rows.filter((r) => !group.has(r.team))));
  });
});
