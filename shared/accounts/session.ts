// A signed-in browser on the team server. The database keeps the SHA-256 of the session token, never
// the token itself (the browser holds that in an HttpOnly cookie), so reading the database does not
// let anyone act as a signed-in account.
export interface Session {
  /** SHA-256 of the cookie's token, hex. */
  tokenHash: string;
  account: string;
  /** Sent back in the x-lexgap-csrf header with every write; random per session. */
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  /** The absolute end, whatever the activity. */
  expiresAt: string;
}

/** Idle sessions end after 12 hours without a request. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** Every session ends 7 days after sign-in. */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen is written again only when it is this old, so reads do not each cost a write. */
export const SESSION_TOUCH_MS = 5 * 60 * 1000;

/** Whether a session still holds at `now` (ms since the epoch). */
export function sessionLive(s: Pick<Session, 'lastSeenAt' | 'expiresAt'>, now: number): boolean {
  return now < Date.parse(s.expiresAt) && now < Date.parse(s.lastSeenAt) + SESSION_IDLE_MS;
}
