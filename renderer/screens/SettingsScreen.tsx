import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../shared/model';
import { api } from '../api-client';
import { errorMessage } from '../error-message';
import { AccountsSettings } from '../components/AccountsSettings';
import { TeamServerSettings } from '../components/TeamServerSettings';
import { useNav } from '../navigation';
import { useMay } from '../permissions';
import { useSession } from '../session';

/** One named setting: a card with its field and a Save that reports what was stored. */
function NameSetting({
  field,
  title,
  hint,
  label,
  initial,
  version,
  onSaved,
  blocked,
}: {
  field: 'reviewerName' | 'leadReviewer';
  title: string;
  hint: string;
  label: string;
  /** null until the stored value arrives: the field stays disabled so typing is not overwritten by it. */
  initial: string | null;
  /** The stored setting's version shown: a change someone made since is reported, not overwritten. */
  version?: number;
  onSaved?: () => void;
  /** Why this account may not change it (a team server's role), when it may not. */
  blocked?: string;
}) {
  const [value, setValue] = useState<string | null>(initial);
  const [saved, setSaved] = useState('');
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setValue(initial), [initial]);
  return (
    <div className="card" style={{ maxWidth: 520, marginBottom: 12 }}>
      <h2>{title}</h2>
      <p className="muted">{hint}</p>
      <form
        className="row"
        onSubmit={async (e) => {
          e.preventDefault();
          if (value === null) return;
          // Said here, in plain words, rather than the API's "reviewerName must not be empty".
          if (!value.trim()) {
            setSaved('');
            setError(`Type a name first: nothing was saved, the ${title.toLowerCase()} is still ${initial}.`);
            input.current?.focus();
            return;
          }
          try {
            const s = await api.updateSettings({ [field]: value, expectedVersion: version });
            setError('');
            setSaved(`Saved: ${s[field]}`);
            onSaved?.();
          } catch (e) {
            setSaved('');
            setError(errorMessage(e));
          }
        }}
      >
        <input
          ref={input}
          aria-label={label}
          value={value ?? ''}
          disabled={value === null || blocked !== undefined}
          title={blocked}
          onChange={(e) => setValue(e.target.value)}
        />
        <button
          className="primary"
          type="submit"
          disabled={value === null || blocked !== undefined}
          title={blocked}
        >
          Save
        </button>
        <span className="muted">{saved}</span>
      </form>
      {error && (
        <div className="error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

export function SettingsScreen() {
  const { refreshStatus } = useNav();
  const [settings, setSettings] = useState<Settings | null>(null);
  const { where } = useSession();
  const may = useMay();
  useEffect(() => {
    void api.getSettings({}).then(setSettings);
  }, []);
  return (
    <>
      <div className="toolbar">
        <h1>Settings</h1>
      </div>
      <div className="content">
        <TeamServerSettings />
        {where?.kind === 'team' && where.account.role === 'lead' && (
          <AccountsSettings self={where.account.name} />
        )}
        {where?.kind === 'team' ? (
          <div className="card" style={{ maxWidth: 520, marginBottom: 12 }}>
            <h2>Reviewer</h2>
            <p className="muted">
              On the team server every decision and cell rating is recorded under your account,{' '}
              <strong>{where.account.name}</strong>.
            </p>
          </div>
        ) : (
          <NameSetting
            field="reviewerName"
            title="Reviewer"
            hint="Every decision and cell rating is recorded in the audit log under this name."
            label="Reviewer name"
            initial={settings?.reviewerName ?? null}
            onSaved={() => void refreshStatus()}
          />
        )}
        <NameSetting
          field="leadReviewer"
          title="Lead reviewer"
          hint="Where reviewers differ, the lead's decision is the one that counts in the matrix (Reviewers screen)."
          label="Lead reviewer"
          initial={settings?.leadReviewer ?? null}
          version={settings?.leadReviewerVersion}
          onSaved={() => void api.getSettings({}).then(setSettings)}
          blocked={may('updateSettings').why}
        />
      </div>
    </>
  );
}
