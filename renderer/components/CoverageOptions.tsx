// The two choices the Matrix and Export screens share: split countries into their subdivisions, and
// the date coverage is for.
import { type ReactNode, useEffect, useState } from 'react';
import { readDate } from '../../shared/lifecycle/read-date';
import { DateField } from './DateField';

export function SplitSubdivisions(props: {
  checked: boolean;
  onChange: (v: boolean) => void;
  children: ReactNode;
}) {
  return (
    <label
      className="row"
      title="A column for each country's national laws and one per subdivision with laws"
    >
      <input
        type="checkbox"
        aria-label="Split by subdivision"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      {props.children}
    </label>
  );
}

/** The date coverage is for, sent on once it reads as a date (or is emptied): a date half typed
 * never redraws the matrix. */
export function AsOfDate(props: { value: string; onChange: (v: string) => void; children: ReactNode }) {
  const [text, setText] = useState(props.value);
  // Set from outside (the Today button empties it): the field shows it.
  useEffect(() => {
    setText((t) => ((readDate(t) ?? t.trim()) === props.value ? t : props.value));
  }, [props.value]);
  return (
    <label className="row" title="Coverage on a past date: laws not yet in force then give no evidence">
      {props.children}{' '}
      <DateField
        label="As of"
        value={text}
        onChange={(t) => {
          setText(t);
          const iso = t.trim() ? readDate(t) : '';
          if (iso !== null && iso !== props.value) props.onChange(iso);
        }}
      />
    </label>
  );
}
