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

/**
 * Idle sessions end after 12 hours without a request of a person's: what a window asks by itself (its
 * polls, marked background: shared/api/team-call.ts) does not keep a session alive.
 */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** Every session ends 7 days after sign-in. */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen is written again only when it is this old, so reads do not each cost a write. */
export const SESSION_TOUCH_MS = 5 * 60 * 1000;

/**
 * How long the hourly clean-up keeps a session past its end: a window hidden that long is still told
 * why its session ended, not just that it did. An ended session signs no one in (`sessionEnd` first).
 */
export const ENDED_SESSION_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Why a session no longer holds at `now` (ms since the epoch), in plain words; none while it holds.
 * Of its two ends, the one it reached first: a window hidden for days went idle before its 7 days.
 */
export function sessionEnd(s: Pick<Session, 'lastSeenAt' | 'expiresAt'>, now: number): string | undefined {
  const idleEnd = Date.parse(s.lastSeenAt) + SESSION_IDLE_MS;
  if (now >= idleEnd && idleEnd < Date.parse(s.expiresAt))
    return `your session ended after ${SESSION_IDLE_MS / 3_600_000} hours without activity`;
  if (now >= Date.parse(s.expiresAt))
    return `your session ended ${SESSION_MAX_MS / 86_400_000} days after you signed in`;
  return undefined;
}
