// What the one whose change came second is told: who changed the thing since they looked, and when,
// and that nothing of theirs was written.

/** The change that came in between: the newest audit entry of the thing. */
export interface InterveningChange {
  actor: string;
  /** ISO time. */
  at: string;
}

/** `10:42 UTC` on the day of `now`, else `2026-12-03 10:42 UTC`. */
function when(at: string, now: string): string {
  const time = `${at.slice(11, 16)} UTC`;
  return at.slice(0, 10) === now.slice(0, 10) ? time : `${at.slice(0, 10)} ${time}`;
}

/**
 * "This law's details were changed by amina at 10:42 UTC — look again and re-apply your change".
 * `subject` carries its own verb ("This law's details were", "This recommendation was").
 */
export function conflictMessage(subject: string, change: InterveningChange | undefined, now: string): string {
  const by = change ? ` by ${change.actor} at ${when(change.at, now)}` : ' by someone else';
  return `${subject} changed${by} since you opened it — look again and re-apply your change`;
}
