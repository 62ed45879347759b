// The one in-app dialog: modal, focus kept inside, Esc cancels, Enter confirms. Electron has no
// window.prompt, and window.confirm/alert block the whole window, so every question goes through this.
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  title: string;
  children?: ReactNode;
  /** Without it the dialog only informs, and its one button closes it. */
  onConfirm?: () => void;
  onCancel: () => void;
  confirmLabel?: string;
  cancelLabel?: string;
  danger?: boolean;
  /** Extra buttons at the left of the footer (e.g. Delete beside Save). */
  extra?: ReactNode;
  wide?: boolean;
  testId?: string;
  /** Why the last confirm failed, shown under the fields; the dialog stays open to correct them. */
  error?: string;
}

export function Dialog(props: DialogProps) {
  const box = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    opener.current = document.activeElement;
    const el = box.current;
    // The first field, else the confirm button: typing goes where the dialog expects it.
    const first =
      el?.querySelector<HTMLElement>('[autofocus], input, textarea, select') ??
      el?.querySelector<HTMLElement>('button[type=submit]') ??
      el?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      // Focus goes back where it was, so the screen's own keys work again at once.
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    // Keys typed in a dialog never reach the screen's shortcuts.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onCancel();
    } else if (e.key === 'Enter' && e.target instanceof HTMLTextAreaElement && !e.shiftKey) {
      // In a note, Enter confirms and Shift+Enter starts a new line.
      e.preventDefault();
      box.current?.requestSubmit();
    } else if (e.key === 'Tab') {
      // Not what is kept out of the Tab order (a date field's calendar button and its hidden picker).
      const items = [...(box.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter(
        (el) => el.tabIndex >= 0,
      );
      if (!items.length) return;
      const i = items.indexOf(document.activeElement as HTMLElement);
      const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : i === items.length - 1 ? 0 : i + 1;
      e.preventDefault();
      items[next].focus();
    }
  };

  return (
    <div className="modal-back" onMouseDown={(e) => e.target === e.currentTarget && props.onCancel()}>
      <form
        ref={box}
        className={`modal${props.wide ? ' wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={props.testId ?? 'dialog'}
        onKeyDown={onKeyDown}
        onSubmit={(e) => {
          e.preventDefault();
          (props.onConfirm ?? props.onCancel)();
        }}
      >
        <h2 id={titleId}>{props.title}</h2>
        {props.children}
        {props.error && (
          <div className="error" role="alert">
            {props.error}
          </div>
        )}
        <div className="row" style={{ marginTop: 12 }}>
          {props.extra}
          <span style={{ flex: 1 }} />
          {props.onConfirm && (
            <button type="button" onClick={props.onCancel}>
              {props.cancelLabel ?? 'Cancel'}
            </button>
          )}
          <button type="submit" className={props.danger ? 'danger' : 'primary'}>
            {props.confirmLabel ?? (props.onConfirm ? 'OK' : 'Close')}
          </button>
        </div>
      </form>
    </div>
  );
}
