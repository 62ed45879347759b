// The age tables of a language, from its profile (shared/language/profiles/<code>.ts); English
// where a language has none yet, since laws in any language quote English often enough.
import type { AgeLanguage } from '../language/age-words';
import { en } from '../language/profiles/en';
import { languageProfile } from '../language/registry';

export type { AgeLanguage, AgeSubject, Sex } from '../language/age-words';

export const ENGLISH: AgeLanguage = en.ages!;

/** False for the tables of a language written without spaces between words (Thai, Lao): no word-edge guards. */
export const spacedAges = (language: AgeLanguage) => languageProfile(language.code)?.spacing !== 'unspaced';

/** The tables for a language code ("ms", "ms-MY", "tl"), English where the language has none. */
export function ageLanguage(code: string): AgeLanguage {
  return languageProfile(code)?.ages ?? ENGLISH;
}
