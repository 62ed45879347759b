// The Malay/Indonesian stemmer for the matcher (shared/match/stem.ts), loaded only when the first
// Malay or Indonesian word is stemmed: natural's module reads a 30,000-word root list on import.
import { createRequire } from 'node:module';
import { setMalayStemmerLoader, type WordStemmer } from '../../shared/match/stem';

/** Lets the matcher stem Malay and Indonesian (idempotent; call before matching). */
export function useMalayStemmer(): void {
  setMalayStemmerLoader(
    () =>
      createRequire(import.meta.url)('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as WordStemmer,
  );
}
