// Clause numbers as printed ("1", "10A", "4-A"), read through common OCR slips, and their order.

export interface ClauseNumber {
  /** As it will be shown: digits plus an optional letter suffix, e.g. "10A". */
  text: string;
  base: number;
  suffix: string;
}

/** OCR reads 1 as l, I or |, and 0 as O: only inside a token that is otherwise a number. */
export function readDigits(token: string): string | null {
  const t = token.trim();
  if (!t) return null;
  if (/^[lI|]$/.test(t)) return '1';
  if (!/^[\dlI|O]+$/.test(t) || !/\d/.test(t)) return /^\d+$/.test(t) ? t : null;
  return t.replace(/[lI|]/g, '1').replace(/O/g, '0');
}

/** "10A" → {10, "A"}; "4-A" → {4, "A"}; OCR slips fixed; null when not a clause number. */
export function parseClauseNumber(token: string): ClauseNumber | null {
  const match = /^([\dlI|O]{1,4})(?:-?([A-Z]{1,2}))?$/.exec(token.trim());
  if (!match) return null;
  const digits = readDigits(match[1]);
  if (digits === null) return null;
  const base = Number(digits);
  if (!Number.isFinite(base) || base === 0 || base > 2000) return null;
  const suffix = match[2] ?? '';
  return { text: `${base}${suffix}`, base, suffix };
}

/**
 * Is `next` a plausible successor of `prev` in a body's numbering? The next number, an inserted
 * one ("10A" after "10"), or a small gap (omitted or repealed sections).
 */
export function followsInOrder(prev: ClauseNumber, next: ClauseNumber, maxGap = 5): boolean {
  if (next.base === prev.base) return next.suffix > prev.suffix;
  return next.base > prev.base && next.base - prev.base <= maxGap;
}
