// What stands between the analyst and leaving a form with unsaved words: the open form registers a
// question (asked in an in-app dialog), and every way of leaving it (its Close button, Esc, another
// matrix cell, another screen) asks `mayLeave()` first.

type Guard = () => Promise<boolean>;

let guard: Guard | undefined;
let asking: Promise<boolean> | undefined;

/** Registers the question to ask before leaving; the function returned takes it away again. */
export function setLeaveGuard(next: Guard): () => void {
  guard = next;
  return () => {
    if (guard === next) guard = undefined;
  };
}

/** Resolves true when nothing unsaved would be lost, or the analyst agreed to lose it. A second
 * way of leaving tried while the question is shown waits for the same answer (one dialog, not two). */
export function mayLeave(): Promise<boolean> {
  if (!guard) return Promise.resolve(true);
  asking ??= guard().finally(() => (asking = undefined));
  return asking;
}
