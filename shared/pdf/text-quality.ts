// Does a PDF's text layer look like poor OCR? Share of words that are not English words.
// Gazettes scanned years ago often carry a machine-read layer ("Covemmenl", "aMuction") that
// defeats matching; a clean layer of legal English scores a few per cent (names, Latin, numbering).
import englishWords from 'an-array-of-english-words';

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

let dictionary: Set<string> | undefined;
function words(): Set<string> {
  dictionary ??= new Set(englishWords as string[]);
  return dictionary;
}

function isWord(token: string, dict: Set<string>): boolean {
  const lower = token.toLowerCase();
  if (dict.has(lower)) return true;
  // Word-list gaps: plurals and possessives of listed words.
  if (lower.endsWith("'s") && dict.has(lower.slice(0, -2))) return true;
  if (lower.endsWith('s') && dict.has(lower.slice(0, -1))) return true;
  return false;
}

/** Mixed case inside a word ("aMuction", "GovernmenT") is a reading error, not English. */
function oddCase(token: string): boolean {
  return /\p{Ll}\p{Lu}/u.test(token) && !/^(Mc|Mac)\p{Lu}/u.test(token);
}

export function assessTextQuality(text: string, language: string): TextQuality {
  const dict = words();
  let checked = 0;
  let bad = 0;
  // Words are letter runs, with letters glued to digits kept whole ("l0", "Sect1on" are errors).
  for (const raw of text.match(/[\p{L}\p{N}'’]+/gu) ?? []) {
    const token = raw.replace(/’/g, "'").replace(/^'+|'+$/g, '');
    if (!/\p{L}/u.test(token)) continue; // numbers
    // Roman numerals and single letters are item numbering: "(iv)", "(b)".
    if (token.length < 2 || /^[ivxlcdm]+$/i.test(token)) continue;
    checked += 1;
    if (/\p{N}/u.test(token) || oddCase(token)) {
      bad += 1;
      continue;
    }
    // Hyphenated compounds are split above; all-caps headings are checked like other words.
    if (!isWord(token, dict)) bad += 1;
  }
  const nonWordShare = checked === 0 ? 0 : bad / checked;
  // Only English has a word list; other languages are never flagged.
  const english = /^en\b/i.test(language.trim()) || language.trim() === '';
  return {
    nonWordShare,
    looksLikeBadOcr: english && checked >= MIN_WORDS && nonWordShare > BAD_OCR_SHARE,
  };
}
