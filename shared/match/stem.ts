// Word stems per language, by the stemmer its profile names: Porter for English (natural's,
// reimplemented in porter.ts), natural's Indonesian stemmer (affixes checked against its root-word
// list) for Malay and Indonesian, one tone-mark style for Vietnamese, the word itself elsewhere.
import type { StemmerId } from '../language/profile';
import { languageProfile } from '../language/registry';
import { porterStem } from './porter';

/** Stems single lower-cased words. */
export interface WordStemmer {
  stem(word: string): string;
}

// natural's Indonesian stemmer reads its 30,000-word root list when it is imported (about 40 ms of
// every start, Malay or not), and shared/ cannot load a module synchronously on demand: the platform
// supplies a loader (electron/services/malay-stemmer.ts), called on the first Malay or Indonesian word.
let loadMalay: (() => WordStemmer) | undefined;
let malay: WordStemmer | undefined;

/** Supplies the Malay/Indonesian stemmer, loaded when first needed. The first loader given stays. */
export function setMalayStemmerLoader(load: () => WordStemmer): void {
  loadMalay ??= load;
}

function malayStemmer(): WordStemmer {
  if (!malay) {
    if (!loadMalay)
      throw new Error(
        'no Malay/Indonesian stemmer: call setMalayStemmerLoader (see electron/services/malay-stemmer.ts) before matching Malay or Indonesian text',
      );
    malay = loadMalay();
  }
  return malay;
}

// Vietnamese puts the tone of an open "oa", "oe" or "uy" syllable on either vowel ("hòa"/"hoà",
// "khỏe"/"khoẻ", "ủy"/"uỷ"; never in "qu"): laws and cues each use one style, so a syllable's tone
// goes on its second vowel here, as both styles agree it does once a consonant closes the syllable.
const TONE_ON_FIRST = /^([^q]*(?:o(?=.[ae]$)|u(?=.y$)))([\u0300\u0301\u0303\u0309\u0323])([aey])$/u;
function vietnameseTone(word: string): string {
  if (word.length > 7 || !/(?:[òóỏõọ][ae]|[ùúủũụ]y)$/u.test(word)) return word;
  const parts = TONE_ON_FIRST.exec(word.normalize('NFD'));
  return parts ? `${parts[1]}${parts[3]}${parts[2]}`.normalize('NFC') : word;
}

const STEMMERS: Record<StemmerId, (word: string) => string> = {
  porter: porterStem,
  malay: (word) => {
    // Reduplication ("kanak-kanak", "undang-undang") carries plurality, not meaning; a line break
    // inside one loses its hyphen in many PDFs ("kanakkanak", "manamana").
    const dash = word.indexOf('-');
    if (dash > 0 && word.slice(0, dash) === word.slice(dash + 1)) word = word.slice(0, dash);
    else if (dash < 0 && word.length >= 6 && word.length % 2 === 0) {
      const half = word.length / 2;
      if (word.slice(0, half) === word.slice(half)) word = word.slice(0, half);
    }
    return malayStemmer().stem(word) || word;
  },
  vietnamese: vietnameseTone,
  none: (word) => word,
};

/** The stem of an already lower-cased word in the given language (callers cache). */
export function stem(word: string, language: string): string {
  return STEMMERS[languageProfile(language)?.words.stemmer ?? 'none'](word);
}
