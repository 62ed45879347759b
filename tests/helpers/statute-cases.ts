// Shared by the tests that check a language's cues on short real provisions of that country's law
// (tests/indonesian-thai-cues.test.ts, tests/khmer-lao-burmese-cues.test.ts).
import { loadCatalog } from '../../electron/services/load-catalog';
import type { LanguageCues } from '../../shared/catalog/types';
import { buildMatcher } from '../../shared/match/build-matcher';

/** The instruments the gold uses. */
export const GOLD = ['CRC', 'OPSC', 'OPAC', 'C138', 'C182'];
// Below this a suggestion is noise: tagging keeps such a score only among a clause's own best five.
const FLOOR = 0.02;

export const hasCues = (c: LanguageCues | undefined) => !!c && c.phrases.length > 0 && c.keywords.length > 0;

/** A short real provision and the article it implements. */
export interface StatuteCase {
  /** The statute and article the text is quoted from. */
  source: string;
  title: string;
  text: string;
  expected: string;
}

/** The shipped catalog and the ids of a provision's first five suggestions (score at least 0.02) in a language. */
export function statuteMatcher() {
  const catalog = loadCatalog();
  const matcher = buildMatcher(catalog);
  const topFive = ({ title, text }: StatuteCase, language: string): string[] =>
    matcher
      .matchClause(
        { text, heading: '', path: [], documentTitle: title, language },
        { frameworks: GOLD, limit: 5, minScore: FLOOR },
      )
      .map((r) => r.provisionId);
  return { catalog, topFive };
}
