// A date field that reads the same on every computer, in Electron and in the browser: the date is
// shown and typed year first (2026-12-06), or as 6 Dec 2026, never in the computer's order (the
// browser's own date field shows 12/06/2026 in an en-US browser, 06/12/2026 elsewhere). The button
// beside it picks a day on the browser's calendar, which names the month.
import { useId, useRef, useState } from 'react';
import { DATE_HINT, readDate } from '../../shared/lifecycle/read-date';

/** Why the text typed is not a date ('' when it is one, or empty). */
export function dateProblem(text: string): string {
  return !text.trim() || readDate(text) ? '' : DATE_HINT;
}

export function DateField(props: {
  label: string;
  /** The text as typed: YYYY-MM-DD once read, anything while being typed. */
  value: string;
  onChange: (text: string) => void;
}) {
  const picker = useRef<HTMLInputElement>(null);
  const hint = useId();
  // Said once the field is left, not at every keystroke of a date half typed.
  const [typing, setTyping] = useState(false);
  const problem = typing ? '' : dateProblem(props.value);
  const iso = readDate(props.value);
  return (
    <span className="date-field">
      <input
        type="text"
        aria-label={props.label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? hint : undefined}
        title={problem || undefined}
        placeholder="yyyy-mm-dd"
        spellCheck={false}
        autoComplete="off"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        // 2026/12/6 or 6 Dec 2026 reads as 2026-12-06 once the field is left.
        onFocus={() => setTyping(true)}
        onBlur={() => {
          setTyping(false);
          if (iso && iso !== props.value) props.onChange(iso);
        }}
      />
      <button
        type="button"
        className="calendar"
        tabIndex={-1}
        title="Choose the date on a calendar"
        aria-label="Calendar"
        onClick={() => picker.current?.showPicker()}
      >
        {/* Drawn, not an emoji: a locked-down machine may have no emoji font. */}
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <rect x="1.5" y="2.5" width="11" height="10" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 5.5h11M4.5 1v3M9.5 1v3" stroke="currentColor" />
          <path d="M4 8h2v2H4z" fill="currentColor" />
        </svg>
      </button>
      <input
        ref={picker}
        type="date"
        className="picker"
        tabIndex={-1}
        aria-hidden="true"
        value={iso ?? ''}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {problem && (
        <span className="date-problem" id={hint}>
          {problem}
        </span>
      )}
    </span>
  );
}
