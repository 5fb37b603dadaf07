import { useState, type FormEvent } from 'react';
import type { AppPackage, ManifestParameter, Settings } from '../host/app-package';
import { useController, useWorkspaceState } from './use-workspace';

function ParameterField({
  app,
  parameter,
  value,
  onChange,
}: {
  app: AppPackage;
  parameter: ManifestParameter;
  value: string | boolean | undefined;
  onChange: (value: string | boolean) => void;
}) {
  const id = `setting-${app.name}-${parameter.name}`;
  const label = app.labels[parameter.name]?.label ?? parameter.name;
  const help = app.labels[parameter.name]?.helpText;
  const helpId = help ? `${id}-help` : undefined;
  let input;
  if (parameter.type === 'checkbox') {
    return (
      <div className="field">
        <label htmlFor={id} className="checkbox">
          <input
            id={id}
            type="checkbox"
            aria-describedby={helpId}
            checked={value === true || value === 'true'}
            onChange={(e) => onChange(e.target.checked)}
          />
          {label}
        </label>
        {help ? (
          <p id={helpId} className="help">
            {help}
          </p>
        ) : null}
      </div>
    );
  }
  if (parameter.type === 'multiline') {
    input = <textarea id={id} rows={12} aria-describedby={helpId} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)} />;
  } else {
    // Zendesk's form: number and url parameters get their input types; secure ones are never shown back.
    const type = parameter.secure ? 'password' : parameter.type === 'number' ? 'number' : parameter.type === 'url' ? 'url' : 'text';
    input = (
      <input
        id={id}
        type={type}
        required={parameter.required}
        aria-describedby={helpId}
        value={String(value ?? '')}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {parameter.required ? ' (required)' : ''}
      </label>
      {input}
      {help ? (
        <p id={helpId} className="help">
          {help}
        </p>
      ) : null}
    </div>
  );
}

function AppSettingsForm({ app }: { app: AppPackage }) {
  const controller = useController();
  const state = useWorkspaceState();
  const [draft, setDraft] = useState<Settings>(state.settings[app.name] ?? {});
  // Hidden parameters are set by the app's installer, not by the admin.
  const parameters = (app.manifest.parameters ?? []).filter((p) => p.type !== 'hidden');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void controller
      .setSettings(draft, app.name)
      .then(() => controller.notify('success', `${app.manifest.name}: settings saved; the apps were reloaded.`));
  };

  return (
    <form className="settings-panel" onSubmit={submit} aria-label={`${app.manifest.name} settings`}>
      <h2>{app.manifest.name} settings (admin)</h2>
      {parameters.map((parameter) => (
        <ParameterField
          key={parameter.name}
          app={app}
          parameter={parameter}
          value={draft[parameter.name]}
          onChange={(value) => setDraft({ ...draft, [parameter.name]: value })}
        />
      ))}
      <button type="submit">Save and reload the app</button>
    </form>
  );
}

/** Zendesk's app settings screen, reduced: generated from each app's manifest parameters, types, defaults and labels. */
export function SettingsPanel() {
  const controller = useController();
  return (
    <div className="panel">
      {controller.apps.map((app) => (
        <AppSettingsForm key={app.name} app={app} />
      ))}
    </div>
  );
}
