// The languages Lexgap reads, one profile each (profiles/<code>.ts), and lookups over them. The
// order is the order in which detection tries them and ties are broken: English first.
import type { LanguageProfile } from './profile';
import { en } from './profiles/en';
import { fil } from './profiles/fil';
import { id } from './profiles/id';
import { km } from './profiles/km';
import { lo } from './profiles/lo';
import { ms } from './profiles/ms';
import { my } from './profiles/my';
import { th } from './profiles/th';
import { vi } from './profiles/vi';
import { escapeRegExp } from '../escape-regexp';

export const LANGUAGE_PROFILES: readonly LanguageProfile[] = [en, ms, id, vi, th, fil, km, lo, my];

/** The codes of the supported languages ("en", "ms", …), in registry order. */
export const LANGUAGE_CODES: readonly string[] = LANGUAGE_PROFILES.map((profile) => profile.code);

const byCode = new Map<string, LanguageProfile>();
for (const profile of LANGUAGE_PROFILES)
  for (const code of [profile.code, ...profile.aliases]) {
    if (byCode.has(code)) throw new Error(`language code "${code}" is registered twice`);
    byCode.set(code, profile);
  }

/** Base language of a tag such as `ms-MY`, `EN` or `tl` (an alias): "ms", "en", "fil"; '' → "en". */
export function baseLanguage(language: string): string {
  const base = (language || 'en').toLowerCase().split(/[-_]/)[0];
  return byCode.get(base)?.code ?? base;
}

/** The profile of a language tag (`ms-MY`, `tl`…), or undefined for a language Lexgap does not know. */
export function languageProfile(language: string): LanguageProfile | undefined {
  return byCode.get(baseLanguage(language));
}

/** One list from every profile (each entry once, in registry order): the words segmentation tries. */
export function fromAllProfiles(pick: (profile: LanguageProfile) => readonly string[]): string[] {
  return [...new Set(LANGUAGE_PROFILES.flatMap((profile) => pick(profile)))];
}

/** Regular-expression alternatives matching any of the words, longest first (so "Article" wins over
 *  "Art"); none at all matches nothing (an empty alternative would match everywhere). */
export function alternatives(words: readonly string[]): string {
  if (words.length === 0) return '(?!)';
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** A character-class body matching any of the characters (stops such as "។", "။"). */
export function characters(chars: readonly string[]): string {
  return chars.map((char) => char.replace(/[\]\\^-]/g, '\\$&')).join('');
}
