// The gap matrix: built from accepted tags and cell overrides, the overrides themselves, and exports.
import type { LexgapApi, MatrixSelection } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { citeClause } from '../../../shared/coverage/cite-clause';
import { pendingCandidates } from '../../../shared/coverage/rating';
import { appliesIn, countryOfJurisdiction } from '../../../shared/jurisdictions/jurisdiction';
import { clearCell, overrideCell } from '../../../shared/review/override-cell';
import { APP_VERSION } from '../../services/app-version';
import type { StoreReads } from '../../store/store';
import type { HandlerContext } from '../handler-context';
import { deliverFile } from '../deliver-file';
import { jurisdictionOf, matrixFor } from '../matrix-for';
import { ratingClauses } from '../rating-clauses';
import { expectVersion, versionConflict } from '../version-conflict';

// Loaded on first use: exceljs takes a few hundred milliseconds to load.
const exporting = () => import('../../services/export-matrix');

export function matrixHandlers({
  store,
  catalog,
  countryOf,
  mustKnowFrameworks,
  mustKnowProvision,
  audited,
  reviewer,
}: HandlerContext) {
  const matrixOf = async (args: MatrixSelection, showProposals: boolean) =>
    (await matrixFor({ store, catalog, countryOf, mustKnowFrameworks }, args, showProposals)).matrix;
  const jurisdiction = (code: string) => jurisdictionOf(countryOf, code);
  // The laws of a column: every law of a country, or a subdivision's own and the national laws that
  // extend to it.
  const lawsOf = async (tx: StoreReads, column: string) =>
    (await tx.listDocuments(countryOfJurisdiction(column))).filter((d) => appliesIn(d, column));
  // What a rating overrides: the suggestions for its cell nobody has decided yet, in laws in force
  // (a repealed law's clause, accepted, would be cited nowhere).
  const undecided = async (tx: StoreReads, column: string, provisionId: string) => {
    const inForce = (await lawsOf(tx, column)).filter((d) => d.status !== 'repealed');
    const years = new Map(inForce.map((d) => [d.id, d.year]));
    const country = countryOfJurisdiction(column);
    return pendingCandidates(
      (await tx.listSuggestions({ country, provisionId, status: 'suggested' }))
        .filter((s) => years.has(s.documentId))
        .map((s) => ({
          suggestionId: s.id,
          clauseId: s.clauseId,
          documentId: s.documentId,
          citation: citeClause({
            documentTitle: s.documentTitle,
            documentYear: years.get(s.documentId) ?? null,
            clauseNumber: s.clauseNumber,
            clauseKind: s.clauseKind,
          }),
          score: s.score,
          status: s.status,
        })),
    );
  };
  // A Gap searched every law of the country in force unless the analyst names the ones searched.
  const lawsSearched = async (tx: StoreReads, iso: string, level: string, named?: string[]) => {
    const laws = await lawsOf(tx, iso);
    const unknown = (named ?? []).filter((id) => !laws.some((d) => d.id === id));
    if (unknown.length) throw new ApiError('not_found', `no law of ${iso} with id ${unknown.join(', ')}`);
    return named ?? (level === 'gap' ? laws.filter((d) => d.status !== 'repealed').map((d) => d.id) : []);
  };
  const overrideOf = async (tx: StoreReads, country: string, provisionId: string) =>
    (await tx.listOverrides([country])).find((o) => o.provisionId === provisionId) ?? null;

  return {
    // The screen shows check proposals for review; exports carry only what the analyst confirmed.
    buildMatrix: (args) => matrixOf(args, true),

    async setCellOverride({ country, reviewedDocumentIds, citedClauseIds, expectedVersion, ...rest }) {
      const iso = jurisdiction(country);
      await mustKnowProvision(rest.provisionId);
      return audited(async (tx, who) => {
        const before = await overrideOf(tx, iso, rest.provisionId);
        const cell = `${iso}/${rest.provisionId}`;
        const subject = `The rating of ${rest.provisionId} for ${iso} was`;
        await expectVersion(tx, expectedVersion, before?.version ?? 0, cell, subject);
        const searched = await lawsSearched(tx, iso, rest.level, reviewedDocumentIds);
        const pending = await undecided(tx, iso, rest.provisionId);
        const cited = await ratingClauses(tx, iso, await lawsOf(tx, iso), citedClauseIds ?? []);
        // The rationale is checked first: its message says what the analyst must add.
        const change = overrideCell(
          {
            country: iso,
            ...rest,
            reviewedDocumentIds: searched,
            pendingCandidates: pending,
            citedClauses: cited,
          },
          before,
          who,
        );
        if (rest.level === 'gap' && !searched.length)
          throw new ApiError(
            'invalid_args',
            `A Gap rating of ${rest.provisionId} for ${iso} needs the laws searched, and the library holds no law of ${iso} in force.`,
          );
        if (!(await tx.setOverride(change.value, expectedVersion)))
          throw await versionConflict(tx, cell, subject);
        return change;
      });
    },

    async clearCellOverride({ country, provisionId, expectedVersion }) {
      const iso = jurisdiction(country);
      const cleared = await audited(async (tx, who) => {
        const before = await overrideOf(tx, iso, provisionId);
        // Cleared by someone else meanwhile is what was asked for; changed meanwhile is not.
        const cell = `${iso}/${provisionId}`;
        const subject = `The rating of ${provisionId} for ${iso} was`;
        if (before) await expectVersion(tx, expectedVersion, before.version ?? 1, cell, subject);
        const removed = await tx.clearOverride(iso, provisionId, before ? expectedVersion : undefined);
        if (before && !removed) throw await versionConflict(tx, cell, subject);
        return clearCell(iso, provisionId, before, removed, who);
      });
      return { cleared };
    },

    async exportMatrix({ format, path: outPath, ...selection }) {
      const matrix = await matrixOf(selection, false);
      const file = await (
        await exporting()
      ).exportMatrix(matrix, await catalog(), format, {
        creator: await reviewer(),
        appVersion: APP_VERSION,
      });
      return deliverFile(file, outPath);
    },
  } satisfies Partial<LexgapApi>;
}
