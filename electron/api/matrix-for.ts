// The matrix of a selection of instruments and columns, as the Matrix screen, the exports and the
// report build it: the countries or subdivisions asked for, else every country the library holds
// laws of.
import type { MatrixSelection } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { amendingCitations, withAmendments } from '../../shared/amendments/cite-amendments';
import { countryName } from '../../shared/countries';
import { countryOfJurisdiction, normalizeJurisdiction } from '../../shared/jurisdictions/jurisdiction';
import type { DocumentRecord } from '../../shared/model';
import { buildMatrix } from '../../shared/matrix/build-matrix';
import { joinColumns } from '../../shared/matrix/join-columns';
import { matrixColumns } from '../../shared/matrix/matrix-columns';
import type { Matrix } from '../../shared/matrix/types';
import { markDeletedLaws } from '../../shared/recommendations/recommendation-rules';
import {
  agreementOfParts,
  agreementPart,
  type AgreementFigures,
  type AgreementPart,
} from '../../shared/review/agreement';
import { validateMatrix } from '../../shared/review/validation';
import { items, lastResult, value, type LastResult } from '../../shared/util/last-result';
import { currentAmendments } from '../services/amendment-links';
import { loadChecks } from '../services/load-checks';
import type { HandlerContext } from './handler-context';
import { withCitedNow } from './rating-clauses';

/** A column or rating names a country (`PK`) or one of its ISO 3166-2 subdivisions (`PK-IS`). */
export function jurisdictionOf(countryOf: HandlerContext['countryOf'], code: string): string {
  if (code.trim().length === 2) return countryOf(code);
  const known = normalizeJurisdiction(code);
  if (!known)
    throw new ApiError(
      'unknown_country',
      `"${code}" is neither a country code (ISO 3166 alpha-2) nor a subdivision Lexgap knows (ISO 3166-2, e.g. PK-IS)`,
    );
  return known;
}

/** What was last built from each store, per selection: the parts whose inputs did not change are kept. */
interface Built {
  frame: LastResult<Matrix>;
  /** Per column: built, then validated. */
  columns: Map<string, { matrix: LastResult<Matrix>; validated: LastResult<Matrix> }>;
  /** Per country: what its decisions add to the agreement figures. */
  parts: Map<string, LastResult<AgreementPart>>;
  agreement: LastResult<AgreementFigures[] | undefined>;
}
const builtFrom = new WeakMap<HandlerContext['store'], Map<string, Built>>();
const SELECTIONS_KEPT = 4;

function builtFor(store: HandlerContext['store'], selection: string): Built {
  let bySelection = builtFrom.get(store);
  if (!bySelection) builtFrom.set(store, (bySelection = new Map()));
  let built = bySelection.get(selection);
  if (!built) {
    built = { frame: lastResult(), columns: new Map(), parts: new Map(), agreement: lastResult() };
    bySelection.set(selection, built);
    if (bySelection.size > SELECTIONS_KEPT) bySelection.delete(bySelection.keys().next().value as string);
  }
  return built;
}

function columnOf(built: Built, code: string) {
  let column = built.columns.get(code);
  if (!column) built.columns.set(code, (column = { matrix: lastResult(), validated: lastResult() }));
  return column;
}

function partOf(built: Built, country: string) {
  let part = built.parts.get(country);
  if (!part) built.parts.set(country, (part = lastResult()));
  return part;
}

/** Items grouped by a key, each group in the items' order. */
function groupedBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const group = groups.get(k);
    if (group) group.push(t);
    else groups.set(k, [t]);
  }
  return groups;
}

