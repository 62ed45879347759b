// When a screen's single-key shortcuts must stay silent: while the analyst types in a field, and
// while any modal dialog is open (the keys belong to the dialog then).

export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

export function dialogOpen(): boolean {
  return document.querySelector('[role=dialog][aria-modal=true]') !== null;
}

export function shortcutsBlocked(e: KeyboardEvent): boolean {
  return isTyping(e.target) || dialogOpen();
}

/** A decision key this soon after the previous one is stray typing, not a reviewed decision. */
export const DECISION_GAP_MS = 250;
