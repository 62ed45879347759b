// When a screen's single-key shortcuts must stay silent: while the analyst types in a field, and
// while any modal dialog is open (the keys belong to the dialog then).

/** Inputs that take no text: a letter means nothing to them, only the keys they move or toggle by. */
const CONTROL_INPUTS = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color']);
const CONTROL_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  ' ',
  'Enter',
]);

/**
 * Whether a key belongs to the focused field. A slider or checkbox just used keeps the focus, but
 * only its own keys (arrows, space) go to it: a letter is still a shortcut.
 */
export function isTyping(target: EventTarget | null, key?: string): boolean {
  if (target instanceof HTMLInputElement && CONTROL_INPUTS.has(target.type))
    return key === undefined || CONTROL_KEYS.has(key);
  // A focused button, link or disclosure is pressed with Space or Enter: that press is all the key
  // does (it toggled a row for a batch as well, or decided on it).
  if (
    target instanceof HTMLButtonElement ||
    target instanceof HTMLAnchorElement ||
    (target instanceof HTMLElement && target.tagName === 'SUMMARY')
  )
    return key === ' ' || key === 'Enter';
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
  return isTyping(e.target, e.key) || dialogOpen();
}

/** A decision key this soon after the previous one is stray typing, not a reviewed decision. */
export const DECISION_GAP_MS = 250;

/**
 * A filter dropdown picked with the mouse hands the keyboard back to what it filters, so the
 * screen's letter keys work at once instead of going to the dropdown's type-ahead. A dropdown worked
 * with the keyboard (Tab, arrows, type-ahead, Alt+↓ and Enter) keeps the focus: the last pointer or
 * key press on it says which. Spread the returned handlers on each filter `<select>`.
 */
export function handBackAfterPointerPick(target: () => HTMLElement | null): {
  onPointerDown: () => void;
  onKeyDown: () => void;
  onChangeCapture: () => void;
} {
  let byPointer = false;
  return {
    onPointerDown: () => {
      byPointer = true;
    },
    onKeyDown: () => {
      byPointer = false;
    },
    onChangeCapture: () => {
      if (byPointer) target()?.focus({ preventScroll: true });
    },
  };
}
