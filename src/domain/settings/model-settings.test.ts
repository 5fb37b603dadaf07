import { describe, expect, it } from 'vitest';
import { parseSettings } from './parse-settings';

const model = (raw: Record<string, unknown>) => parseSettings({ values_field_id: '1', ...raw });

describe('model settings', () => {
  it('are off by default, with masking on and the default cap', () => {
    expect(model({}).settings.model).toMatchObject({ enabled: false, masking: true, dailyCap: 200 });
  });

  it('turn on with a provider and a model; each provider has its default URL', () => {
    expect(model({ llm_enabled: true, llm_model: 'gpt-4o-mini' }).settings.model).toEqual({
      enabled: true,
      provider: 'openai',
      model: 'gpt-4o-mini',
      baseUrl: 'https://api.openai.com/v1',
      masking: true,
      dailyCap: 200,
    });
    const anthropic = model({
      llm_enabled: 'true',
      llm_provider: ' Anthropic ',
      llm_model: 'claude',
      llm_daily_cap: '50',
      llm_masking: false,
    });
    expect(anthropic.settings.model).toMatchObject({
      enabled: true,
      provider: 'anthropic',
      baseUrl: 'https://api.anthropic.com',
      dailyCap: 50,
      masking: false,
    });
    expect(anthropic.issues).toEqual([]);
  });

  it('stay off, naming the setting, when the provider cannot be used', () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ llm_provider: 'gemini', llm_model: 'x' }, 'llm_provider', 'settings.llm.provider.invalid'],
      [{}, 'llm_model', 'settings.llm.model.missing'],
      [{ llm_model: 'x', llm_base_url: 'http://insecure.example' }, 'llm_base_url', 'settings.llm.base-url.invalid'],
      [{ llm_model: 'x', llm_provider: 'azure' }, 'llm_base_url', 'settings.llm.base-url.missing'],
    ];
    for (const [raw, setting, code] of cases) {
      const { settings, issues } = model({ llm_enabled: true, ...raw });
      expect(settings.model.enabled).toBe(false);
      expect(issues).toEqual([expect.objectContaining({ severity: 'error', setting, code })]);
    }
  });

  it('keeps the default cap and masking on when those settings are unreadable', () => {
    const { settings, issues } = model({ llm_daily_cap: '-3', llm_masking: 'sometimes' });
    expect(settings.model).toMatchObject({ dailyCap: 200, masking: true });
    expect(issues.map((i) => i.code)).toEqual(['settings.llm.masking.invalid', 'settings.llm.cap.invalid']);
  });
});
