// What a country report holds and in what order, written once for every writer (Word, printable
// HTML): title page, method, a summary per country, the matrix, findings per standard with their
// quotes, gaps with their recommendations, and the annexes. Writers only lay it out.
import type { Catalog } from '../catalog/types';
import { citeCandidates, citeLaw, citePrintedPage, ocrMark } from '../coverage/cite-clause';
import { citedChangeText, readsNowText } from '../coverage/cited-now';
import { citationQuote, quotePieces } from '../coverage/quote-clause';
import { ratingCitesText } from '../coverage/rating';
import { formatFound, formatRequired, VERDICT_LABELS } from '../checks/format-check';
import { LEVEL_STYLES } from '../matrix/level-styles';
import { ratificationText } from '../matrix/ratification-text';
import type { Matrix, MatrixCell, MatrixRow } from '../matrix/types';
import { appliesIn } from '../jurisdictions/jurisdiction';
import { columnOfCell } from '../recommendations/recommendation-rules';
import { DEFAULT_MIN_SCORE } from '../review/queue-defaults';
import {
  RECOMMENDATION_ORIGIN_LABELS,
  RECOMMENDATION_PRIORITY_LABELS,
  RECOMMENDATION_STATUS_LABELS,
  RECOMMENDATION_TYPE_LABELS,
  type Recommendation,
} from '../recommendations/types';
import { COVERAGE_LEVELS, type CoverageLevel, type DocumentRecord, type DocumentStatus } from '../model';

export interface ReportInput {
  /** Built for the report's countries and instruments, as exports build it (confirmed checks only). */
  matrix: Matrix;
  catalog: Catalog;
  /** The laws of the report's countries. Recommendations come with the matrix (`matrix.recommendations`). */
  documents: DocumentRecord[];
  title?: string;
  /**
   * How far review has gone on the report's laws in force and instruments: suggestions decided, and
   * those still undecided that Review's queue shows (score at least its default minimum).
   */
  review?: { decided: number; undecided: number };
}

export interface LevelCount {
  level: CoverageLevel;
  label: string;
  count: number;
}

export interface ReportCell {
  level: CoverageLevel;
  label: string;
  short: string;
  fill: string;
  ink: string;
  /** Cited clauses. */
  evidence: number;
}

export interface ReportGapLine {
  provisionId: string;
  title: string;
  level: CoverageLevel;
  label: string;
  rationale: string | null;
}

export interface CountrySummary {
  code: string;
  name: string;
  lawsRead: number;
  lawsCounted: number;
  /** "3 laws read (2 counted). 4 standards met in full or in part; 1 gap or contradiction." */
  overview: string;
  ratifications: string[];
  counts: LevelCount[];
  /** Gaps and contradictions, in matrix order. */
  mainGaps: ReportGapLine[];
  /** Standards with at least one clause accepted as full or partial coverage. */
  covered: number;
}

/** A piece of a quote: matched words are marked. */
export interface QuotePiece {
  text: string;
  matched: boolean;
}

export interface ReportQuote {
  /** "Child Marriage Restraint Act 1929, s. 2" */
  citation: string;
  /** "p. 3 · full coverage · OCR, confidence 81%" */
  where: string;
  note: string | null;
  quote: QuotePiece[];
  /** Who put the clause in the finding: "Reviewed by Aisha, 2026-11-22" (an accepted tag) or "Cited by
   *  Aisha, 2026-11-22" (a clause the cell's rating cites); null where nobody is recorded. */
  byline: string | null;
}

export interface FindingCell {
  country: string;
  countryName: string;
  level: CoverageLevel;
  label: string;
  /** "from the clauses alone: Partial" where the analyst's rating differs; "coverage only in PK-IS (no national law)". */
  derived: string | null;
  rating: {
    text: string;
    lawsSearched: string[];
    overridden: string | null;
    /** "Clauses cited: …" or "No clause cited" (shared/coverage/rating.ts); null where neither is said. */
    cited: string | null;
    by: string;
  } | null;
  check: { text: string; by: string | null; quotes: { citation: string; words: string }[] } | null;
  quotes: ReportQuote[];
}

export interface Finding {
  provisionId: string;
  title: string;
  summary: string | null;
  unverified: string | null;
  cells: FindingCell[];
}

