// Word stems per language: Porter for English, natural's Indonesian stemmer (affixes checked
// against its root-word list) for Malay and Indonesian, the word itself elsewhere.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import IndonesianStemmer from 'natural/lib/natural/stemmers/indonesian/stemmer_id.js';

const MALAY_FAMILY = new Set(['ms', 'id']);

function stemWord(word: string, language: string): string {
  if (language === 'en') return PorterStemmer.stem(word);
  if (MALAY_FAMILY.has(language)) {
    // Reduplication ("kanak-kanak", "undang-undang") carries plurality, not meaning.
    const dash = word.indexOf('-');
    if (dash > 0 && word.slice(0, dash) === word.slice(dash + 1)) word = word.slice(0, dash);
    return IndonesianStemmer.stem(word) || word;
  }
  return word;
}

/** The stem of an already lower-cased word in the given language (callers cache). */
export function stem(word: string, language: string): string {
  return stemWord(word, language);
}
