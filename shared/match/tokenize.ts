// Words of a text with stems and UTF-16 offsets into the original string, per language: regular
// expressions for space-separated scripts (Vietnamese by syllable), Intl.Segmenter's dictionary
// word breaks for Thai, Khmer, Lao and Burmese.
import { stem } from './stem';
import { isStopword } from './stopwords';

export interface Token {
  /** The word lower-cased (and, for Latin scripts other than Vietnamese, without diacritics). */
  term: string;
  stem: string;
  start: number;
  end: number;
  /** A function word: ignored by the ranking signal, kept inside phrases. */
  stop: boolean;
}

const SEGMENTED = new Set(['th', 'km', 'lo', 'my']);
// Malay and Indonesian keep hyphenated reduplication ("kanak-kanak") as one word.
const HYPHEN_WORDS = new Set(['ms', 'id']);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const WORD_HYPHEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
  twenty: '20',
  twentyone: '21',
};

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, s);
  }
  return s;
}

/** Base language of a tag such as `ms-MY` or `EN`. */
export function baseLanguage(language: string): string {
  const base = (language || 'en').toLowerCase().split(/[-_]/)[0];
  return base === 'in' ? 'id' : base === 'tl' ? 'fil' : base;
}

function normalise(word: string, language: string): string {
  const lower = word.toLowerCase();
  if (language === 'vi') return lower.normalize('NFC');
  if (SEGMENTED.has(language)) return lower;
  // Latin scripts: fold diacritics so "ñ" and "n", "é" and "e" meet.
  return /[^ -~]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '') : lower;
}

/** What a distinct written form says, shared by all its occurrences. */
export interface WordInfo {
  term: string;
  stem: string;
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

// Legislative text repeats a small vocabulary: normalise and stem each distinct word once.
const words = new Map<string, Map<string, WordInfo>>();

function wordCache(language: string): Map<string, WordInfo> {
  let cache = words.get(language);
  if (!cache) words.set(language, (cache = new Map()));
  return cache;
}

function wordInfo(raw: string, language: string, cache: Map<string, WordInfo>): WordInfo {
  let info = cache.get(raw);
  if (!info) {
    let term = normalise(raw, language);
    if (language === 'en') term = term.replace(/['’]s$/, '');
    const s = /^\d+$/.test(term)
      ? term
      : language === 'en'
        ? (NUMBER_WORDS[term] ?? stem(term, language))
        : stem(term, language);
    info = { term, stem: s, stop: isStopword(term, language), length: raw.length };
    if (cache.size < 100_000) cache.set(raw, info);
  }
  return info;
}

/** The words of `text` in `language` as parallel lists; see `tokenize` for the same as objects. */
export function scan(text: string, language: string): Words {
  const lang = baseLanguage(language);
  const cache = wordCache(lang);
  const infos: WordInfo[] = [];
  const starts: number[] = [];
  if (SEGMENTED.has(lang)) {
    for (const seg of segmenter(lang).segment(text)) {
      if (!seg.isWordLike) continue;
      infos.push(wordInfo(seg.segment, lang, cache));
      starts.push(seg.index);
    }
    return { infos, starts };
  }
  const pattern = HYPHEN_WORDS.has(lang) ? WORD_HYPHEN : WORD;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    infos.push(wordInfo(m[0], lang, cache));
    starts.push(m.index);
  }
  return { infos, starts };
}

/** Scanned words as tokens. */
export function tokensOf({ infos, starts }: Words): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < infos.length; i++) {
    const { term, stem: s, stop, length } = infos[i];
    out.push({ term, stem: s, start: starts[i], end: starts[i] + length, stop });
  }
  return out;
}

/** The words of `text` in `language` (ISO 639-1, e.g. en, ms, id, vi, th, km, lo, my). */
export function tokenize(text: string, language: string): Token[] {
  return tokensOf(scan(text, language));
}
