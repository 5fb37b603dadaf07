import type { Catalogue, CatalogueValue } from '../../src/domain/catalogue/types';

/** A catalogue value for tests: what the ranking reads, with empty prompts, questions and signals unless given. */
export function testValue(id: string, name: string, description: string, extra: Partial<CatalogueValue> = {}): CatalogueValue {
  return { id, name, description, prompts: [], questions: [], signals: [], tag: `vc_${id}`, ...extra };
}

/** A catalogue of the given values, with a one-line mission and vision. */
export function testCatalogue(values: CatalogueValue[]): Catalogue {
  return { mission: 'm', vision: 'v', missionQuestions: [], visionQuestions: [], values };
}

/** A games team's values, one of them about composure with furious players (ADR 0110, 0126). */
export const COMPOSURE_VALUES: CatalogueValue[] = [
  testValue(
    'respect',
    'Respect Always',
    'We treat every player with respect, including the furious ones. We keep our cool and never mock or lecture.',
  ),
  testValue('truth', 'Straight Answers', 'We tell players what really happened and why, including our own mistakes.'),
  testValue('safe', 'Safe Accounts', 'We protect accounts and purchases, and put back what was lost.'),
];

/** Four values about feelings, speed, teaching and candour: the catalogue the ranking's tests read replies against. */
export const FOUR_VALUES: Catalogue = testCatalogue([
  testValue('heart', 'Heart', 'We notice how people feel and acknowledge the stress before fixing anything.'),
  testValue('clock', 'Clockwork', 'We answer fast when it is urgent and keep people updated without being chased.'),
  testValue('teacher', 'Lantern', 'We teach customers so they can do it themselves next time.'),
  testValue('candour', 'Candour', 'We tell the truth plainly, including unwelcome news and our own mistakes.'),
]);
