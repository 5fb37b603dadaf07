import { useState, type FormEvent } from 'react';
import type { FaultRule } from '../workspace-handle';
import { useController } from './use-workspace';

/** Switch on the failures a real Zendesk produces, to see how the app copes. */
export function FaultsPanel() {
  const controller = useController();
  const [rule, setRule] = useState<FaultRule>({ method: 'PUT', path: '/api/v2/tickets', status: 409, times: 1 });
  const handle = controller.handle();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    handle.fault(rule);
    controller.notify('info', `Fault armed: ${JSON.stringify(rule)}`);
  };

  return (
    <form className="panel" onSubmit={submit} aria-label="Faults">
      <h2>Faults</h2>
      <div className="field">
        <label htmlFor="fault-method">Method</label>
        <select id="fault-method" value={rule.method ?? ''} onChange={(e) => setRule({ ...rule, method: e.target.value || undefined })}>
          <option value="">any</option>
          <option>GET</option>
          <option>PUT</option>
          <option>POST</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="fault-path">Path contains</label>
        <input id="fault-path" value={rule.path ?? ''} onChange={(e) => setRule({ ...rule, path: e.target.value || undefined })} />
      </div>
      <div className="field">
        <label htmlFor="fault-kind">Failure</label>
        <select
          id="fault-kind"
          value={rule.offline ? 'offline' : String(rule.status ?? 'delay')}
          onChange={(e) => {
            const kind = e.target.value;
            if (kind === 'offline') setRule({ ...rule, offline: true, status: undefined });
            else if (kind === 'delay') setRule({ ...rule, offline: false, status: undefined, delayMs: rule.delayMs ?? 2000 });
            else setRule({ ...rule, offline: false, status: Number(kind) as 409 | 429 | 500 });
          }}
        >
          <option value="409">409 Conflict</option>
          <option value="429">429 Too Many Requests</option>
          <option value="500">500 Server error</option>
          <option value="offline">Offline (network error)</option>
          <option value="delay">Slow (delay only)</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="fault-times">Times</label>
        <input
          id="fault-times"
          type="number"
          min={1}
          value={rule.times ?? 1}
          onChange={(e) => setRule({ ...rule, times: Number(e.target.value) })}
        />
      </div>
      <div className="field">
        <label htmlFor="fault-retry">Retry-After (s, for 429)</label>
        <input
          id="fault-retry"
          type="number"
          min={0}
          value={rule.retryAfter ?? ''}
          onChange={(e) => setRule({ ...rule, retryAfter: e.target.value === '' ? undefined : Number(e.target.value) })}
        />
      </div>
      <div className="field">
        <label htmlFor="fault-delay">Delay (ms)</label>
        <input
          id="fault-delay"
          type="number"
          min={0}
          value={rule.delayMs ?? ''}
          onChange={(e) => setRule({ ...rule, delayMs: e.target.value === '' ? undefined : Number(e.target.value) })}
        />
      </div>
      <div className="row">
        <button type="submit">Arm fault</button>
        <button type="button" onClick={() => handle.clearFaults()}>
          Clear faults
        </button>
      </div>
    </form>
  );
}
