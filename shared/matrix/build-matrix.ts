// Standards down, countries across: each cell a coverage level backed by cited clauses.
import type { Catalog, Framework, RatificationStatus } from '../catalog/types';
import type { CheckEntry } from '../checks/types';
import { assess } from '../coverage/assess';
import { citeClauseNumber, citeLaw } from '../coverage/cite-clause';
import { subdivisionScope } from '../coverage/subdivision-scope';
import { catalogFingerprint } from '../catalog/catalog-fingerprint';
import { notApplicableReason } from './applicability';
import {
  appliesIn,
  countryOfJurisdiction,
  jurisdictionName,
  lawJurisdiction,
  type LawScope,
} from '../jurisdictions/jurisdiction';
import { notCountedBecause, type LawDates } from '../lifecycle/law-dates';
import {
  COVERAGE_LEVELS,
  type AcceptedTag,
  type CellOverride,
  type CoverageLevel,
  type DocumentRecord,
} from '../model';
import { columnOfCell, sortRecommendations } from '../recommendations/recommendation-rules';
import type { Recommendation } from '../recommendations/types';
import type { Citation, Matrix, MatrixCell, MatrixColumn, MatrixRowGroup } from './types';

/** A law as the matrix needs it: where it applies and when it counts. */
export type MatrixLaw = Pick<DocumentRecord, 'id' | 'title' | 'year'> & Partial<LawScope & LawDates>;

/** A column: a country (`PK`) or a subdivision (`PK-IS`); a split country's own column holds only its
 *  national laws (`nationalOnly`). */
export interface MatrixColumnSpec {
  code: string;
  name: string;
  nationalOnly?: boolean;
}

export interface BuildMatrixInput {
  catalog: Catalog;
  /** Columns, in the order shown. */
  countries: MatrixColumnSpec[];
  tags: AcceptedTag[];
  overrides: CellOverride[];
  /** Measurable checks; rejected ones are left out, proposals shown only when `showProposals`. */
  checks?: CheckEntry[];
  /** Show unreviewed check proposals beside the levels (the review screen, never an export). */
  showProposals?: boolean;
  /** Framework ids to show (catalog order is kept); all when absent or empty. */
  frameworks?: string[];
  /** Show final clauses and committee machinery too (hidden by default). */
  includeProcedural?: boolean;
  /** The library's laws: where each applies and when it counts, and the titles of the laws a rating
   *  says were searched. A law not listed is national and counts unless its tags say it is repealed. */
  documents?: MatrixLaw[];
  /** Coverage on this date (YYYY-MM-DD): laws not yet in force then, or repealed by then, give no evidence. */
  asOf?: string | null;
  /** Every recommendation; the matrix keeps those attached to a cell it shows. */
  recommendations?: Recommendation[];
  /** ISO timestamp stamped on the matrix; now when absent. */
  now?: string;
}

const OTHER_GROUP = { id: 'other', title: 'Other provisions' };
const KNOWN_LEVELS: ReadonlySet<string> = new Set(COVERAGE_LEVELS);

const cellKey = (country: string, provisionId: string) => `${country}\u0000${provisionId}`;

export function emptyTotals(): Record<CoverageLevel, number> {
  const totals = {} as Record<CoverageLevel, number>;
  for (const level of COVERAGE_LEVELS) totals[level] = 0;
  return totals;
}

// Laws are few and each clause number recurs: citation strings are built once per (law, number),
// which keeps a 50,000-tag matrix from allocating 50,000 new strings.
interface LawCitations {
  law: string;
  byNumber: Map<string, { kind: AcceptedTag['clauseKind']; citation: string }>;
}

