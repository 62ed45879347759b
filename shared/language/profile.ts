// What Lexgap knows about one language, in one place: how its laws are drafted (the words that head
// parts, chapters, clauses, schedules, contents lists and explanatory statements), how a clause is
// cited, how its text breaks into words and is stemmed, and which OCR model reads its scans.
// Segmentation, matching, citation, language detection and OCR all read these profiles (registry.ts).
import type { ClauseKind } from '../model';
import type { AgeLanguage } from './age-words';

/**
 * How text breaks into words: runs of letters and digits (with an apostrophe: "child's"), the same
 * with hyphens kept inside a word (Malay "kanak-kanak"), or dictionary word breaks from
 * Intl.Segmenter for scripts written without spaces.
 */
export type WordBreaks = 'words' | 'hyphenated-words' | 'dictionary';

/**
 * Stemmers by id: Porter for English (shared/match/porter.ts); natural's Indonesian stemmer for
 * Malay and Indonesian, supplied by the platform because it reads a root list from disk
 * (see setMalayStemmerLoader in shared/match/stem.ts); 'vietnamese' writes the tone of an open
 * "oa", "oe" or "uy" syllable one way ("hòa" and "hoà" meet); 'none' keeps the word as it is.
 */
export type StemmerId = 'porter' | 'malay' | 'vietnamese' | 'none';

/** The words laws in the language are drafted with, each form as printed (case forms listed). */
export interface DraftingWords {
  /** Group headings by level: "PART", "Bahagian", "ภาค" (level 1). */
  parts: string[];
  /** "CHAPTER", "BAB", "Chương", "หมวด" (level 2). */
  chapters: string[];
  /** "DIVISION", "Bagian", "Mục", "ส่วน" (level 3). */
  divisions: string[];
  /** "Paragraf" (level 4). */
  paragraphs: string[];
  /** Ordinal words that number a group heading instead of a numeral ("Bagian Kesatu"). */
  groupOrdinals: string[];
  /** Keywords that start a clause cited as an article: "Article 12", "Điều 5.", "Pasal 3". */
  articles: string[];
  /** Keywords that start a clause cited as a section: "Section 5", "Seksyen 5", "มาตรา ๕". */
  sections: string[];
  /**
   * What follows a keyword clause number on its line: the clause's heading ("Điều 5. Quyền…",
   * "មាត្រា ១.- heading") or already its text (Thai and Burmese sections have no heading).
   */
  clauseKeywordLine: 'heading' | 'text';
  /** Stops that may follow the number after a clause keyword, besides "." and ":" ("។", "၊"). */
  clauseNumberStops: string[];
  /** Stops that end a bare clause number opening a line, besides "." and ",": Burmese "၁။". */
  bareNumberStops: string[];
  /** Headings of a contents list, lower case, punctuation as spaces: "arrangement of clauses". */
  contents: string[];
  /** Headings of the explanatory statement after a bill's body: "explanatory statement", "huraian". */
  explanatory: string[];
  /** Words heading a schedule, lower case: "schedule", "jadual", "phụ lục". */
  schedules: string[];
  /** Schedule words only read as a heading in capitals ("ANNEX 2"): in running text they are words. */
  capitalSchedules: string[];
  /** Whether an ordinal comes before the schedule word ("FIRST SCHEDULE") rather than after it. */
  ordinalBeforeSchedule: boolean;
  /** Ordinal words numbering schedules, lower case: "first", "kedua". */
  ordinals: string[];
  /** A bill's caption over its long title and the word after it: "A BILL" / "intituled". */
  billCaptions: string[];
  captionVerbs: string[];
  /** A long title's first three words, lower case: "an" "act" "to" ("An Act to consolidate…"). */
  longTitle: { determiners: string[]; nouns: string[]; linkers: string[] };
}

/** How its laws name themselves: for reading a law's title off its first page or short-title clause. */
export interface TitleWords {
  /** Kinds of law an English-style title ends with, lower case: "act" ("… Act, 2018"). */
  kindsLast: string[];
  /** Kinds of law a title starts with, lower case: "akta", "luật" ("Akta Kanak-Kanak 2001"). */
  kindsFirst: string[];
  /** Other words that mark a heading line as a possible title: "constitution". */
  otherKinds: string[];
  /** Kinds, as printed, that make a title-case heading a title without capitals or a year: "Luật". */
  headingKinds: string[];
  /** What introduces the law's name in its short-title clause: "may be cited as", "dinamakan". */
  shortTitlePhrases: string[];
  /** The kind a short title ends with, as printed: "Act", "Akta". */
  shortTitleKinds: string[];
  /**
   * Who a law's number names after its year, as printed: "QH" in "Luật số 102/2016/QH13", "NĐ-CP" in
   * "Nghị định số 56/2017/NĐ-CP"; the year of a law numbered so is read from its number.
   */
  numberIssuers?: string[];
  /** Words kept in lower case when a title in capitals is title-cased: "of", "dan". */
  smallWords: string[];
}

