import { useEffect, useState } from 'react';
import { api } from '../api-client';
import { useNav } from '../navigation';

export function SettingsScreen() {
  const { refreshStatus } = useNav();
  const [name, setName] = useState('');
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
              const s = await api.updateSettings({ reviewerName: name });
              setSaved(`Saved: ${s.reviewerName}`);
              void refreshStatus();
            }}
          >
            <input aria-label="Reviewer name" value={name} onChange={(e) => setName(e.target.value)} />
            <button className="primary" type="submit">
              Save
            </button>
            <span className="muted">{saved}</span>
          </form>
        </div>
      </div>
    </>
  );
}
