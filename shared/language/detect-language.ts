// A document's language from its text, for tokenisation and OCR when the analyst did not say.
const SCRIPTS: [RegExp, string][] = [
  [/[\u0E00-\u0E7F]/g, 'th'],
  [/[\u1780-\u17FF]/g, 'km'],
  [/[\u0E80-\u0EFF]/g, 'lo'],
  [/[\u1000-\u109F]/g, 'my'],
];

// Frequent function words of legislative prose; a language wins by share of tokens.
const MARKERS: Record<string, string[]> = {
  en: ['the', 'of', 'and', 'shall', 'any', 'or', 'to', 'in', 'be', 'by'],
  ms: ['yang', 'dan', 'hendaklah', 'mana-mana', 'bagi', 'dalam', 'kepada', 'atau', 'ini', 'seksyen'],
  id: ['yang', 'dan', 'adalah', 'tersebut', 'dalam', 'pasal', 'atau', 'untuk', 'dengan', 'setiap'],
  vi: ['của', 'và', 'các', 'trẻ', 'em', 'được', 'có', 'theo', 'quy', 'định'],
  fil: ['ang', 'ng', 'sa', 'mga', 'na', 'at', 'ay', 'para', 'kung', 'bata'],
};

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
  for (const [language, markers] of Object.entries(MARKERS)) {
    const score = markers.reduce((sum, m) => sum + (counts.get(m) ?? 0), 0);
    if (score > bestScore) [best, bestScore] = [language, score];
  }
  return best;
}