function citationOf(tag: AcceptedTag, laws: Map<string, LawCitations>): string {
  let entry = laws.get(tag.documentId);
  if (entry === undefined) {
    entry = { law: citeLaw(tag.documentTitle, tag.documentYear), byNumber: new Map() };
    laws.set(tag.documentId, entry);
  }
  const known = entry.byNumber.get(tag.clauseNumber);
  if (known !== undefined && known.kind === tag.clauseKind) return known.citation;
  const where = citeClauseNumber(tag.clauseKind, tag.clauseNumber);
  const citation = where ? `${entry.law}, ${where}` : entry.law;
  entry.byNumber.set(tag.clauseNumber, { kind: tag.clauseKind, citation });
  return citation;
}

function toCitation(tag: AcceptedTag, laws: Map<string, LawCitations>, jurisdiction: string): Citation {
  return {
    jurisdiction,
    jurisdictionName: jurisdictionName(jurisdiction),
    suggestionId: tag.suggestionId,
    documentId: tag.documentId,
    documentTitle: tag.documentTitle,
    clauseId: tag.clauseId,
    clauseNumber: tag.clauseNumber,
    // An amended section names the act that amended it too: "…, s. 6, as amended by … Act 2022, s. 2".
    citation: tag.amendedBy?.length
      ? `${citationOf(tag, laws)}, as amended by ${tag.amendedBy.join('; ')}`
      : citationOf(tag, laws),
    page: tag.pageStart,
    printedPage: tag.printedPage,
    coverage: tag.coverage,
    note: tag.note,
    reviewer: tag.reviewer,
    reviewedAt: tag.reviewedAt,
    clauseText: tag.clauseText,
    matched: tag.matched,
    ocrConfidence: tag.clauseSource === 'ocr' ? tag.ocrConfidence : null,
  };
}

/** A law's scope and dates, from the library's record where there is one, else from its tag. */
function scopeAndDates(tag: AcceptedTag, law: MatrixLaw | undefined): LawScope & LawDates {
  return {
    country: tag.country,
    jurisdiction: law?.jurisdiction ?? null,
    excludedSubdivisions: law?.excludedSubdivisions ?? [],
    status: law?.status ?? tag.documentStatus,
    year: law?.year ?? tag.documentYear,
    enactedOn: law?.enactedOn ?? null,
    inForceFrom: law?.inForceFrom ?? null,
    amendedOn: law?.amendedOn ?? null,
    repealedOn: law?.repealedOn ?? null,
  };
}

/** The laws of the shown countries that give no evidence on the date shown (or today), and why. */
function lawsNotCounted(documents: MatrixLaw[], countries: Set<string>, asOf: string | null) {
  return documents.flatMap((d) => {
    if (d.country === undefined || !countries.has(d.country)) return [];
    const reason = notCountedBecause(
      {
        status: d.status ?? 'unknown',
        year: d.year,
        enactedOn: d.enactedOn ?? null,
        inForceFrom: d.inForceFrom ?? null,
        amendedOn: d.amendedOn ?? null,
        repealedOn: d.repealedOn ?? null,
      },
      asOf,
    );
    return reason === null ? [] : [{ documentId: d.id, title: citeLaw(d.title, d.year), reason }];
  });
}

function selectFrameworks(catalog: Catalog, ids?: string[]): Framework[] {
  if (!ids?.length) return catalog.frameworks;
  const wanted = new Set(ids);
  return catalog.frameworks.filter((f) => wanted.has(f.id));
}

// Instruments nobody ratifies (our own checklist) are not applicable rather than unknown.
function defaultStatus(framework: Framework): RatificationStatus {
  return framework.kind === 'checklist' ? 'not_applicable' : 'unknown';
}

