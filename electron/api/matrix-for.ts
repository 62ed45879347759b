// The matrix of a selection of instruments and columns, as the Matrix screen, the exports and the
// report build it: the countries or subdivisions asked for, else every country the library holds
// laws of.
import type { MatrixSelection } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { amendingCitations, withAmendments } from '../../shared/amendments/cite-amendments';
import { countryName } from '../../shared/countries';
import { countryOfJurisdiction, normalizeJurisdiction } from '../../shared/jurisdictions/jurisdiction';
import type { DocumentRecord, ReviewerDecisionRow } from '../../shared/model';
import { buildMatrix } from '../../shared/matrix/build-matrix';
import { matrixColumns } from '../../shared/matrix/matrix-columns';
import type { Matrix } from '../../shared/matrix/types';
import { markDeletedLaws } from '../../shared/recommendations/recommendation-rules';
import { agreementReport } from '../../shared/review/agreement';
import { validateMatrix } from '../../shared/review/validation';
import { currentAmendments } from '../services/amendment-links';
import { loadChecks } from '../services/load-checks';
import type { HandlerContext } from './handler-context';

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

/** `showProposals`: check proposals beside the levels, for review on screen; never in exports. */
export async function matrixFor(
  { store, catalog, countryOf }: Pick<HandlerContext, 'store' | 'catalog' | 'countryOf'>,
  args: MatrixSelection,
  showProposals: boolean,
): Promise<{ matrix: Matrix; documents: DocumentRecord[] }> {
  const cat = await catalog();
  const known = new Set(cat.frameworks.map((f) => f.id));
  for (const f of args.frameworks ?? []) {
    if (!known.has(f)) throw new ApiError('not_found', `no framework "${f}"`);
  }
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
  const matrix = buildMatrix({
    catalog: cat,
    countries: columns,
    // A section amended by a confirmed amending act is cited with it.
    tags: withAmendments(
      await store.acceptedTags(countries),
      amendingCitations(await currentAmendments(store), documents),
    ),
    overrides: await store.listOverrides(codes),
    // Checks read the country's laws together; a subdivision's column shows none.
    checks: withChecks
      ? await loadChecks(
          store,
          cat,
          codes.filter((c) => c.length === 2),
        )
      : [],
    showProposals,
    frameworks: args.frameworks,
    includeProcedural: args.includeProcedural,
    documents,
    recommendations: markDeletedLaws(await store.listRecommendations(), new Set(documents.map((d) => d.id))),
    asOf: args.asOf,
  });
  // Whose decisions back each citation, and how well reviewers agree, where several reviewed.
  // Read in one query, then country by country in the columns' order.
  const byCountry = new Map(countries.map((c) => [c, [] as ReviewerDecisionRow[]]));
  const reviewers = new Set<string>();
  for (const d of await store.listReviewerDecisions({ countries })) {
    byCountry.get(d.country)?.push(d);
    reviewers.add(d.reviewer);
  }
  const decisions = [...byCountry.values()].flat();
  const several = reviewers.size > 1;
  return {
    matrix: validateMatrix(
      matrix,
      decisions,
      several ? agreementReport(decisions, new Map(documents.map((d) => [d.id, d.title]))) : undefined,
    ),
    documents,
  };
}
