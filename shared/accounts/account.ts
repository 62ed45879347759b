// Team-server accounts: who may sign in, with which role. The roles, most rights first: a lead
// manages accounts and everything else, an analyst edits laws, clauses and ratings, a reviewer
// decides suggestions, a viewer reads.
export const ROLES = ['lead', 'analyst', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface Account {
  /** The sign-in name, also the name decisions are recorded under. */
  name: string;
  role: Role;
  /** `scrypt$N$r$p$salt$hash` (electron/services/passwords.ts); never the password. */
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A name people can read in the audit log and type at sign-in. */
export const ACCOUNT_NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,62}[\p{L}\p{N}]$/u;
/** What an account name is, in the words every refusal of one uses (the API's schema among them). */
export const ACCOUNT_NAME =
  'an account name (2 to 64 letters, digits, spaces, dots, dashes, @ or _, starting and ending with a letter or digit)';

export function accountNameProblem(name: string): string | undefined {
  return ACCOUNT_NAME_PATTERN.test(name) ? undefined : `"${name}" is not ${ACCOUNT_NAME}`;
}

/** An account as the API and `lexgap account list` show it: never its password hash. */
export type AccountInfo = Omit<Account, 'passwordHash'>;

export function accountInfo({ passwordHash: _hash, ...shown }: Account): AccountInfo {
  return shown;
}