export interface ReportRecommendation {
  /** "R1", "R2", … in the order they first appear. */
  number: string;
  type: string;
  text: string;
  /** "Priority: High · Responsible: Ministry of Law · Target: 2027-06 · Status: proposed · From: workshop" */
  details: string;
  evidence: string[];
  warning: string | null;
}

export interface GapEntry {
  provisionId: string;
  title: string;
  level: CoverageLevel;
  label: string;
  rationale: string | null;
  lawsSearched: string[];
  /** The rating's undecided suggestions, as every export gives them; null where none was left. */
  overridden: string | null;
  /** The clauses the rating cites, or "No clause cited" for a Contradicts resting on none. */
  cited: string | null;
  recommendations: ReportRecommendation[];
  /** Recommendations already given in full under an earlier cell: their numbers. */
  seeAlso: string[];
}

export interface CountryGaps {
  code: string;
  name: string;
  entries: GapEntry[];
}

export interface AnnexLaw {
  country: string;
  countryName: string;
  title: string;
  year: number | null;
  status: string;
  /** False for a repealed law: it counts towards no cell. */
  counted: boolean;
  pages: number;
  clauses: number;
  /** "3 pages read by OCR", or null. */
  ocr: string | null;
  importedAt: string;
}

export interface UnverifiedEntry {
  id: string;
  title: string;
  note: string;
}

/** A heading of the report's contents: level 1 a part, level 2 a country within it. */
export interface ContentsEntry {
  title: string;
  level: 1 | 2;
}

export interface Report {
  title: string;
  /** "Pakistan · CRC, OPSC" */
  subtitle: string;
  generatedAt: string;
  catalog: string | null;
  /** For the title page. */
  disclaimer: string;
  contents: ContentsEntry[];
  method: {
    paragraphs: string[];
    frameworks: { id: string; shortName: string; name: string; standards: number }[];
    reviewers: { name: string; decisions: number; from: string; to: string }[];
    legend: { level: CoverageLevel; label: string; meaning: string; fill: string; ink: string }[];
  };
  countries: CountrySummary[];
  matrix: {
    columns: { code: string; name: string }[];
    groups: {
      title: string;
      rows: { provisionId: string; title: string; unverified: boolean; cells: ReportCell[] }[];
    }[];
    note: string;
  };
  findings: Finding[];
  gaps: CountryGaps[];
  annexLaws: AnnexLaw[];
  annexUnverified: UnverifiedEntry[];
}

/** The part headings, written once for every writer. */
export const PARTS = {
  method: 'Method',
  summary: 'Summary by country',
  matrix: 'Gap matrix',
  findings: 'Findings by standard',
  gaps: 'Gaps and recommendations',
  annexLaws: 'Annex A. Laws reviewed',
  annexUnverified: 'Annex B. Unverified standards',
} as const;

export const ANNEX_UNVERIFIED_INTRO =
  'Catalog entries whose article number, title or status could not be checked against the text of the instrument or its depositary record. Check them before relying on them.';

export const DOCUMENT_STATUS_LABELS: Readonly<Record<DocumentStatus, string>> = {
  in_force: 'in force',
  amended: 'amended',
  repealed: 'repealed',
  unknown: 'status unknown',
};

/** Levels a ministry has to act on. */
const GAP_LEVELS: ReadonlySet<CoverageLevel> = new Set(['gap', 'contradicts']);

const day = (iso: string) => iso.slice(0, 10);

function formatTimestamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const allRows = (matrix: Matrix) => matrix.groups.flatMap((g) => g.rows);

// Who decided what and when: accepted clauses, analyst ratings and confirmed checks of the report's cells.
function reviewersOf(matrix: Matrix): Report['method']['reviewers'] {
  const seen = new Map<string, { decisions: number; from: string; to: string }>();
  const count = (name: string | null, at: string | null) => {
    if (!name || !at) return;
    const d = day(at);
    const entry = seen.get(name);
    if (!entry) seen.set(name, { decisions: 1, from: d, to: d });
    else {
      entry.decisions += 1;
      if (d < entry.from) entry.from = d;
      if (d > entry.to) entry.to = d;
    }
  };
  for (const row of allRows(matrix)) {
    for (const cell of row.cells) {
      for (const c of cell.evidence) count(c.reviewer, c.reviewedAt);
      if (cell.override) count(cell.override.reviewer, cell.override.at);
      if (cell.check?.review) count(cell.check.review.reviewer, cell.check.review.at);
    }
  }
  return [...seen.entries()]
    .map(([name, v]) => ({ name, ...v }))
    .sort((a, b) => b.decisions - a.decisions || a.name.localeCompare(b.name));
}

