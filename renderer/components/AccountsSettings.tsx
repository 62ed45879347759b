// Settings › Accounts, for a lead signed in to a team server: who may sign in, with which role;
// adding an account with its first password, disabling and enabling, resetting a password.
import { type FormEvent, useState } from 'react';
import { ROLES, type Role } from '../../shared/accounts/account';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../../shared/accounts/password-problem';
import { api } from '../api-client';
import { errorMessage, standaloneMessage } from '../error-message';
import { ChoiceSelect } from './ChoiceSelect';
import { Dialog } from './Dialog';
import { useAsync } from './use-async';

const ROLE_LABELS: Record<Role, string> = {
  lead: 'Lead — everything, and the accounts',
  analyst: 'Analyst — laws, clauses, tags, ratings',
  reviewer: 'Reviewer — decides suggestions',
  viewer: 'Viewer — reads and exports',
};

export function AccountsSettings({ self }: { self: string }) {
  const accounts = useAsync(() => api.listAccounts({}), []);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('reviewer');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [resetting, setResetting] = useState<string>();

  const run = async (change: () => Promise<string>) => {
    setError('');
    setMessage('');
    try {
      setMessage(await change());
      accounts.reload();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const add = (e: FormEvent) => {
    e.preventDefault();
    // A field left empty, or a password the server would refuse, is said here before any request.
    const weak = passwordProblem(password);
    const problem = !name.trim()
      ? ['New account name', 'Type the new account’s name']
      : !password
        ? ['First password', `Type a first password (${MIN_PASSWORD_LENGTH} or more characters)`]
        : weak
          ? ['First password', standaloneMessage(weak)]
          : undefined;
    if (problem) {
      setMessage('');
      setError(`${problem[1]}: no account was added.`);
      e.currentTarget.querySelector<HTMLInputElement>(`[aria-label="${problem[0]}"]`)?.focus();
      return;
    }
    void run(async () => {
      const made = await api.addAccount({ name: name.trim(), role, password });
      setName('');
      setPassword('');
      return `Added ${made.name} (${made.role}). Give them the password by a way other than this server.`;
    });
  };

  return (
    <div className="card accounts" style={{ maxWidth: 760, marginBottom: 12 }} data-testid="accounts">
      <h2>Accounts</h2>
      <p className="muted">Who may sign in to this team server, and what their role lets them do.</p>
      <table className="grid">
        <thead>
          <tr>
            <th>Name</th>
            <th>Role</th>
            <th>State</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(accounts.data ?? []).map((a) => (
            <tr key={a.name} data-account={a.name}>
              <td>{a.name}</td>
              <td>{a.role}</td>
              <td>{a.disabled ? <span className="error">disabled</span> : 'enabled'}</td>
              <td style={{ textAlign: 'right' }}>
                <button
                  disabled={a.name === self && !a.disabled}
                  title={
                    a.name === self
                      ? 'You cannot disable your own account while signed in with it'
                      : undefined
                  }
                  onClick={() =>
                    void run(async () => {
                      const changed = await api.setAccountDisabled({ name: a.name, disabled: !a.disabled });
                      return `${changed.name} is ${changed.disabled ? 'disabled: signed out and refused at sign-in' : 'enabled again'}.`;
                    })
                  }
                >
                  {a.disabled ? 'Enable' : 'Disable'}
                </button>{' '}
                <button onClick={() => setResetting(a.name)}>Reset password…</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {accounts.error && <div className="error">{accounts.error}</div>}
      <form className="row" style={{ marginTop: 12 }} onSubmit={add} aria-label="Add an account">
        <input
          aria-label="New account name"
          placeholder="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <ChoiceSelect
          label="Role"
          values={ROLES}
          labels={ROLE_LABELS}
          value={role}
          onChange={(r) => setRole(r ?? 'reviewer')}
        />
        <input
          aria-label="First password"
          type="password"
          autoComplete="new-password"
          placeholder={`first password (${MIN_PASSWORD_LENGTH}+ characters)`}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button className="primary" type="submit">
          Add account
        </button>
      </form>
      {error && (
        <div className="error" role="alert">
          {error}
        </div>
      )}
      {message && (
        <div className="muted" role="status">
          {message}
        </div>
      )}
      {resetting && (
        <ResetPassword
          name={resetting}
          onDone={(said) => (setResetting(undefined), said && run(async () => said))}
        />
      )}
    </div>
  );
}

function ResetPassword({ name, onDone }: { name: string; onDone: (said?: string) => void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  return (
    <Dialog
      title={`New password for ${name}`}
      confirmLabel="Reset password"
      onCancel={() => onDone()}
      error={error}
      onConfirm={() => {
        // Said before sending, in the words the server would use.
        const weak = passwordProblem(password);
        if (weak) {
          setError(`${standaloneMessage(weak)}: the password was not changed.`);
          return;
        }
        void api.resetAccountPassword({ name, password }).then(
          () => onDone(`${name}'s password is reset; their sessions have ended.`),
          (failure: unknown) => setError(errorMessage(failure)),
        );
      }}
    >
      <p className="muted">Their open sessions end; they sign in again with this password.</p>
      <input
        aria-label="New password"
        type="password"
        autoComplete="new-password"
        placeholder={`${MIN_PASSWORD_LENGTH} or more characters`}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        style={{ width: '100%' }}
      />
    </Dialog>
  );
}
