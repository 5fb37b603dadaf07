import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json';
import minimal from '../fixtures/minimal-app/manifest.json';
import { defaultSettings, locationPath, visibleSettings, type AppManifest } from './app-package';

describe('the workspace reads an app folder by its manifest', () => {
  it('finds each location page, whether the manifest gives a URL or an object', () => {
    expect(locationPath(manifest as AppManifest, 'ticket_sidebar')).toBe('assets/iframe.html');
    expect(locationPath(manifest as AppManifest, 'nav_bar')).toBe('assets/iframe.html');
    expect(locationPath(minimal as AppManifest, 'ticket_sidebar')).toBe('assets/sidebar.html');
    expect(locationPath(minimal as AppManifest, 'nav_bar')).toBeNull();
  });

  it("starts the settings from the parameters' types and defaults", () => {
    expect(defaultSettings(manifest as AppManifest)).toEqual({
      catalogue: '',
      values_field_id: '',
      record_field_id: '',
      tagger_roles: 'admin',
      tagger_group_ids: '',
      agents_tag_own_replies: false,
      private_note: false,
      llm_enabled: false,
      llm_provider: 'openai',
      llm_model: '',
      llm_base_url: '',
      llm_api_key: '',
      llm_daily_cap: '200',
      llm_masking: true,
      per_agent_roles: 'admin',
      per_agent_group_ids: '',
      leads_roles: 'admin, team lead',
      leads_group_ids: '',
      learned_profile: '',
    });
    expect(defaultSettings(minimal as AppManifest)).toMatchObject({ greeting: 'Hello', show_requester: true });
  });

  it('never hands secure parameters to the app', () => {
    expect(visibleSettings(minimal as AppManifest, { greeting: 'Hi', api_token: 'secret' })).toEqual({ greeting: 'Hi' });
  });
});
