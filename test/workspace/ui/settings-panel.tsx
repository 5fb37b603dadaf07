import { useState, type FormEvent } from 'react';
import en from '../../../translations/en.json';
import { useController, useWorkspaceState } from './use-workspace';

type ParameterLabels = Record<string, { label?: string; helpText?: string }>;

/** Zendesk's app settings screen, reduced: the manifest's parameters with their translated labels. */
export function SettingsPanel() {
  const controller = useController();
  const state = useWorkspaceState();
  const [draft, setDraft] = useState(state.settings);
  const labels = ((en as { app?: { parameters?: ParameterLabels } }).app?.parameters ?? {});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void controller.setSettings(draft).then(() => controller.notify('success', 'Settings saved; the app was reloaded.'));
  };

  return (
    <form className="panel settings-panel" onSubmit={submit} aria-label="App settings">
      <h2>Values Coach settings (admin)</h2>
      {controller.parameters().map((parameter) => {
        const id = `setting-${parameter.name}`;
        const label = labels[parameter.name]?.label ?? parameter.name;
        const help = labels[parameter.name]?.helpText;
        const value = draft[parameter.name];
        return (
          <div className="field" key={parameter.name}>
            {parameter.type === 'checkbox' ? (
              <label htmlFor={id} className="checkbox">
                <input
                  id={id}
                  type="checkbox"
                  checked={value === true || value === 'true'}
                  onChange={(e) => setDraft({ ...draft, [parameter.name]: e.target.checked })}
                />
                {label}
              </label>
            ) : (
              <>
                <label htmlFor={id}>{label}</label>
                {parameter.type === 'multiline' ? (
                  <textarea
                    id={id}
                    rows={12}
                    value={String(value ?? '')}
                    onChange={(e) => setDraft({ ...draft, [parameter.name]: e.target.value })}
                  />
                ) : (
                  <input id={id} value={String(value ?? '')} onChange={(e) => setDraft({ ...draft, [parameter.name]: e.target.value })} />
                )}
              </>
            )}
            {help ? <p className="help">{help}</p> : null}
          </div>
        );
      })}
      <button type="submit">Save and reload the app</button>
    </form>
  );
}
