// Standards down, countries across: each cell a coverage level backed by cited clauses.
import type { Catalog, Framework, RatificationStatus } from '../catalog/types';
import { assess } from '../coverage/assess';
import { citeClause } from '../coverage/cite-clause';
import { COVERAGE_LEVELS, type AcceptedTag, type CellOverride, type CoverageLevel } from '../model';
import type { Citation, Matrix, MatrixCell, MatrixColumn, MatrixRowGroup } from './types';

export interface BuildMatrixInput {
  catalog: Catalog;
  /** Columns, in the order shown. */
  countries: { code: string; name: string }[];
  tags: AcceptedTag[];
  overrides: CellOverride[];
  /** Framework ids to show (catalog order is kept); all when absent or empty. */
  frameworks?: string[];
  /** ISO timestamp stamped on the matrix; now when absent. */
  now?: string;
}

const OTHER_GROUP = { id: 'other', title: 'Other provisions' };

const cellKey = (country: string, provisionId: string) => `${country}\u0000${provisionId}`;

export function emptyTotals(): Record<CoverageLevel, number> {
  const totals = {} as Record<CoverageLevel, number>;
  for (const level of COVERAGE_LEVELS) totals[level] = 0;
  return totals;
}

function toCitation(tag: AcceptedTag, citations: Map<string, string>): Citation {
  // Many tags cite the same clause (one per provision): build each citation string once.
  let citation = citations.get(tag.clauseId);
  if (citation === undefined) {
    citation = citeClause(tag);
    citations.set(tag.clauseId, citation);
  }
  return {
    suggestionId: tag.suggestionId,
    documentId: tag.documentId,
    documentTitle: tag.documentTitle,
    clauseId: tag.clauseId,
    clauseNumber: tag.clauseNumber,
    citation,
    page: tag.pageStart,
    coverage: tag.coverage,
    note: tag.note,
    reviewer: tag.reviewer,
    reviewedAt: tag.reviewedAt,
    clauseText: tag.clauseText,
  };
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
  const shownCountries = new Set(countries.map((c) => c.code));

  // One pass over the tags and overrides: everything after is a lookup per cell.
  const tagsByCell = new Map<string, AcceptedTag[]>();
  for (const tag of input.tags) {
    if (!shownCountries.has(tag.country)) continue;
    const key = cellKey(tag.country, tag.provisionId);
    const list = tagsByCell.get(key);
    if (list) list.push(tag);
    else tagsByCell.set(key, [tag]);
  }
  const overrideByCell = new Map<string, CellOverride>();
  for (const override of input.overrides) {
    const key = cellKey(override.country, override.provisionId);
    const previous = overrideByCell.get(key);
    if (!previous || previous.at <= override.at) overrideByCell.set(key, override);
  }

  const citations = new Map<string, string>();
  const totals = countries.map(() => emptyTotals());
  const groups: MatrixRowGroup[] = [];

  for (const framework of frameworks) {
    const byGroup = new Map<string, MatrixRowGroup>();
    const declared = [...framework.groups, OTHER_GROUP];
    for (const group of declared) {
      if (byGroup.has(group.id)) continue;
      byGroup.set(group.id, { frameworkId: framework.id, groupId: group.id, title: group.title, rows: [] });
    }
    for (const provision of framework.provisions) {
      const group = byGroup.get(provision.group) ?? byGroup.get(OTHER_GROUP.id)!;
      const cells: MatrixCell[] = countries.map((country, column) => {
        const key = cellKey(country.code, provision.id);
        const tags = tagsByCell.get(key) ?? [];
        const { level, derivedLevel, override } = assess(tags, overrideByCell.get(key));
        totals[column][level] += 1;
        return {
          country: country.code,
          provisionId: provision.id,
          level,
          derivedLevel,
          override,
          evidence: tags.map((tag) => toCitation(tag, citations)),
        };
      });
      group.rows.push({
        provisionId: provision.id,
        frameworkId: framework.id,
        number: provision.number,
        title: provision.title,
        cells,
      });
    }
    for (const group of byGroup.values()) if (group.rows.length) groups.push(group);
  }

  const ratifications = new Map(
    input.catalog.ratifications.map((r) => [cellKey(r.country, r.frameworkId), r]),
  );
  const columns: MatrixColumn[] = countries.map((country, column) => ({
    country: country.code,
    name: country.name,
    totals: totals[column],
    ratifications: frameworks.map((framework) => {
      const found = ratifications.get(cellKey(country.code, framework.id));
      return {
        frameworkId: framework.id,
        status: found?.status ?? defaultStatus(framework),
        since: found?.since ?? null,
      };
    }),
  }));

  return {
    generatedAt: input.now ?? new Date().toISOString(),
    frameworks: frameworks.map((f) => ({ id: f.id, shortName: f.shortName, name: f.name })),
    columns,
    groups,
  };
}
