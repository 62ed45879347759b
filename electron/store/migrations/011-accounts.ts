// Version 11: team-server accounts, each with a role and a scrypt password hash (never a password).
export default `
CREATE TABLE accounts (
  name TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('lead', 'analyst', 'reviewer', 'viewer')),
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`;
