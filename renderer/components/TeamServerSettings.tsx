// Settings › Team server: which corpus this window works on, and the switch between this
// computer's project and a team server. The password goes to the server once and is not kept.
import { type FormEvent, useState } from 'react';
import { api } from '../api-client';
import { standaloneMessage } from '../error-message';
import { signOut, useSession } from '../session';

export function TeamServerSettings() {
  const { where } = useSession();
  const [url, setUrl] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  if (!where) return null;

  const shownUrl = url ?? (where.kind === 'local' ? (where.lastServerUrl ?? '') : '');

  const connect = async (e: FormEvent) => {
    e.preventDefault();
    // A field left empty is said here, naming it, before any request is made.
    const missing: [string, string] | undefined = !shownUrl.trim()
      ? ['team-url', 'Type the team server’s address, e.g. https://lexgap.example.org']
      : !name.trim()
        ? ['team-name', 'Type your account name']
        : !password
          ? ['team-password', 'Type your password']
          : undefined;
    if (missing) {
      setError(`${missing[1]}: nothing was connected.`);
      document.getElementById(missing[0])?.focus();
      return;
    }
    setBusy(true);
    setError('');
    try {
      await api.connectTeamServer({ url: shownUrl.trim(), name: name.trim(), password });
      // Every screen reads again, now from the server (as after opening a review package).
      location.reload();
    } catch (failure) {
      setError(standaloneMessage(failure));
      setPassword('');
      setBusy(false);
    }
  };

  return (
    <div className="card team-server" style={{ maxWidth: 520, marginBottom: 12 }} data-testid="team-server">
      <h2>Team server</h2>
      {where.kind === 'team' ? (
        <>
          <p data-testid="connection">
            {where.via === 'team'
              ? 'This page is served by the team server'
              : 'This window works on the team server'}{' '}
            <strong>{where.url}</strong> as <strong>{where.account.name}</strong> ({where.account.role}).
          </p>
          <p className="muted">
            Every change is made on the team&apos;s corpus and recorded under {where.account.name}.
            {where.via !== 'team' &&
              ' The project on this computer is kept as it was; Disconnect goes back to it.'}
          </p>
          <button type="button" onClick={() => void signOut(() => api.disconnectTeamServer({}))}>
            {where.via === 'team' ? 'Sign out' : 'Disconnect'}
          </button>
        </>
      ) : (
        <>
          <p data-testid="connection">
            This window works on the local project <strong>{where.project}</strong>.
          </p>
          <p className="muted">
            To work on your team&apos;s corpus, connect to its Lexgap server with the account your lead gave
            you. The password is not stored.
          </p>
          <form onSubmit={(e) => void connect(e)}>
            <div className="fields">
              <label htmlFor="team-url">Server address</label>
              <input
                id="team-url"
                placeholder="https://lexgap.example.org"
                value={shownUrl}
                onChange={(e) => setUrl(e.target.value)}
              />
              <label htmlFor="team-name">Name</label>
              <input
                id="team-name"
                autoComplete="username"
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
              <label htmlFor="team-password">Password</label>
              <input
                id="team-password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            </div>
            {error && (
              <div className="error" role="alert">
                {error}
              </div>
            )}
            <button className="primary" type="submit" disabled={busy}>
              {busy ? 'Connecting…' : 'Connect'}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