/** "every suggested match", or, while some are undecided, how many were decided and how many were not. */
function reviewProgress(review: ReportInput['review']): string {
  if (!review?.undecided) return 'every suggested match';
  return (
    `${plural(review.decided, 'suggested match', 'suggested matches')} so far; ` +
    `${plural(review.undecided, 'suggestion', 'suggestions')} with a score of at least ${DEFAULT_MIN_SCORE} ${review.undecided === 1 ? 'is' : 'are'} still undecided ` +
    '(a standard only they would meet reads Not reviewed)'
  );
}

function methodParagraphs(
  input: ReportInput,
  reviewers: Report['method']['reviewers'],
  laws: AnnexLaw[],
): string[] {
  const { matrix } = input;
  const countries = matrix.columns.map((c) => c.name);
  const repealed = laws.filter((l) => !l.counted).length;
  const ocr = laws.filter((l) => l.ocr).length;
  const standards = allRows(matrix).length;
  const paragraphs = [
    `This report compares the laws of ${listInWords(countries)} with ${plural(standards, 'standard')} of ${listInWords(matrix.frameworks.map((f) => f.shortName))}. ` +
      `${plural(laws.length, 'law was', 'laws were')} read (listed in Annex A)${repealed ? `; ${plural(repealed, 'repealed law counts', 'repealed laws count')} towards no standard` : ''}${ocr ? `; ${plural(ocr, 'law was', 'laws were')} read in part or whole from scans by OCR, and quotes from them are marked` : ''}.`,
    'Each law was split into its sections or articles, and each was matched against the standards catalog. ' +
      `Analysts accepted or rejected ${reviewProgress(input.review)}, rated each accepted clause as full or partial coverage, ` +
      'and rated cells themselves where the laws were searched and nothing was found (Gap) or where a law goes against the standard (Contradicts), with the reasons given below.',
  ];
  if (reviewers.length) {
    const from = reviewers.reduce((m, r) => (r.from < m ? r.from : m), reviewers[0].from);
    const to = reviewers.reduce((m, r) => (r.to > m ? r.to : m), reviewers[0].to);
    paragraphs.push(
      `Reviewed by ${listInWords(reviewers.map((r) => `${r.name} (${plural(r.decisions, 'decision')})`))}, ${from === to ? `on ${from}` : `between ${from} and ${to}`}.`,
    );
  } else {
    paragraphs.push('No clause has been accepted and no cell rated yet.');
  }
  paragraphs.push(
    `Standards catalog: ${matrix.catalog ?? 'as shipped'}. Standards the catalog could not check against the text of their instrument are marked “unverified” and listed in Annex B.${matrix.hiddenProcedural ? ` ${plural(matrix.hiddenProcedural, 'procedural provision')} (final clauses, committee machinery) ${matrix.hiddenProcedural === 1 ? 'is' : 'are'} left out.` : ''} Coverage levels are the analysts' assessments, not legal advice.`,
  );
  return paragraphs;
}

/** Each column's laws: those that apply in it (a subdivision's column lists its own and the national laws). */
function lawsOf(input: ReportInput): AnnexLaw[] {
  const order = new Map(input.matrix.columns.map((c, i) => [c.country, i]));
  return input.matrix.columns
    .flatMap((column) =>
      input.documents
        .filter((d) => appliesIn(d, column.country, column.nationalOnly))
        .map((d) => ({ column, d })),
    )
    .map(({ column, d }) => ({
      country: column.country,
      countryName: column.name,
      title: citeLaw(d.title, d.year),
      year: d.year,
      status: DOCUMENT_STATUS_LABELS[d.status],
      counted: d.status !== 'repealed',
      pages: d.pages,
      clauses: d.clauses,
      ocr: d.ocrPages.length ? `${plural(d.ocrPages.length, 'page')} read by OCR` : null,
      importedAt: day(d.importedAt),
    }))
    .sort(
      (a, b) =>
        (order.get(a.country) ?? 0) - (order.get(b.country) ?? 0) ||
        (a.year ?? 0) - (b.year ?? 0) ||
        a.title.localeCompare(b.title),
    );
}

