// The English names of the months, January first: how a date is written out ("1 January 2019") and
// read when typed with its month named ("6 Dec 2026").
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
