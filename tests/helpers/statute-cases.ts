// Shared by the tests that check a language's cues on short real provisions of that country's law
// (tests/indonesian-thai-cues.test.ts, tests/khmer-lao-burmese-cues.test.ts).
import { loadCatalog } from '../../electron/services/load-catalog';
import type { Catalog, LanguageCues } from '../../shared/catalog/types';
import { buildMatcher, type MatchResult } from '../../shared/match/build-matcher';

/** The instruments the gold uses. */
export const GOLD = ['CRC', 'OPSC', 'OPAC', 'C138', 'C182'];
// Below this a suggestion is noise: tagging keeps such a score only among a clause's own best five.
const FLOOR = 0.02;

export const hasCues = (c: LanguageCues | undefined) => !!c && c.phrases.length > 0 && c.keywords.length > 0;
// Article 41 only keeps national law that is more favourable: no clause implements it by its wording.
const NO_WORDING = ['CRC.41'];

/**
 * `PROVISION language` for each substantive article of the gold's instruments (but CRC 41) whose cues
 * in one of `languages` do not pass `has` (by default: phrases and keywords).
 */
export function missingCues(
  catalog: Catalog,
  languages: string[],
  has: (c: LanguageCues | undefined) => boolean = hasCues,
): string[] {
  return catalog.frameworks
    .filter((f) => GOLD.includes(f.id))
    .flatMap((f) => f.provisions)
    .filter((p) => p.substantive && !p.procedural && !NO_WORDING.includes(p.id))
    .flatMap((p) => languages.filter((lang) => !has(p.cues[lang])).map((lang) => `${p.id} ${lang}`));
}

/** A short real provision and the article it implements. */
export interface StatuteCase {
  /** The statute and article the text is quoted from. */
  source: string;
  title: string;
  text: string;
  expected: string;
}

/**
 * The shipped catalog, the ids of a provision's first five suggestions (score at least 0.02) in a
 * language (of the gold's instruments unless told which), and its first ten suggestions of the gold's instruments, whatever their score (as they
 * are, and as lines).
 */
export function statuteMatcher() {
  const catalog = loadCatalog();
  const matcher = buildMatcher(catalog);
  const suggest = (
    { title, text }: StatuteCase,
    language: string,
    limit = 10,
    minScore = 0,
    frameworks = GOLD,
  ) =>
    matcher.matchClause(
      { text, heading: '', path: [], documentTitle: title, language },
      { frameworks, limit, minScore },
    );
  const topFive = (c: StatuteCase, language: string, frameworks = GOLD): string[] =>
    suggest(c, language, 5, FLOOR, frameworks).map((r) => r.provisionId);
  /** A case's suggestions as comparable lines, its evidence written the way `spell` writes (see `suggestionLines`). */
  const lines = (c: StatuteCase, language: string, spell: (text: string) => string) =>
    suggestionLines(suggest(c, language), c.text, spell);
  return { catalog, topFive, suggest, lines };
}

/**
 * Suggestions as comparable lines: provision, score, and each evidence term with the words it marks
 * in `text` written the way `spell` writes them (context terms have none).
 */
function suggestionLines(
  results: readonly MatchResult[],
  text: string,
  spell: (text: string) => string,
): string[] {
  return results.map(
    (r) =>
      `${r.provisionId} ${r.score.toFixed(4)} ${r.matched
        .map((t) => `${t.kind}:${t.term}${t.start >= 0 ? `=${spell(text.slice(t.start, t.end))}` : ''}`)
        .join(' | ')}`,
  );
}
