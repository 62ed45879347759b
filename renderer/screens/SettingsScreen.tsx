import { useEffect, useState } from 'react';
import { api } from '../api-client';
import { useNav } from '../navigation';

export function SettingsScreen() {
  const { refreshStatus } = useNav();
  // null until the stored name arrives: the field stays disabled so typing is not overwritten by it.
  const [name, setName] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    void api.getSettings({}).then((s) => setName(s.reviewerName));
  }, []);
  return (
    <>
      <div className="toolbar">
        <h1>Settings</h1>
      </div>
      <div className="content">
        <div className="card" style={{ maxWidth: 520 }}>
          <h2>Reviewer</h2>
          <p className="muted">Every decision and override is recorded in the audit log under this name.</p>
          <form
            className="row"
            onSubmit={async (e) => {
              e.preventDefault();
              if (name === null) return;
              const s = await api.updateSettings({ reviewerName: name });
              setSaved(`Saved: ${s.reviewerName}`);
              void refreshStatus();
            }}
          >
            <input
              aria-label="Reviewer name"
              value={name ?? ''}
              disabled={name === null}
              onChange={(e) => setName(e.target.value)}
            />
            <button className="primary" type="submit" disabled={name === null}>
              Save
            </button>
            <span className="muted">{saved}</span>
          </form>
        </div>
      </div>
    </>
  );
}
