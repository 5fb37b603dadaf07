// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../adapters/storage/local-store';
import { USAGE_STORAGE_KEY } from '../../domain/suggest-llm/usage';
import { renderWithServices } from '../../../test/support/render-app';
import { ModelUsagePanel } from './model-usage-panel';

const now = new Date('2026-12-02T09:00:00Z');

describe('ModelUsagePanel', () => {
  it('counts the calls made this week (Monday to today)', () => {
    const storage = createMemoryStore();
    storage.write(USAGE_STORAGE_KEY, JSON.stringify({ '2026-11-29': 9, '2026-11-30': 4, '2026-12-02': 3 }));
    renderWithServices(<ModelUsagePanel now={now} />, {
      settings: { llm_enabled: true, llm_model: 'gpt-4o-mini', llm_daily_cap: '50' },
      storage,
    });
    expect(screen.getByRole('region', { name: 'Language-model suggestions' })).toBeVisible();
    expect(screen.getByTestId('model-usage')).toHaveTextContent('7 requests to gpt-4o-mini this week from this browser (today 3 of 50).');
  });

  it('says plainly when model suggestions are off', () => {
    renderWithServices(<ModelUsagePanel now={now} />);
    expect(screen.getByTestId('model-usage')).toHaveTextContent(
      'Off: suggestions come from the built-in engine, and no ticket text leaves Zendesk.',
    );
  });
});
