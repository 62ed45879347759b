// The law's short title as printed near the top of its first page: "CHILD BILL 1999" → "Child Bill 1999".
// The kinds of law, short-title phrases and small words are every language profile's title words.
import type { TitleWords } from '../language/profile';
import { escapeRegExp } from '../escape-regexp';
import { alternatives, fromAllProfiles } from '../language/registry';
import type { TextLine } from '../model';

const titleWords = (pick: (titles: TitleWords) => string[]) =>
  alternatives(fromAllProfiles((profile) => pick(profile.titles)));

const TITLE_WORD = new RegExp(
  `\\b(${titleWords((t) => [...t.kindsLast, ...t.otherKinds, ...t.kindsFirst])})\\b`,
  'iu',
);
// "The following Act of Majlis-e-Shoora", "this Act": a sentence about a law, not its title.
const REFERENCE = /\b(following|this|said|that|an?)\s+(act|bill|ordinance|law)\b|^No\.\s/i;
const LONG_TITLE = /^(an?|the) (act|bill|ordinance) (to|for|relating|further)\b/i;
const SMALL_WORDS = new Set(fromAllProfiles((profile) => profile.titles.smallWords));

const letters = (text: string) => text.replace(/[^\p{L}]/gu, '');
const isCaps = (text: string) => {
  const l = letters(text);
  return l.length > 0 && l === l.toUpperCase();
};

