// Option values that commander turns into numbers; a value that is not one is refused by name.
import { InvalidArgumentError } from 'commander';
import { isIsoDate } from '../../shared/lifecycle/law-dates';

export function wholeNumber(value: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return Number(value);
}

export function decimalNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n))
    throw new InvalidArgumentError(`"${value}" is not a number`);
  return n;
}

/** A repeatable option: `--country MY --country PK`. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** A date a law's status took effect (YYYY-MM-DD), or `none` to clear it. */
export function lawDate(value: string): string | null {
  if (value.trim().toLowerCase() === 'none') return null;
  if (!isIsoDate(value.trim())) throw new InvalidArgumentError(`"${value}" is not a date written YYYY-MM-DD`);
  return value.trim();
}