function reportCell(cell: MatrixCell): ReportCell {
  const s = LEVEL_STYLES[cell.level];
  return {
    level: cell.level,
    label: s.label,
    short: s.short,
    fill: s.fill,
    ink: s.ink,
    evidence: cell.evidence.length + (cell.override?.citedClauses.length ?? 0),
  };
}

function summaries(matrix: Matrix, laws: AnnexLaw[]): CountrySummary[] {
  const shortNames = new Map(matrix.frameworks.map((f) => [f.id, f.shortName]));
  const rows = allRows(matrix);
  return matrix.columns.map((column, i) => {
    const own = laws.filter((l) => l.country === column.country);
    const counted = own.filter((l) => l.counted).length;
    const covered = column.totals.full + column.totals.partial;
    const gaps = column.totals.gap + column.totals.contradicts;
    return {
      code: column.country,
      name: column.name,
      lawsRead: own.length,
      lawsCounted: counted,
      overview: `${plural(own.length, 'law')} read (${counted} counted). ${plural(covered, 'standard')} met in full or in part; ${plural(gaps, 'gap')} or contradiction${gaps === 1 ? '' : 's'}.`,
      ratifications: column.ratifications.map((r) =>
        ratificationText(r, shortNames.get(r.frameworkId) ?? r.frameworkId),
      ),
      counts: COVERAGE_LEVELS.map((level) => ({
        level,
        label: LEVEL_STYLES[level].label,
        count: column.totals[level],
      })),
      mainGaps: rows
        .filter((row) => GAP_LEVELS.has(row.cells[i].level))
        .map((row) => gapLine(row, row.cells[i])),
      covered,
    };
  });
}

function gapLine(row: MatrixRow, cell: MatrixCell): ReportGapLine {
  return {
    provisionId: row.provisionId,
    title: row.title,
    level: cell.level,
    label: LEVEL_STYLES[cell.level].label,
    rationale: cell.override?.rationale ?? null,
  };
}

/** "Undecided suggestions this rating overrides: Child Bill 1999, s. 68 (0.23); …", the words of the other exports. */
function overriddenText(override: MatrixCell['override']): string | null {
  return override?.pendingCandidates.length
    ? `Undecided suggestions this rating overrides: ${citeCandidates(override.pendingCandidates)}`
    : null;
}

/** The clauses a rating cites, quoted after the accepted ones: their words as they read when rated. */
function ratingQuotes(cell: MatrixCell): ReportQuote[] {
  const o = cell.override;
  return (o?.citedClauses ?? []).map((c) => ({
    citation: c.citation,
    // One that no longer reads as cited says so, with its words now (before the quote) where they changed.
    where: [
      citePrintedPage(c.page, c.printedPage),
      "cited by the analyst's rating",
      c.now ? `${citedChangeText(c)} (quoted as rated)` : '',
    ]
      .filter(Boolean)
      .join(' · '),
    note: readsNowText(c),
    quote: [
      { text: c.clauseText.length > 600 ? `${c.clauseText.slice(0, 600)}…` : c.clauseText, matched: false },
    ],
    byline: o ? `Cited by ${o.reviewer}, ${day(o.at)}` : null,
  }));
}

