// A document's language from its text, for tokenisation and OCR when the analyst did not say:
// a script of its own (Thai, Khmer, Lao, Burmese), else the Latin-script language whose frequent
// function words (each profile's detection markers) are most common.
import { LANGUAGE_PROFILES } from './registry';

const SCRIPTS: [RegExp, string][] = LANGUAGE_PROFILES.flatMap((profile) =>
  profile.detection.scriptRange
    ? [[new RegExp(`[${profile.detection.scriptRange}]`, 'g'), profile.code] as [RegExp, string]]
    : [],
);

// A language wins by share of tokens.
const MARKERS: [string, string[]][] = LANGUAGE_PROFILES.filter(
  (profile) => profile.detection.markers.length > 0,
).map((profile) => [profile.code, profile.detection.markers]);

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  for (const [pattern, language] of SCRIPTS) {
    if ((sample.match(pattern)?.length ?? 0) > sample.length * 0.2) return language;
  }
  const words = sample.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = 'en';
  let bestScore = 0;
  for (const [language, markers] of MARKERS) {
    const score = markers.reduce((sum, m) => sum + (counts.get(m) ?? 0), 0);
    if (score > bestScore) [best, bestScore] = [language, score];
  }
  return best;
}