export interface CitationLabels {
  /** How the law itself names a clause of each kind before its number: "Section", "Seksyen", "Điều". */
  labels: Partial<Record<ClauseKind, string>>;
  /** Abbreviations and other forms of those labels met before numbers ("s.", "art", "Sek."). */
  abbreviations: string[];
}

/** How an amending act names itself and what it amends: for proposing the links between the two. */
export interface AmendmentWords {
  /** Words in an amending act's title, lower case: "amendment" ("… (Amendment) Act, 2022"), "pindaan". */
  titleWords: string[];
  /** Phrases after which an amending act names the act it amends, lower case: "to amend the", "in the". */
  actOpeners: string[];
  /** Words before the number of a section it amends, lower case: "section", "seksyen". */
  sectionWords: string[];
}

export interface WordRules {
  breaks: WordBreaks;
  /** Fold diacritics away ("ñ" meets "n"); Vietnamese keeps them (they tell syllables apart). */
  foldDiacritics: boolean;
  /** Drop a possessive "'s" from a word. */
  dropPossessive: boolean;
  /** Number words read as digits ("five" → "5"). */
  numberWords: Readonly<Record<string, string>>;
  stemmer: StemmerId;
  /** Function words, lower case: left out of the ranking signal, kept inside phrases. */
  stopwords: readonly string[];
}

export interface Detection {
  /** The script's Unicode block ("\u0E00-\u0E7F"): text mostly in it is in this language. */
  scriptRange?: string;
  /** Frequent function words of its legislative prose, for telling Latin-script languages apart. */
  markers: string[];
  /**
   * Words and phrases its laws use and a close relative's do not ("seksyen", "disabitkan" for Malay;
   * "pasal", "sebagaimana dimaksud", "dan/atau" for Indonesian): where two languages share their
   * function words (both list them as markers, so they count for both), these decide between them.
   */
  distinctive?: string[];
}

export interface OcrModel {
  /** Tesseract's language code: the traineddata file's name ("eng", "khm"). */
  tesseract: string;
  /** The npm package holding `<tesseract>.traineddata.gz`; absent where none is published (Khmer). */
  package?: string;
}

export interface LanguageProfile {
  /** ISO 639-1 code (ISO 639-2 where there is none: "fil"). */
  code: string;
  /** English name, as lists and messages show it. */
  name: string;
  /** Other codes people type for it ("tl" for Filipino, "in" for Indonesian). */
  aliases: string[];
  script: 'Latin' | 'Thai' | 'Khmer' | 'Lao' | 'Myanmar';
  /** Written without spaces between words: cues are then found as character sequences. */
  spacing: 'spaced' | 'unspaced';
  /** Code point of the script's own zero, when laws number clauses in native digits ("๒๖"). */
  nativeZero?: number;
  drafting: DraftingWords;
  titles: TitleWords;
  citation: CitationLabels;
  words: WordRules;
  detection: Detection;
  ocr: OcrModel;
  /** How its amending acts name what they amend; absent where not yet written. */
  amendments?: AmendmentWords;
  /** How the language's laws state ages, for the measurable checks; absent where not yet written. */
  ages?: AgeLanguage;
}

/** Each word as printed and in capitals ("Chương", "CHƯƠNG"); one form where case does not apply. */
export function withCapitals(...words: string[]): string[] {
  return [...new Set(words.flatMap((word) => [word, word.toUpperCase()]))];
}

/** Every drafting list empty: a profile spreads it and fills in what its laws use. */
export const NO_DRAFTING_WORDS: DraftingWords = {
  parts: [],
  chapters: [],
  divisions: [],
  paragraphs: [],
  groupOrdinals: [],
  articles: [],
  sections: [],
  clauseKeywordLine: 'heading',
  clauseNumberStops: [],
  bareNumberStops: [],
  contents: [],
  explanatory: [],
  schedules: [],
  capitalSchedules: [],
  ordinalBeforeSchedule: false,
  ordinals: [],
  billCaptions: [],
  captionVerbs: [],
  longTitle: { determiners: [], nouns: [], linkers: [] },
};

/** No title words: a law's title is then only found through the words of other languages. */
export const NO_TITLE_WORDS: TitleWords = {
  kindsLast: [],
  kindsFirst: [],
  otherKinds: [],
  headingKinds: [],
  shortTitlePhrases: [],
  shortTitleKinds: [],
  smallWords: [],
};

/** Word rules of a script written without spaces: dictionary word breaks, no stemmer, no stopword list yet. */
export const DICTIONARY_WORD_RULES: WordRules = {
  breaks: 'dictionary',
  foldDiacritics: false,
  dropPossessive: false,
  numberWords: {},
  stemmer: 'none',
  stopwords: [],
};

/** Word rules of a Latin-script language without a stemmer or stopword list yet (and of a language
 *  Lexgap has no profile for): words by letters, diacritics folded. */
export const PLAIN_WORD_RULES: WordRules = {
  breaks: 'words',
  foldDiacritics: true,
  dropPossessive: false,
  numberWords: {},
  stemmer: 'none',
  stopwords: [],
};