function findingCell(cell: MatrixCell, countryName: string): FindingCell {
  const o = cell.override;
  const check = cell.check;
  return {
    country: cell.country,
    countryName,
    level: cell.level,
    label: LEVEL_STYLES[cell.level].label,
    derived:
      [
        o && cell.derivedLevel !== cell.level
          ? `from the clauses alone: ${LEVEL_STYLES[cell.derivedLevel].label}`
          : null,
        // A country covered only in some subdivisions says where (shared/coverage/subdivision-scope.ts).
        cell.onlyIn ? `coverage ${cell.onlyIn.note}` : null,
      ]
        .filter(Boolean)
        .join('; ') || null,
    rating: o
      ? {
          text: o.rationale,
          lawsSearched: o.reviewedDocuments.map((d) => d.title),
          overridden: overriddenText(o),
          cited: ratingCitesText(cell),
          by: `${o.reviewer}, ${day(o.at)}`,
        }
      : null,
    check: check
      ? {
          text: `Check (${VERDICT_LABELS[check.verdict]}): value found ${formatFound(check)}; value required ${formatRequired(check)}`,
          by: check.review ? `${check.review.reviewer}, ${day(check.review.at)}` : null,
          quotes: check.evidence.map((e) => ({ citation: e.citation, words: e.words })),
        }
      : null,
    quotes: cell.evidence
      .map((c) => ({
        citation: c.citation,
        where: [
          citePrintedPage(c.page, c.printedPage),
          c.coverage === 'full' ? 'full coverage' : 'partial coverage',
          ocrMark(c.ocrConfidence),
        ]
          .filter(Boolean)
          .join(' · '),
        note: c.note,
        quote: c.clauseText
          ? (() => {
              const q = citationQuote(c);
              return quotePieces(q.quote, q.terms);
            })()
          : [],
        byline: c.reviewer
          ? `Reviewed by ${[c.reviewer, c.reviewedAt ? day(c.reviewedAt) : null].filter(Boolean).join(', ')}`
          : null,
      }))
      .concat(ratingQuotes(cell)),
  };
}

function findings(input: ReportInput): Finding[] {
  const summaries = new Map<string, string>();
  for (const f of input.catalog.frameworks) for (const p of f.provisions) summaries.set(p.id, p.summary);
  const names = new Map(input.matrix.columns.map((c) => [c.country, c.name]));
  const out: Finding[] = [];
  for (const row of allRows(input.matrix)) {
    const cells = row.cells.filter((c) => c.evidence.length || c.override || c.check);
    if (!cells.length) continue;
    out.push({
      provisionId: row.provisionId,
      title: row.title,
      summary: summaries.get(row.provisionId) ?? null,
      unverified: row.verified ? null : (row.unverifiedNote ?? 'Not checked against the instrument.'),
      cells: cells.map((c) => findingCell(c, names.get(c.country) ?? c.country)),
    });
  }
  return out;
}

