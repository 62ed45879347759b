// Function words that carry no topic; left out of the ranking signal but kept for phrase matching.
// The lists are the language profiles' (shared/language/profiles).
import { LANGUAGE_PROFILES } from '../language/registry';

const LISTS = new Map(LANGUAGE_PROFILES.map((profile) => [profile.code, new Set(profile.words.stopwords)]));

/** Whether a lower-cased word is a function word of the language (a base code: "ms", not "ms-MY"). */
export function isStopword(word: string, language: string): boolean {
  return LISTS.get(language)?.has(word) ?? false;
}
