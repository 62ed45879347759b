// The two choices the Matrix and Export screens share: split countries into their subdivisions, and
// the date coverage is for.
import type { ReactNode } from 'react';

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

export function AsOfDate(props: { value: string; onChange: (v: string) => void; children: ReactNode }) {
  return (
    <label className="row" title="Coverage on a past date: laws not yet in force then give no evidence">
      {props.children}{' '}
      <input
        type="date"
        aria-label="As of"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}
