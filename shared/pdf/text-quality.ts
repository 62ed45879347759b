// Does a PDF's text layer look like poor OCR? Share of words that are not English words.
// Gazettes scanned years ago often carry a machine-read layer ("Covemmenl", "aMuction") that
// defeats matching; a clean layer of legal English scores a few per cent (names, Latin, numbering).
import { listed, type WordList } from './word-list';

export interface TextQuality {
  /** Share 0..1 of the words checked that are not in the English word list. */
  nonWordShare: number;
  /** True when the share is high enough that re-reading the pages with OCR is worth it. */
  looksLikeBadOcr: boolean;
}

/** Above this share of non-words, a layer reads as broken OCR (clean laws score under 5%, the noisy Zainab Alert Act gazette over 20%). */
export const BAD_OCR_SHARE = 0.12;
/** Too few words to judge: a cover page or a schedule of numbers. */
const MIN_WORDS = 50;

function isWord(token: string, words: WordList): boolean {
  const lower = token.toLowerCase();
  if (listed(words, lower)) return true;
  // Word-list gaps: plurals and possessives of listed words.
  if (lower.endsWith("'s") && listed(words, lower.slice(0, -2))) return true;
  if (lower.endsWith('s') && listed(words, lower.slice(0, -1))) return true;
  return false;
}

/** Mixed case inside a word ("aMuction", "GovernmenT") is a reading error, not English. */
function oddCase(token: string): boolean {
  return /\p{Ll}\p{Lu}/u.test(token) && !/^(Mc|Mac)\p{Lu}/u.test(token);
}

const SKIP = 0;
const GOOD = 1;
const BAD = 2;

/** One word's verdict: not a word at all (numbers, item numbering), a word, or a misreading. */
function judge(raw: string, words: WordList): number {
  const token = raw.replace(/’/g, "'").replace(/^'+|'+$/g, '');
  if (!/\p{L}/u.test(token)) return SKIP; // numbers
  // Roman numerals and single letters are item numbering: "(iv)", "(b)".
  if (token.length < 2 || /^[ivxlcdm]+$/i.test(token)) return SKIP;
  if (/\p{N}/u.test(token) || oddCase(token)) return BAD;
  // Hyphenated compounds are split above; all-caps headings are checked like other words.
  return isWord(token, words) ? GOOD : BAD;
}

/** Code units that words are made of (letters, digits, apostrophes), found once each: 1 yes, 2 no. */
const wordUnits = new Uint8Array(0x10000);
const WORD_UNIT = /^[\p{L}\p{N}'’]$/u;

function inWord(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    // A letter or digit outside the Basic Multilingual Plane: a surrogate pair, read whole.
    const point = text.codePointAt(at) ?? unit;
    return point > 0xffff && WORD_UNIT.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  let kind = wordUnits[unit];
  if (kind === 0) {
    kind = WORD_UNIT.test(String.fromCharCode(unit)) ? 1 : 2;
    wordUnits[unit] = kind;
  }
  return kind === 1 ? 1 : 0;
}

/** `words`: the English word list (an-array-of-english-words), as its array or its JSON text. */
export function assessTextQuality(text: string, language: string, words: WordList): TextQuality {
  let checked = 0;
  let bad = 0;
  // A law repeats its words: each distinct one is judged once.
  const verdicts = new Map<string, number>();
  // Words are letter runs, with letters glued to digits kept whole ("l0", "Sect1on" are errors): runs
  // of [\p{L}\p{N}'’], read a code unit at a time (a regular expression's matches cost twice as much).
  const length = text.length;
  for (let at = 0; at < length; ) {
    let step = inWord(text, at);
    if (step === 0) {
      at += 1;
      continue;
    }
    const start = at;
    do at += step;
    while (at < length && (step = inWord(text, at)) !== 0);
    const raw = text.slice(start, at);
    let verdict = verdicts.get(raw);
    if (verdict === undefined) {
      verdict = judge(raw, words);
      verdicts.set(raw, verdict);
    }
    if (verdict === SKIP) continue;
    checked += 1;
    if (verdict === BAD) bad += 1;
  }
  const nonWordShare = checked === 0 ? 0 : bad / checked;
  // Only English has a word list; other languages are never flagged.
  const english = /^en\b/i.test(language.trim()) || language.trim() === '';
  return {
    nonWordShare,
    looksLikeBadOcr: english && checked >= MIN_WORDS && nonWordShare > BAD_OCR_SHARE,
  };
}
