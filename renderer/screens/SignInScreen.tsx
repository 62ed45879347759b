// Sign-in to a team server: at a browser's first visit as the whole page, and later, when the
// server says the session has ended, as a dialog over the screens so nothing typed there is lost.
import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api-client';
import { standaloneMessage } from '../error-message';
import { type SignInRequest, pageMode, signIn, signOut } from '../session';

function SignInForm({ request }: { request: SignInRequest }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [fromHere, setFromHere] = useState(false);
  useEffect(() => void pageMode().then((m) => setFromHere(m !== 'team')), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // A field left empty is said here, naming it, before any request is made.
    const missing = !name.trim() ? 'Name' : !password ? 'Password' : undefined;
    if (missing) {
      setError(missing === 'Name' ? 'Type your account name to sign in.' : 'Type your password to sign in.');
      e.currentTarget.querySelector<HTMLInputElement>(`[data-field="${missing}"]`)?.focus();
      return;
    }
    setBusy(true);
    setError('');
    try {
      await signIn(name.trim(), password, (args) => api.connectTeamServer(args));
    } catch (failure) {
      setError(standaloneMessage(failure));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="sign-in"
      onSubmit={(e) => void submit(e)}
      aria-label="Sign in"
      onKeyDown={(e) => e.stopPropagation()}
    >
      <h1>Sign in</h1>
      <p className="muted">
        Team server <strong>{request.url}</strong>
      </p>
      {request.reason && (
        <p className="notice" role="status">
          {standaloneMessage(request.reason)} — sign in again to carry on where you were.
        </p>
      )}
      <label>
        Name
        <input
          autoFocus
          autoComplete="username"
          data-field="Name"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label>
        Password
        <input
          type="password"
          autoComplete="current-password"
          data-field="Password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {error && (
        <div className="error" role="alert">
          {error}
        </div>
      )}
      <div className="row">
        {fromHere && (
          <button type="button" onClick={() => void signOut(() => api.disconnectTeamServer({}))}>
            Back to the local project
          </button>
        )}
        <span style={{ flex: 1 }} />
        <button className="primary" type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
}

export function SignInScreen({ request }: { request: SignInRequest }) {
  return request.first ? (
    <div className="sign-in-page">
      <div className="brand">
        Lexgap<small>legislative gap analysis</small>
      </div>
      <SignInForm request={request} />
    </div>
  ) : (
    <div className="modal-back" role="dialog" aria-modal="true" aria-label="Sign in again">
      <div className="modal">
        <SignInForm request={request} />
      </div>
    </div>
  );
}
