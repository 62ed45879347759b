// Words of a text with stems and UTF-16 offsets into the original string, per language (its
// profile's word rules): regular expressions for space-separated scripts (Vietnamese by syllable),
// Intl.Segmenter's dictionary word breaks for Thai, Khmer, Lao and Burmese.
import { foldSpellings, originalSpan } from '../language/fold-spellings';
import { PLAIN_WORD_RULES, type WordRules } from '../language/profile';
import { baseLanguage, languageProfile } from '../language/registry';
import { stem } from './stem';
import { isStopword } from './stopwords';
import { HASH_START, hashOf, hashStep, WordTable } from './word-table';

export interface Token {
  /**
   * The word lower-cased (and, for Latin scripts other than Vietnamese, without diacritics; in the
   * scripts written without spaces, with its spelling variants folded: fold-spellings.ts).
   */
  term: string;
  stem: string;
  /** See `stemId`. */
  stemId: number;
  start: number;
  end: number;
  /** A function word: ignored by the ranking signal, kept inside phrases. */
  stop: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
// Malay and Indonesian keep hyphenated reduplication ("kanak-kanak") as one word.
const WORD_HYPHEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

const wordRules = (language: string): WordRules => languageProfile(language)?.words ?? PLAIN_WORD_RULES;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, s);
  }
  return s;
}

export { baseLanguage };

function normalise(word: string, rules: WordRules): string {
  const lower = word.toLowerCase();
  if (rules.breaks === 'dictionary') return foldSpellings(lower).text;
  if (!rules.foldDiacritics) return lower.normalize('NFC');
  // Latin scripts: fold diacritics so "ñ" and "n", "é" and "e" meet.
  return /[^ -~]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '') : lower;
}

/** What a distinct written form says, shared by all its occurrences. */
export interface WordInfo {
  term: string;
  stem: string;
  /** The stem as a number, the same for every form with this stem in this language (see `stemId`). */
  stemId: number;
  stop: boolean;
  /** Length of the written form (UTF-16 code units). */
  length: number;
}

/** The words of a text as parallel lists (no object per occurrence): what the matcher reads. */
export interface Words {
  infos: WordInfo[];
  /** Offset of each word in the text; it ends at `starts[i] + infos[i].length`. */
  starts: number[];
}

// Stems as numbers per language, so that indexes are arrays rather than maps of strings. Numbers
// are never taken back (indexes hold them): the map grows with the vocabulary met, not the text.
const stemIds = new Map<string, Map<string, number>>();

/** The number of a stem in a language, given on first sight and kept for the process's life. */
export function stemId(stem: string, language: string): number {
  let ids = stemIds.get(language);
  if (!ids) stemIds.set(language, (ids = new Map()));
  let id = ids.get(stem);
  if (id === undefined) ids.set(stem, (id = ids.size));
  return id;
}

/** Every stem numbered so far in a language, by number (`stemId` in reverse). */
export function stemsByNumber(language: string): string[] {
  return [...(stemIds.get(language)?.keys() ?? [])];
}

// Legislative text repeats a small vocabulary: normalise and stem each distinct word once.
const tables = new Map<string, WordTable<WordInfo>>();

function wordTable(language: string): WordTable<WordInfo> {
  let table = tables.get(language);
  if (!table) tables.set(language, (table = new WordTable(100_000)));
  return table;
}

