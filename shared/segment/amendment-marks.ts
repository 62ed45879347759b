// Amendment marks of Pakistani and Indian statute reprints, read out of a clause's text. A reprint
// prints the words an amendment substituted or inserted in brackets with the number of the footnote
// that says so glued in front ("under 5[sixteen] years", "3[(2) It extends…]"), words omitted as stars
// with their footnote number ("that of 3* * * a Magistrate", "solemnized; *7") and a substituted stop as
// "[;]" with its footnote number after it. The footnotes themselves are page furniture that cleaning
// drops, so their numbers only get in the reader's way: the numbers and the brackets go, the words stay,
// and a run of stars ("* * *", the printed sign that words were omitted) stays. A single star with a
// footnote number ("solemnized; *7") goes with its number: alone, it reads as a reference to a note that
// is not there. Brackets with no footnote number ("[2]", "[See section 7(1)]"), numbers with a space
// before a bracket ("section 5 [2]") and stars that carry no number are left as printed.
//
// OCR misreads the marks: a footnote number as the letter it looks like ("S[except…]" for "6[except…]",
// "l[" for "1["), an opening bracket as a slash ("3./Punishment … child] Omitted"), and the "]" closing
// a bracketed section as "|". A letter glued to a bracket that closes, a slash opening a word whose "]"
// follows in the same paragraph, or a "|" after the last stop of a bracketed section that nothing else
// closes, is no word of the text, so they are read as the marks they stand for.

/**
 * A footnote number glued to an opening bracket, opening a word ("5[", "(5[", not "A5[", "1.5["), or a
 * letter OCR reads for its digits ("S[", "l[", "B[").
 */
const MARKED_OPEN = /(?<=^|[\s(“"‘'—–])(?:\d{1,3}|[SlIOZBbg|])\[/gu;
/** A slash opening a word, closed by a "]" later in its paragraph with no bracket between: a "[" misread. */
const SLASH_FOR_BRACKET = /(?<=^|\s)\/(?=\p{L}[^\n[\]/]*\])/gu;
/** A footnote number glued to a run of stars, before or after it ("3* * *", "*7"); not both ("2*3"). */
const MARKED_STARS = /(?<=^|\s)(\d{1,3})?(\*(?: ?\*)*)(\d{1,3})?(?=$|[\s.,;:)])/gu;
/** A single star glued to a footnote number ("; *7"), not in a run ("3* * *"), and the blank before it. */
const MARKED_STAR = /[ \t]?(?<=^|\s)(?<!\*[ \t])(?:\d{1,3}\*(?![ \t]?\*)|\*\d{1,3})(?=$|[\s.,;:)])/gmu;
/** A substituted stop and the footnote number after it ("age [;] 8"). */
const MARKED_STOP = /[ \t]?\[([;:,.])\](?:[ \t]\d{1,3}(?=\s|$))?/gu;

/** The index of the "]" closing the "[" at `open`, or -1. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '[') depth += 1;
    else if (text[i] === ']') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** The last "]" that no "[" before it opens, or -1. */
function lastUnopenedBracket(text: string): number {
  let depth = 0;
  let last = -1;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '[') depth += 1;
    else if (text[i] === ']') {
      if (depth > 0) depth -= 1;
      else last = i;
    }
  }
  return last;
}

/**
 * The text without its amendment marks. `openedBefore`: the clause itself is printed in brackets whose
 * "[" stood before its number ("5[9. Mode of taking cognizance…]"), so its last unopened "]" closes it.
 */
export function dropAmendmentMarks(text: string, openedBefore = false): string {
  // OCR reads the "]" closing a bracketed section as "|" ("… alleged to have been committed. |").
  if (openedBefore && lastUnopenedBracket(text) < 0) text = text.replace(/(?<=[.;:])[ \t]*\|$/u, '');
  if (!/[[\]*]/.test(text)) return text;
  text = text.replace(SLASH_FOR_BRACKET, '[');
  const drop = new Set<number>();
  for (const match of text.matchAll(MARKED_OPEN)) {
    const open = match.index + match[0].length - 1;
    const close = closingBracket(text, open);
    if (close < 0) continue;
    for (let i = match.index; i <= open; i += 1) drop.add(i);
    drop.add(close);
  }
  if (openedBefore) {
    const close = lastUnopenedBracket(text);
    if (close >= 0) drop.add(close);
  }
  const unmarked = drop.size
    ? text
        .split('')
        .filter((_, i) => !drop.has(i))
        .join('')
    : text;
  return unmarked
    .replace(MARKED_STAR, '')
    .replace(MARKED_STARS, (all: string, before = '', stars: string, after = '') =>
      Boolean(before) !== Boolean(after) ? stars : all,
    )
    .replace(MARKED_STOP, '$1');
}
