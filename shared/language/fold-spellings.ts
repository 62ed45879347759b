// Thai, Lao and Khmer laws print some letters in two spellings that read the same: Lao ໍາ for ຳ,
// ຫນ ຫມ for ໜ ໝ and ຫລ for ຫຼ (older and alternative spellings), Khmer subscript ្ដ (coeng DA) for
// ្ត (coeng TA), and Thai ํา for ำ (a common artefact of PDF text layers). Folded to one form (the
// second of each pair), with the marks in canonical order (NFC), a cue in one spelling meets a law
// in the other. The folded text can be shorter than the original: each of its characters knows
// where it came from, so a span found in it is mapped back onto the text as printed.

/** A text with its spelling variants folded, and where each folded character came from. */
export interface FoldedSpellings {
  text: string;
  /**
   * Offsets in the original text where each UTF-16 unit of `text` starts and ends (a folded pair
   * is both its units); null where nothing was folded and offsets are the same.
   */
  starts: Int32Array | null;
  ends: Int32Array | null;
}

// ໍ or ํ (with a tone mark typed between) before າ or า, ຫ before ນ ມ ລ, and Khmer coeng DA.
const VARIANT =
  /\u0ECD([\u0EC8-\u0ECB]?)\u0EB2|\u0E4D([\u0E48-\u0E4B]?)\u0E32|\u0EAB([\u0E99\u0EA1\u0EA5])|\u17D2\u178A/g;
const LAO_HO: Record<string, string> = { '\u0E99': '\u0EDC', '\u0EA1': '\u0EDD', '\u0EA5': '\u0EAB\u0EBC' };

function folded([, laoTone, thaiTone, afterHo]: RegExpExecArray): string {
  if (laoTone !== undefined) return `${laoTone}\u0EB3`;
  if (thaiTone !== undefined) return `${thaiTone}\u0E33`;
  if (afterHo !== undefined) return LAO_HO[afterHo];
  return '\u17D2\u178F';
}

// A letter and the marks on it: the span canonical reordering and composition work within.
const MARKED = /\P{M}\p{M}+/gu;

const unchanged = (text: string): FoldedSpellings => ({ text, starts: null, ends: null });

/** `text` with each match of `pattern` (global) replaced, the units of a replacement spanning the whole match. */
function replaceTracked(
  text: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string,
): FoldedSpellings {
  pattern.lastIndex = 0;
  let m = pattern.exec(text);
  if (!m) return unchanged(text);
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let copied = 0;
  for (; m; m = pattern.exec(text)) {
    const by = replace(m);
    if (by === m[0]) continue;
    for (let i = copied; i < m.index; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
    const end = m.index + m[0].length;
    for (let k = 0; k < by.length; k++) {
      starts.push(m.index);
      ends.push(end);
    }
    out += text.slice(copied, m.index) + by;
    copied = end;
  }
  if (!copied) return unchanged(text);
  for (let i = copied; i < text.length; i++) {
    starts.push(i);
    ends.push(i + 1);
  }
  return { text: out + text.slice(copied), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** `second` (a folding of `first.text`) mapped onto the text `first` was folded from. */
function composed(first: FoldedSpellings, second: FoldedSpellings): FoldedSpellings {
  if (!first.starts || !first.ends) return second;
  if (!second.starts || !second.ends) return { ...first, text: second.text };
  const starts = new Int32Array(second.text.length);
  const ends = new Int32Array(second.text.length);
  for (let k = 0; k < starts.length; k++) {
    starts[k] = first.starts[second.starts[k]];
    ends[k] = first.ends[second.ends[k] - 1];
  }
  return { text: second.text, starts, ends };
}

/** The text in NFC with Thai, Lao and Khmer spelling variants folded to one form (see above). */
export function foldSpellings(text: string): FoldedSpellings {
  const nfc =
    text.normalize('NFC') === text
      ? unchanged(text)
      : replaceTracked(text, MARKED, (m) => m[0].normalize('NFC'));
  return composed(nfc, replaceTracked(nfc.text, VARIANT, folded));
}

/** Where the span [start, end) of the folded text lies in the original. */
export function originalSpan(fold: FoldedSpellings, start: number, end: number): [number, number] {
  if (!fold.starts || !fold.ends || end <= start) return [start, end];
  return [fold.starts[start], fold.ends[end - 1]];
}
