// An interpretation section is a list of independent definitions. Split it so a provision must be
// supported by one definition, not by words scattered across thirty unrelated ones.

// A quoted term followed soon by a defining verb (English, Malay/Indonesian, Vietnamese, Thai).
const DEFINED =
  /["“”'‘’][^"“”'‘’\n]{1,60}["“”'‘’]\s*(?:[,(—–-][^"“”]{0,60})?\s*(?:means|includes|has the (?:same )?meaning|ertinya|termasuk|adalah|là|หมายความว่า|หมายถึง)/giu;

/** Start offsets of each definition when the text holds at least three, else an empty list. */
export function definitionUnits(text: string): number[] {
  const starts: number[] = [];
  DEFINED.lastIndex = 0;
  for (let m = DEFINED.exec(text); m; m = DEFINED.exec(text)) starts.push(m.index);
  return starts.length >= 3 ? starts : [];
}

/** Index of the unit an offset falls in (-1 before the first). */
export function unitAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
