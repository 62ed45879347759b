// A date as an analyst types it, read only where it cannot be taken two ways: year first
// (2026-12-06, 2026/12/6, 2026.12.06) or with the month's name (6 Dec 2026, 6 December 2026).
// 06/12/2026 is refused: it is 6 December in most of the world and 12 June in the United States.
import { isIsoDate } from './law-dates';
import { MONTH_NAMES } from './month-names';

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());

/** What a date field says under a date it cannot read. */
export const DATE_HINT = 'Type the date year first, 2026-12-06, or as 6 Dec 2026';

/** The date typed, written YYYY-MM-DD; null when it is not a date that reads one way only. */
export function readDate(text: string): string | null {
  const t = text.trim();
  const two = (n: string | number) => String(n).padStart(2, '0');
  let iso: string | undefined;
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (yearFirst) iso = `${yearFirst[1]}-${two(yearFirst[2])}-${two(yearFirst[3])}`;
  const named = /^(\d{1,2})\s+([a-z]{3,})\.?,?\s+(\d{4})$/i.exec(t);
  if (named) {
    const word = named[2].toLowerCase();
    const month = MONTHS.findIndex((m) => m.startsWith(word) || (word === 'sept' && m === 'september'));
    if (month >= 0) iso = `${named[3]}-${two(month + 1)}-${two(named[1])}`;
  }
  return iso && isIsoDate(iso) ? iso : null;
}
