// Clause numbers as printed ("1", "10A", "4-A"), read through common OCR slips, and their order.
import { LANGUAGE_PROFILES } from '../language/registry';

export interface ClauseNumber {
  /** As it will be shown: digits plus an optional letter suffix, e.g. "10A". */
  text: string;
  base: number;
  suffix: string;
}

// Digits of the scripts whose laws number sections in their own digits (Thai, Lao, Khmer, Myanmar):
// each profile's zero and the nine after it.
const NATIVE_ZERO = LANGUAGE_PROFILES.flatMap((profile) => profile.nativeZero ?? []);
/** A character-class body matching any native digit. */
export const NATIVE_DIGIT = NATIVE_ZERO.map(
  (zero) => `${String.fromCharCode(zero)}-${String.fromCharCode(zero + 9)}`,
).join('');
const NATIVE_DIGITS = new RegExp(`[${NATIVE_DIGIT}]`, 'gu');

/** "๒๖" → "26": native digits as ASCII digits, everything else as it is. */
export function asciiDigits(text: string): string {
  return text.replace(NATIVE_DIGITS, (d) => {
    const code = d.charCodeAt(0);
    const zero = NATIVE_ZERO.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

/** OCR reads 1 as l, I or |, and 0 as O: only inside a token that is otherwise a number. */
export function readDigits(token: string): string | null {
  const t = asciiDigits(token.trim());
  if (!t) return null;
  if (/^[lI|]$/.test(t)) return '1';
  if (!/^[\dlI|O]+$/.test(t) || !/\d/.test(t)) return /^\d+$/.test(t) ? t : null;
  return t.replace(/[lI|]/g, '1').replace(/O/g, '0');
}

/** "10A" → {10, "A"}; "4-A" → {4, "A"}; Thai "๒๖/๑" (inserted after 26) → {26, "/1"}; OCR slips
 *  fixed; null when not a clause number. */
export function parseClauseNumber(token: string): ClauseNumber | null {
  const match = /^([\dlI|O]{1,4})(?:-?([A-Z]{1,2})|(\/\d{1,2}))?$/.exec(asciiDigits(token.trim()));
  if (!match) return null;
  const digits = readDigits(match[1]);
  if (digits === null) return null;
  const base = Number(digits);
  if (!Number.isFinite(base) || base === 0 || base > 2000) return null;
  const suffix = match[2] ?? match[3] ?? '';
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
