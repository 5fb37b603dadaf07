// @vitest-environment jsdom
import { Suspense } from 'react';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithServices } from '../../../test/support/render-app';
import { testCatalogue, testValue } from '../../../test/support/catalogues';
import { rankValuesDetailed } from '../../domain/suggest/rank-values';
import { catalogueLanguage, SHIPPED_PRIOR, SHIPPED_SITUATION_PRIOR } from '../../domain/suggest/reply-prior';
import type { TicketSnapshot } from '../../domain/ticket';
import { loadPriorLanguage } from '../../services/prior-language';
import { SuggestionPanel } from './suggestion-panel';

// A Dutch bookkeeping team's catalogue: the shipped priors hold stems only Dutch teams share in a part of their own.
const dutch = {
  ...testCatalogue([
    testValue('helder', 'Helder uitleggen', 'We leggen in gewone taal uit wat er gebeurde en waarom, stap voor stap.'),
    testValue('afmaken', 'Rond het af', 'We houden een vraag vast tot die echt is opgelost en laten weten wanneer.'),
    testValue('eerlijk', 'Eerlijk zijn', 'We zeggen het eerlijk, ook als we zelf een fout hebben gemaakt.'),
  ]),
  mission: 'Wij maken boekhouden eenvoudig voor zzp’ers en kleine ondernemers.',
  vision: 'Elke ondernemer heeft zonder zorgen grip op de eigen cijfers.',
};

const ticket: TicketSnapshot = {
  id: 4101,
  subject: 'Btw-aangifte klopt niet',
  description: '',
  priority: null,
  tags: [],
  comments: [
    {
      authorRole: 'end-user',
      public: true,
      body: 'Mijn btw-aangifte laat een veel te hoog bedrag zien en ik moet morgen betalen. Wat is hier aan de hand?',
    },
    {
      authorRole: 'agent',
      public: true,
      body:
        'Dag Sanne, ik heb het nagekeken: twee facturen stonden dubbel in het overzicht omdat de bankkoppeling ze opnieuw ' +
        'had ingelezen. Ik heb de dubbele regels verwijderd, het bedrag klopt nu. Ik kijk morgenochtend nog een keer mee ' +
        'voordat je betaalt en laat je dan weten of alles goed staat. Met vriendelijke groet, Joost',
    },
  ],
};

describe("the shipped priors' part for the catalogue's language (ADR 0178)", () => {
  it('is loaded before the first suggestion shows, and read in that language only', async () => {
    expect(catalogueLanguage(dutch)).toBe('nl');
    // Nothing of Dutch is in the shipped priors until a Dutch catalogue's sidebar asks for it.
    expect(SHIPPED_PRIOR.languages?.nl).toBeUndefined();
    expect(SHIPPED_SITUATION_PRIOR.languages?.nl).toBeUndefined();
    const sharedOnly = rankValuesDetailed(dutch, ticket).totals;

    renderWithServices(
      <Suspense fallback={<p>loading</p>}>
        <SuggestionPanel catalogue={dutch} ticket={ticket} authorName={() => 'Joost'} />
      </Suspense>,
    );
    // The panel waits for the part (the Suspense fallback), then ranks with it.
    expect(screen.getByText('loading')).toBeTruthy();
    await screen.findByTestId(/top-suggestion|no-clear-value/);
    expect(Object.keys(SHIPPED_PRIOR.languages?.nl ?? {}).length).toBeGreaterThan(50);
    expect(Object.keys(SHIPPED_SITUATION_PRIOR.languages?.nl ?? {}).length).toBeGreaterThan(50);
    // This reply's Dutch words count now; they did not before the part was in.
    expect(rankValuesDetailed(dutch, ticket).totals).not.toEqual(sharedOnly);
    // A catalogue in English (whose stems are all shared) reads none of them.
    const english = testCatalogue([testValue('a', 'Clear words', 'We explain plainly what happened and why.')]);
    expect(catalogueLanguage(english)).toBe('en');
    expect(SHIPPED_PRIOR.languages?.en).toBeUndefined();
  });

  it('loads each language once, and resolves at once for a language without a part', async () => {
    const first = loadPriorLanguage(dutch);
    await first;
    const english = testCatalogue([testValue('a', 'Clear words', 'We explain plainly what happened and why.')]);
    await expect(loadPriorLanguage(english)).resolves.toBeUndefined();
    await expect(loadPriorLanguage(dutch)).resolves.toBeUndefined();
  });
});