/** Capitals to title case, keeping small words low ("Sexual Offences against Children Bill 2017"). */
export function titleCaseLaw(text: string): string {
  return text
    .toLowerCase()
    .split(/(\s+)/)
    .map((word, index) => {
      if (/^\s+$/.test(word)) return word;
      if (index > 0 && SMALL_WORDS.has(word)) return word;
      return word.replace(
        /(^|[-(/])(\p{Ll})/gu,
        (_, before: string, letter: string) => before + letter.toUpperCase(),
      );
    })
    .join('');
}

// English titles end with their kind ("… Act, 2018"); Malay, Indonesian and Vietnamese ones start with it.
const ENDS_WITH_KIND = new RegExp(
  `\\b(${titleWords((t) => t.kindsLast)})[,.]?\\s*((1[5-9]|20)\\d\\d)?\\.?$`,
  'iu',
);
const STARTS_WITH_KIND = new RegExp(`^(${titleWords((t) => t.kindsFirst)})\\b`, 'iu');
/** Vietnamese laws head their first page with the title in title case, without a year. */
const HEADING_KIND = new RegExp(`^(${titleWords((t) => t.headingKinds)})\\b`, 'u');
/**
 * A short-title phrase as OCR may print it: a two-letter word with its second letter misread
 * ("shall b€ called"), the longer words anchoring it.
 */
const ocrPhrase = (phrase: string) =>
  phrase
    .split(' ')
    .map((word) => (word.length === 2 ? `${escapeRegExp(word[0])}\\S` : escapeRegExp(word)))
    .join('\\s+');
const SHORT_TITLE_PHRASES = fromAllProfiles((profile) => profile.titles.shortTitlePhrases)
  .sort((a, b) => b.length - a.length)
  .map(ocrPhrase)
  .join('|');
// "the" may be read "lhe" or "thc"; the year may follow a comma OCR read as a full stop ("Act. 2022"),
// and the sentence may end at the next subsection ("… Act. 2022 (2) It shall come into force") or at a
// bracket after the name ("… Child Act 2001 (Act 611)."). An annotated code marks a year it substituted
// with its footnote's number ("… Restraint Act, 2[1929].").
const SHORT_TITLE = new RegExp(
  `\\b(?:${SHORT_TITLE_PHRASES})\\s+(?:[tTlI]h[ec]\\s+)?([^.;]{4,160}?\\b(?:${titleWords((t) => t.shortTitleKinds)})(?:[,.]?\\s*(?:\\d{1,2}\\[)?\\d{4}\\]?)?)(?=\\s*(?:[.;(]|$))`,
  'u',
);

const YEAR = /\b(1[89]\d\d|20\d\d)\b/;
/** The year a title names: "Child Act 2001" → 2001. */
export function yearInTitle(title: string): number | null {
  const match = YEAR.exec(title);
  return match ? Number(match[1]) : null;
}

// "Luật số 102/2016/QH13", "Số: 56/2017/NĐ-CP": number, year, issuer (with a legislature's term).
const LAW_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}/])\\d{1,4}/(1[89]\\d\\d|20\\d\\d)/(?:${titleWords((t) => t.numberIssuers ?? [])})\\d{0,2}(?![\\p{L}\\p{N}])`,
  'u',
);

/**
 * The law's year: the one its title names, else the one in its own number on the first page (the
 * first such number: a decree cites the laws it rests on after its own).
 */
export function guessYear(title: string | null, firstPageLines: TextLine[]): number | null {
  if (title) {
    const year = yearInTitle(title);
    if (year !== null) return year;
  }
  const match = LAW_NUMBER.exec(firstPageLines.map((line) => line.text).join('\n'));
  return match ? Number(match[1]) : null;
}

/**
 * The title from the first page's heading lines; failing that, from the short-title clause
 * ("This Act shall be called the … Act, 2022"), which amending acts in gazettes rely on.
 */
export function guessTitle(firstPageLines: TextLine[], firstClauseText?: string): string | null {
  return titleFromHeading(firstPageLines) ?? titleFromShortTitle(firstClauseText);
}

/** The name the short-title clause gives the law ("may be cited as the Child Act 1999"). */
export function titleFromShortTitle(text: string | undefined): string | null {
  const match = text ? SHORT_TITLE.exec(text.replace(/\s+/g, ' ')) : null;
  return match
    ? match[1]
        .trim()
        .replace(/\d{1,2}\[(\d{4})\]?$/, '$1')
        .replace(/\.\s*(\d{4})$/, ', $1')
    : null;
}

function titleFromHeading(firstPageLines: TextLine[]): string | null {
  const lines = firstPageLines.slice(0, 15).map((line) => line.text.trim());
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!TITLE_WORD.test(line) || LONG_TITLE.test(line) || REFERENCE.test(line)) continue;
    const caps = isCaps(line);
    const year = /\b(1[5-9]\d\d|20\d\d)\b/.test(line);
    if (!caps && !year && !HEADING_KIND.test(line)) continue;
    const bare = line.replace(/\s+[-—–]\s+(CHAPTER|PART)\b.*$/i, '').replace(/\s*\([^)]*\)\s*$/u, '');
    if (!ENDS_WITH_KIND.test(bare) && !STARTS_WITH_KIND.test(bare)) continue;
    // A title in capitals may run over two lines: "THE ISLAMABAD CAPITAL TERRITORY CHILD" / "PROTECTION ACT, 2018".
    let title = line;
    if (
      caps &&
      i > 0 &&
      isCaps(lines[i - 1]) &&
      !TITLE_WORD.test(lines[i - 1]) &&
      letters(lines[i - 1]).length > 3
    )
      title = `${lines[i - 1]} ${title}`;
    else if (
      caps &&
      i + 1 < lines.length &&
      isCaps(lines[i + 1]) &&
      !year &&
      /\b(1[5-9]\d\d|20\d\d)\b/.test(lines[i + 1])
    )
      title = `${title} ${lines[i + 1]}`;
    title = title
      // OCR debris before a scanned title: ".. THE WEST PAKISTAN CONTROL OF ORPHANAGES".
      .replace(/^[^\p{L}\p{N}]+/u, '')
      .replace(/\s+[-—–]\s+(CHAPTER|PART)\b.*$/i, '')
      .replace(/\s*\((Luật|Act|Law) (số|No)\.?[^)]*\)\s*$/iu, '')
      .replace(/^the\s+/i, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (letters(title).length < 4) continue;
    return caps ? titleCaseLaw(title) : title;
  }
  return null;
}
