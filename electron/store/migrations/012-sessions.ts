// Version 12: team-server sessions, kept in the database so that a restarted server keeps people
// signed in. The token's SHA-256 only: the token itself lives in the browser's cookie.
export default `
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  account TEXT NOT NULL REFERENCES accounts(name),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_account ON sessions (account);
`;
