// A document's language from its text, for tokenisation and OCR when the analyst did not say:
// a script of its own (Thai, Khmer, Lao, Burmese), else the Latin-script language whose frequent
// function words (each profile's detection markers) and distinctive words and phrases are most common.
// Malay and Indonesian list the same function words, so those count for both and only what each
// one's laws say and the other's do not ("seksyen", "disabitkan"; "pasal", "dan/atau") decides.
import { escapeRegExp } from '../escape-regexp';
import { LANGUAGE_PROFILES } from './registry';

const SCRIPTS: [RegExp, string][] = LANGUAGE_PROFILES.flatMap((profile) =>
  profile.detection.scriptRange
    ? [[new RegExp(`[${profile.detection.scriptRange}]`, 'g'), profile.code] as [RegExp, string]]
    : [],
);

/** One word (hyphens inside: "kanak-kanak") is counted among the words; anything longer is searched for. */
const isWord = (marker: string) => /^[\p{L}-]+$/u.test(marker);

/** A phrase ("sebagaimana dimaksud", "dan/atau") as a whole word sequence, any spacing between its words. */
function phrasePattern(phrase: string): RegExp {
  const body = phrase.split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${body}(?![\\p{L}\\p{N}-])`, 'gu');
}

interface Markers {
  language: string;
  words: string[];
  phrases: RegExp[];
}

// A language wins by its markers' count; the registry's order breaks ties.
const MARKERS: Markers[] = LANGUAGE_PROFILES.filter((profile) => profile.detection.markers.length > 0).map(
  (profile) => {
    const all = [...profile.detection.markers, ...(profile.detection.distinctive ?? [])];
    return {
      language: profile.code,
      words: all.filter(isWord),
      phrases: all.filter((marker) => !isWord(marker)).map(phrasePattern),
    };
  },
);

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  for (const [pattern, language] of SCRIPTS) {
    if ((sample.match(pattern)?.length ?? 0) > sample.length * 0.2) return language;
  }
  const lower = sample.toLowerCase();
  const words = lower.match(/[\p{L}-]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = 'en';
  let bestScore = 0;
  for (const { language, words: markers, phrases } of MARKERS) {
    const score =
      markers.reduce((sum, m) => sum + (counts.get(m) ?? 0), 0) +
      phrases.reduce((sum, p) => sum + (lower.match(p)?.length ?? 0), 0);
    if (score > bestScore) [best, bestScore] = [language, score];
  }
  return best;
}