function recommendationDetails(r: Recommendation): string {
  return [
    `Priority: ${RECOMMENDATION_PRIORITY_LABELS[r.priority]}`,
    r.responsibleBody ? `Responsible: ${r.responsibleBody}` : null,
    r.targetDate ? `Target: ${r.targetDate}` : null,
    `Status: ${RECOMMENDATION_STATUS_LABELS[r.status]}`,
    `From: ${RECOMMENDATION_ORIGIN_LABELS[r.origin]}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

function reportRecommendation(r: Recommendation, number: string): ReportRecommendation {
  const deleted = r.evidence.filter((e) => e.lawDeleted).map((e) => e.citation);
  return {
    number,
    type: RECOMMENDATION_TYPE_LABELS[r.type],
    text: r.text,
    details: recommendationDetails(r),
    evidence: r.evidence.map((e) => (e.lawDeleted ? `${e.citation} (law deleted)` : e.citation)),
    warning: deleted.length
      ? `Rests on a law no longer in the library: ${deleted.join('; ')}. Check the recommendation.`
      : null,
  };
}

// Every gap, and every cell a recommendation answers, column by column in matrix order; a
// recommendation answering several cells is given in full at the first and referred to after.
// matrix.recommendations come sorted by priority, so each cell lists them most urgent first.
function gaps(matrix: Matrix): CountryGaps[] {
  const key = (column: string, provisionId: string) => `${column}\u0000${provisionId}`;
  const columns = new Set(matrix.columns.map((c) => c.country));
  const byCell = new Map<string, Recommendation[]>();
  for (const r of matrix.recommendations) {
    for (const c of r.cells) {
      const column = columnOfCell(c, columns);
      if (column === null) continue;
      const k = key(column, c.provisionId);
      const list = byCell.get(k) ?? [];
      if (!list.includes(r)) byCell.set(k, [...list, r]);
    }
  }
  const numbers = new Map<string, string>();
  const rows = allRows(matrix);
  return matrix.columns.map((column, i) => {
    const entries: GapEntry[] = [];
    for (const row of rows) {
      const cell = row.cells[i];
      const recs = byCell.get(key(column.country, row.provisionId)) ?? [];
      if (!GAP_LEVELS.has(cell.level) && !recs.length) continue;
      const fresh = recs.filter((r) => !numbers.has(r.id));
      const seeAlso = recs.filter((r) => numbers.has(r.id)).map((r) => numbers.get(r.id)!);
      entries.push({
        ...gapLine(row, cell),
        lawsSearched: cell.override?.reviewedDocuments.map((d) => d.title) ?? [],
        overridden: overriddenText(cell.override),
        cited: ratingCitesText(cell),
        recommendations: fresh.map((r) => {
          const number = `R${numbers.size + 1}`;
          numbers.set(r.id, number);
          return reportRecommendation(r, number);
        }),
        seeAlso,
      });
    }
    return { code: column.country, name: column.name, entries };
  });
}

function unverifiedEntries(input: ReportInput): UnverifiedEntry[] {
  const shown = new Set(input.matrix.frameworks.map((f) => f.id));
  const out: UnverifiedEntry[] = [];
  for (const f of input.catalog.frameworks) {
    if (!shown.has(f.id)) continue;
    if (!f.verified)
      out.push({
        id: f.id,
        title: f.name,
        note: f.unverifiedNote ?? 'The instrument entry is not checked against its text.',
      });
  }
  for (const row of allRows(input.matrix)) {
    if (!row.verified)
      out.push({
        id: row.provisionId,
        title: row.title,
        note: row.unverifiedNote ?? 'Not checked against the text of the instrument.',
      });
  }
  const shortNames = new Map(input.matrix.frameworks.map((f) => [f.id, f.shortName]));
  for (const column of input.matrix.columns) {
    for (const r of column.ratifications) {
      if (r.verified) continue;
      out.push({
        id: `${column.country} · ${shortNames.get(r.frameworkId) ?? r.frameworkId}`,
        title: `${column.name}: ratification`,
        note: 'Status and date recalled, not checked against the depositary record.',
      });
    }
  }
  return out;
}

export function buildReport(input: ReportInput): Report {
  const { matrix } = input;
  const laws = lawsOf(input);
  const reviewers = reviewersOf(matrix);
  const frameworkNames = matrix.frameworks.map((f) => f.shortName);
  const countryNames = matrix.columns.map((c) => c.name);
  const shortNames = new Map(matrix.frameworks.map((f) => [f.id, f.shortName]));
  return {
    title: input.title ?? `Child protection legislation: gap analysis of ${listInWords(countryNames)}`,
    subtitle: `${listInWords(countryNames)} · ${frameworkNames.join(', ') || 'no instrument'}`,
    generatedAt: formatTimestamp(matrix.generatedAt),
    catalog: matrix.catalog ?? null,
    disclaimer:
      'Produced with Lexgap from the laws imported and the clauses accepted by the reviewers named in the Method. Coverage levels are the analysts’ assessments, not legal advice.',
    contents: [
      { title: PARTS.method, level: 1 },
      { title: PARTS.summary, level: 1 },
      ...countryNames.map((title) => ({ title, level: 2 as const })),
      { title: PARTS.matrix, level: 1 },
      { title: PARTS.findings, level: 1 },
      { title: PARTS.gaps, level: 1 },
      ...countryNames.map((title) => ({ title, level: 2 as const })),
      { title: PARTS.annexLaws, level: 1 },
      { title: PARTS.annexUnverified, level: 1 },
    ],
    method: {
      paragraphs: methodParagraphs(input, reviewers, laws),
      frameworks: matrix.frameworks.map((f) => ({
        ...f,
        standards: allRows(matrix).filter((r) => r.frameworkId === f.id).length,
      })),
      reviewers,
      legend: COVERAGE_LEVELS.map((level) => ({ level, ...LEVEL_STYLES[level] })),
    },
    countries: summaries(matrix, laws),
    matrix: {
      columns: matrix.columns.map((c) => ({ code: c.country, name: c.name })),
      groups: matrix.groups.map((g) => ({
        title: `${shortNames.get(g.frameworkId) ?? g.frameworkId} · ${g.title}`,
        rows: g.rows.map((row) => ({
          provisionId: row.provisionId,
          title: row.title,
          unverified: !row.verified,
          cells: row.cells.map(reportCell),
        })),
      })),
      note: 'Numbers beside a level count the cited clauses. n/a: the instrument does not bind the country (not party, not a member). “unverified”: see Annex B.',
    },
    findings: findings(input),
    gaps: gaps(matrix),
    annexLaws: laws,
    annexUnverified: unverifiedEntries(input),
  };
}