/** `showProposals`: check proposals beside the levels, for review on screen; never in exports. */
export async function matrixFor(
  {
    store,
    catalog,
    countryOf,
    mustKnowFrameworks,
  }: Pick<HandlerContext, 'store' | 'catalog' | 'countryOf' | 'mustKnowFrameworks'>,
  args: MatrixSelection,
  showProposals: boolean,
): Promise<{ matrix: Matrix; documents: DocumentRecord[] }> {
  await mustKnowFrameworks(args.frameworks ?? []);
  const cat = await catalog();
  const documents = await store.listDocuments();
  const stateNames = new Map(cat.states.map((s) => [s.code, s.name]));
  const columns = matrixColumns(
    (args.countries ?? []).map((code) => jurisdictionOf(countryOf, code)),
    (args.split ?? []).map(countryOf),
    documents,
    (code) => stateNames.get(code) ?? countryName(code),
  );
  const codes = columns.map((c) => c.code);
  const countries = [...new Set(codes.map(countryOfJurisdiction))];
  const withChecks = !args.frameworks?.length || args.frameworks.includes('CHK');
  const built = builtFor(store, JSON.stringify([args, showProposals]));
  // Asked for at once: on a server, one answer is read while the next is worked out.
  const [amendments, tags, rated, checked, stored, decided] = await Promise.all([
    currentAmendments(store),
    store.acceptedTags(countries),
    store.listOverrides(codes),
    // Checks read the country's laws together; a subdivision's column shows none.
    withChecks
      ? loadChecks(
          store,
          cat,
          codes.filter((c) => c.length === 2),
        )
      : [],
    store.listRecommendations(),
    // Whose decisions back each citation, and how well reviewers agree, where several reviewed.
    store.listReviewerDecisions({ countries }),
  ]);
  // Each clause a rating cites, with what became of it since (changed, gone, its law deleted).
  const ratings = await withCitedNow(store, rated, documents);
  // A section amended by a confirmed amending act is cited with it.
  const amendedBy = amendingCitations(amendments, documents);
  const tagsOf = groupedBy(tags, (t) => t.country);
  const overrides = groupedBy(ratings, (o) => o.country);
  const checks = groupedBy(checked, (c) => c.country);
  const recommendations = markDeletedLaws(stored, new Set(documents.map((d) => d.id)));
  const decisionsOf = groupedBy(decided, (d) => d.country);
  // Each part built again only when what it is built from changed (laws not in force change with the day).
  const today = new Date().toISOString().slice(0, 10);
  const selection = {
    catalog: cat,
    showProposals,
    frameworks: args.frameworks,
    includeProcedural: args.includeProcedural,
    documents,
    asOf: args.asOf,
  };
  const frame = built.frame.get(
    [items([cat]), value([columns, recommendations, today]), items(documents)],
    () => buildMatrix({ ...selection, countries: columns, tags: [], overrides: [], recommendations }),
  );
  const perColumn = columns.map((column) => {
    const country = countryOfJurisdiction(column.code);
    const tags = tagsOf.get(country) ?? [];
    const ratings = overrides.get(column.code) ?? [];
    const checked = checks.get(column.code) ?? [];
    const decisions = decisionsOf.get(country) ?? [];
    const kept = columnOf(built, column.code);
    const matrix = kept.matrix.get(
      [
        items([cat]),
        value([column, ratings, tags.some((t) => amendedBy.has(t.clauseId)) ? [...amendedBy] : [], today]),
        items(tags),
        items(checked),
        items(documents),
      ],
      () =>
        buildMatrix({
          ...selection,
          countries: [column],
          tags: withAmendments(tags, amendedBy),
          overrides: ratings,
          checks: checked,
        }),
    );
    return kept.validated.get([items([matrix]), items(decisions)], () => validateMatrix(matrix, decisions));
  });
  // Agreement over the decisions of every country shown, in the columns' order, each country's
  // gone over again only when its decisions changed.
  const parts = countries.map((country) => {
    const decisions = decisionsOf.get(country) ?? [];
    return partOf(built, country).get([items(decisions)], () => agreementPart(decisions));
  });
  const several = new Set(parts.flatMap((p) => [...p.all.names])).size > 1;
  const agreement = built.agreement.get([items(parts), items(documents), value(several)], () =>
    several ? agreementOfParts(parts, new Map(documents.map((d) => [d.id, d.title]))) : undefined,
  );
  const matrix = joinColumns(frame, perColumn);
  return {
    matrix: { ...matrix, ...(agreement ? { agreement } : {}), generatedAt: new Date().toISOString() },
    documents,
  };
}
