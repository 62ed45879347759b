// A select over one of the fixed lists (shared/…: values and their labels), optionally with an
// "any" choice for filters.
export function ChoiceSelect<T extends string>(props: {
  label: string;
  values: readonly T[];
  labels: Readonly<Record<T, string>>;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  /** The text of an empty choice (a filter's "Any …"); without it one of the values is always chosen. */
  any?: string;
}) {
  return (
    <select
      aria-label={props.label}
      value={props.value ?? ''}
      onChange={(e) => props.onChange((e.target.value || undefined) as T | undefined)}
    >
      {props.any !== undefined && <option value="">{props.any}</option>}
      {props.values.map((v) => (
        <option key={v} value={v}>
          {props.labels[v]}
        </option>
      ))}
    </select>
  );
}
