// How long a team-server password must be: one rule for the server that hashes it
// (electron/services/passwords.ts), `lexgap account`, and the forms that set one (Settings ›
// Accounts), which say it before anything is sent.
export const MIN_PASSWORD_LENGTH = 12;

/** Why a new password will not do, or undefined. Characters are counted as typed (code points). */
export function passwordProblem(password: string): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return `a password needs at least ${MIN_PASSWORD_LENGTH} characters`;
  return undefined;
}