export function buildMatrix(input: BuildMatrixInput): Matrix {
  const frameworks = selectFrameworks(input.catalog, input.frameworks);
  const countries = input.countries;
  const asOf = input.asOf ?? null;
  const lawById = new Map((input.documents ?? []).map((d) => [d.id, d]));

  // One pass over the tags, turning each into its citation under its (column, provision) cells:
  // everything after is a lookup per cell. Two-level maps avoid building a key string per tag.
  const laws = new Map<string, LawCitations>();
  const evidenceByCell = new Map<string, Map<string, Citation[]>>();
  const overrideByCell = new Map<string, Map<string, CellOverride>>();
  const columnsOfCountry = new Map<string, MatrixColumnSpec[]>();
  for (const column of countries) {
    evidenceByCell.set(column.code, new Map());
    overrideByCell.set(column.code, new Map());
    const country = countryOfJurisdiction(column.code);
    columnsOfCountry.set(country, [...(columnsOfCountry.get(country) ?? []), column]);
  }
  // Per law: whose law it is, and the columns its tags are evidence in (none when it does not count
  // on the date shown).
  const placeOfLaw = new Map<
    string,
    { jurisdiction: string; excluded: string[]; targets: MatrixColumnSpec[] }
  >();
  const placeOf = (tag: AcceptedTag) => {
    let place = placeOfLaw.get(tag.documentId);
    if (place) return place;
    const law = scopeAndDates(tag, lawById.get(tag.documentId));
    // A repealed law is history: its accepted tags stay in the review record but are no evidence.
    const counts = notCountedBecause(law, asOf) === null;
    place = {
      jurisdiction: lawJurisdiction(law),
      excluded: law.excludedSubdivisions,
      targets: counts
        ? (columnsOfCountry.get(tag.country) ?? []).filter((c) => appliesIn(law, c.code, c.nationalOnly))
        : [],
    };
    placeOfLaw.set(tag.documentId, place);
    return place;
  };
  for (const tag of input.tags) {
    const { jurisdiction, targets } = placeOf(tag);
    if (!targets.length) continue;
    const citation = toCitation(tag, laws, jurisdiction);
    for (const column of targets) {
      const byProvision = evidenceByCell.get(column.code)!;
      const list = byProvision.get(tag.provisionId);
      if (list) list.push(citation);
      else byProvision.set(tag.provisionId, [citation]);
    }
  }
  for (const override of input.overrides) {
    const byProvision = overrideByCell.get(override.country);
    // A level no export knows (a hand-edited database) is no rating at all.
    if (!byProvision || !KNOWN_LEVELS.has(override.level)) continue;
    const previous = byProvision.get(override.provisionId);
    if (!previous || previous.at <= override.at) byProvision.set(override.provisionId, override);
  }

  const ratifications = new Map(
    input.catalog.ratifications.map((r) => [cellKey(r.country, r.frameworkId), r]),
  );
  // A subdivision is bound by its country's ratifications.
  const ratificationOf = (column: string, framework: Framework) =>
    ratifications.get(cellKey(countryOfJurisdiction(column), framework.id));
  const statusOf = (column: string, framework: Framework) =>
    ratificationOf(column, framework)?.status ?? defaultStatus(framework);
  const lawTitles = new Map((input.documents ?? []).map((d) => [d.id, citeLaw(d.title, d.year)]));
  for (const c of laws) lawTitles.set(c[0], c[1].law);

  const checkByCell = new Map<string, CheckEntry>();
  for (const check of input.checks ?? []) {
    if (check.status === 'rejected' || (check.status === 'proposed' && !input.showProposals)) continue;
    checkByCell.set(cellKey(check.country, check.provisionId), check);
  }

  const totals = countries.map(() => emptyTotals());
  const groups: MatrixRowGroup[] = [];
  let hiddenProcedural = 0;

  for (const framework of frameworks) {
    const notApplicable = countries.map((c) => notApplicableReason(framework, statusOf(c.code, framework)));
    const byGroup = new Map<string, MatrixRowGroup>();
    const declared = [...framework.groups, OTHER_GROUP];
    for (const group of declared) {
      if (byGroup.has(group.id)) continue;
      byGroup.set(group.id, { frameworkId: framework.id, groupId: group.id, title: group.title, rows: [] });
    }
    for (const provision of framework.provisions) {
      if (provision.procedural && !input.includeProcedural) {
        hiddenProcedural += 1;
        continue;
      }
      const group = byGroup.get(provision.group) ?? byGroup.get(OTHER_GROUP.id)!;
      const cells: MatrixCell[] = countries.map((country, column) => {
        const evidence = evidenceByCell.get(country.code)!.get(provision.id) ?? [];
        const check = checkByCell.get(cellKey(country.code, provision.id)) ?? null;
        // A country's own column counts its provinces' laws too, but not as the whole country's.
        const wide =
          country.code.length === 2 && !country.nationalOnly
            ? subdivisionScope(evidence, (e) => placeOfLaw.get(e.documentId)?.excluded ?? [])
            : null;
        const assessed = assess(
          evidence,
          overrideByCell.get(country.code)!.get(provision.id),
          check,
          wide?.level,
        );
        // An instrument that does not bind the country is n/a, not open work, unless the analyst
        // rated the cell (a benchmark against a treaty the state has not joined, say).
        const reason = assessed.override ? null : notApplicable[column];
        const level = reason ? 'not_applicable' : assessed.level;
        totals[column][level] += 1;
        return {
          country: country.code,
          provisionId: provision.id,
          level,
          derivedLevel: assessed.derivedLevel,
          override: assessed.override && {
            ...assessed.override,
            reviewedDocuments: assessed.override.reviewedDocumentIds.map((id) => ({
              id,
              title: lawTitles.get(id) ?? id,
            })),
          },
          notApplicableReason: reason,
          evidence,
          check,
          ...(wide?.scope && { onlyIn: wide.scope }),
        };
      });
      group.rows.push({
        provisionId: provision.id,
        frameworkId: framework.id,
        number: provision.number,
        title: provision.title,
        verified: provision.verified,
        unverifiedNote: provision.verified ? null : (provision.unverifiedNote ?? null),
        procedural: provision.procedural,
        cells,
      });
    }
    for (const group of byGroup.values()) if (group.rows.length) groups.push(group);
  }

  const columns: MatrixColumn[] = countries.map((country, column) => ({
    country: country.code,
    name: country.name,
    parentCountry: countryOfJurisdiction(country.code),
    subdivision: country.code.length > 2 ? country.code : null,
    nationalOnly: country.nationalOnly ?? false,
    totals: totals[column],
    ratifications: frameworks.map((framework) => {
      const found = ratificationOf(country.code, framework);
      return {
        frameworkId: framework.id,
        status: found?.status ?? defaultStatus(framework),
        since: found?.since ?? null,
        // Lexgap's own checklist binds nobody, so there is nothing to verify.
        verified: found?.verified ?? framework.kind === 'checklist',
        reservations: (found?.reservations ?? [])
          .filter((r) => r.withdrawn === null)
          .map(({ kind, articles, summary, verified }) => ({ kind, articles, summary, verified })),
      };
    }),
  }));

  // A recommendation shows where one of its cells does: its column (subdivision or country) and row.
  const columnKeys = new Set(columns.map((c) => c.country));
  const rowIds = new Set(groups.flatMap((g) => g.rows.map((r) => r.provisionId)));
  const recommendations = sortRecommendations(
    (input.recommendations ?? []).filter((r) =>
      r.cells.some((c) => rowIds.has(c.provisionId) && columnOfCell(c, columnKeys) !== null),
    ),
  );

  return {
    generatedAt: input.now ?? new Date().toISOString(),
    catalog: catalogFingerprint(input.catalog),
    asOf,
    lawsNotCounted: lawsNotCounted(input.documents ?? [], new Set(columnsOfCountry.keys()), asOf),
    includeProcedural: input.includeProcedural ?? false,
    hiddenProcedural,
    frameworks: frameworks.map((f) => ({ id: f.id, shortName: f.shortName, name: f.name })),
    columns,
    groups,
    recommendations,
  };
}