function describe(raw: string, language: string): WordInfo {
  const rules = wordRules(language);
  let term = normalise(raw, rules);
  if (rules.dropPossessive) term = term.replace(/['’]s$/, '');
  // Own keys only: "constructor" is a word, not a number.
  const number = Object.hasOwn(rules.numberWords, term) ? rules.numberWords[term] : undefined;
  const s = /^\d+$/.test(term) ? term : (number ?? stem(term, language));
  return { term, stem: s, stemId: stemId(s, language), stop: isStopword(term, language), length: raw.length };
}

function wordAt(
  text: string,
  start: number,
  end: number,
  hash: number,
  language: string,
  table: WordTable<WordInfo>,
) {
  let info = table.find(text, start, end, hash);
  if (!info) {
    const raw = text.slice(start, end);
    info = describe(raw, language);
    table.add(raw, hash, info);
  }
  return info;
}

// What each UTF-16 unit is to the word pattern, learned on first sight (0: not yet known).
const LETTER = 1;
const NUMBER = 2;
const OTHER = 3;
const SURROGATE = 4;
const unitClass = new Uint8Array(0x10000);

function learnClass(unit: number): number {
  const ch = String.fromCharCode(unit);
  const k =
    unit >= 0xd800 && unit <= 0xdfff
      ? SURROGATE
      : /\p{L}/u.test(ch)
        ? LETTER
        : /\p{N}/u.test(ch)
          ? NUMBER
          : OTHER;
  unitClass[unit] = k;
  return k;
}

// Small enough to be inlined into the scanning loop; the regular expressions stay out of it.
const classOf = (unit: number): number => unitClass[unit] || learnClass(unit);

const isApostrophe = (unit: number) => unit === 0x27 || unit === 0x2019;
const HYPHEN = 0x2d;

/**
 * The words of `text` as `WORD` (or `WORD_HYPHEN`) finds them, unit by unit: a regular expression
 * made a match object and a substring per word. Null where the text has a character outside the
 * Basic Multilingual Plane, which the expression reads as one code point: the caller uses it then.
 */
function scanUnits(
  text: string,
  language: string,
  hyphenated: boolean,
  table: WordTable<WordInfo>,
  into: Words,
): Words | null {
  const { infos, starts } = emptied(into);
  const length = text.length;
  let i = 0;
  while (i < length) {
    let k = classOf(text.charCodeAt(i));
    if (k === OTHER) {
      i++;
      continue;
    }
    if (k === SURROGATE) return null;
    const start = i;
    let hash = HASH_START;
    // A run of letters and numbers, then an apostrophe and letters ("child's") or, in Malay and
    // Indonesian, hyphens each followed by another run ("kanak-kanak").
    for (;;) {
      while (k === LETTER || k === NUMBER) {
        hash = hashStep(hash, text.charCodeAt(i++));
        k = i < length ? classOf(text.charCodeAt(i)) : OTHER;
      }
      if (k === SURROGATE) return null;
      if (i + 1 >= length) break;
      const unit = text.charCodeAt(i);
      const next = classOf(text.charCodeAt(i + 1));
      if (next === SURROGATE) return null;
      if (hyphenated ? unit !== HYPHEN || next === OTHER : !isApostrophe(unit) || next !== LETTER) break;
      hash = hashStep(hash, unit);
      i++;
      k = next;
      if (!hyphenated) {
        while (k === LETTER) {
          hash = hashStep(hash, text.charCodeAt(i++));
          k = i < length ? classOf(text.charCodeAt(i)) : OTHER;
        }
        if (k === SURROGATE) return null;
        break;
      }
    }
    infos.push(wordAt(text, start, i, hash, language, table));
    starts.push(start);
  }
  return into;
}

function scanPattern(
  text: string,
  language: string,
  pattern: RegExp,
  table: WordTable<WordInfo>,
  into: Words,
): Words {
  const { infos, starts } = emptied(into);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    infos.push(wordAt(text, m.index, m.index + m[0].length, hashOf(m[0]), language, table));
    starts.push(m.index);
  }
  return into;
}

function emptied(words: Words): Words {
  words.infos.length = 0;
  words.starts.length = 0;
  return words;
}

/**
 * The words of `text` in `language` as parallel lists; see `tokenize` for the same as objects.
 * Given `into`, its lists are emptied and filled instead of new ones made (for a caller that has
 * read them before it scans again).
 */
export function scan(text: string, language: string, into: Words = { infos: [], starts: [] }): Words {
  const lang = baseLanguage(language);
  const table = wordTable(lang);
  const { breaks } = wordRules(lang);
  if (breaks === 'dictionary') {
    const { infos, starts } = emptied(into);
    // Words are broken in the text with its spellings folded (the dictionary knows one of each),
    // and each is read as printed: its offsets, length and written form are the original's.
    const fold = foldSpellings(text);
    for (const seg of segmenter(lang).segment(fold.text)) {
      if (!seg.isWordLike) continue;
      if (!fold.starts) {
        infos.push(wordAt(seg.segment, 0, seg.segment.length, hashOf(seg.segment), lang, table));
        starts.push(seg.index);
        continue;
      }
      const [start, end] = originalSpan(fold, seg.index, seg.index + seg.segment.length);
      infos.push(wordAt(text, start, end, hashOf(text.slice(start, end)), lang, table));
      starts.push(start);
    }
    return into;
  }
  const hyphenated = breaks === 'hyphenated-words';
  return (
    scanUnits(text, lang, hyphenated, table, into) ??
    scanPattern(text, lang, hyphenated ? WORD_HYPHEN : WORD, table, into)
  );
}

/** Scanned words as tokens. */
export function tokensOf({ infos, starts }: Words): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < infos.length; i++) {
    const { term, stem: s, stemId: id, stop, length } = infos[i];
    out.push({ term, stem: s, stemId: id, start: starts[i], end: starts[i] + length, stop });
  }
  return out;
}

/** The words of `text` in `language` (ISO 639-1, e.g. en, ms, id, vi, th, km, lo, my). */
export function tokenize(text: string, language: string): Token[] {
  return tokensOf(scan(text, language));
}
