// In a review package only decisions and notes are made: what the lead sent (laws, clauses,
// suggestions, ratings) stays as it was, so the package's checksums hold when it goes back, and
// nothing a reviewer does there is silently left behind by the import.
import type { LexgapApi, MethodName } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { PackageManifest } from '../../shared/package/manifest';

/** Methods that would change what was sent, or whose work the import does not carry back. */
export const REFUSED_IN_PACKAGE: readonly MethodName[] = [
  'importDocuments',
  'startImport',
  'startReread',
  'startTagging',
  'tagDocuments',
  'updateDocument',
  'deleteDocument',
  'splitClause',
  'mergeClauseWithNext',
  'updateClause',
  'addManualTag',
  'setCellOverride',
  'clearCellOverride',
  'reviewCheck',
  'reviewAmendment',
  'addRecommendation',
  'updateRecommendation',
  'deleteRecommendation',
  'importRecommendations',
  'createBaseline',
  'exportPackage',
  'importPackage',
];

export function keepPackageAsSent(api: LexgapApi, manifest: PackageManifest): LexgapApi {
  const refused = new Set<MethodName>(REFUSED_IN_PACKAGE);
  const wrapped = { ...api } as Record<MethodName, (args: unknown) => Promise<unknown>>;
  for (const method of refused) {
    wrapped[method] = () =>
      Promise.reject(
        new ApiError(
          'conflict',
          `this is a review package for ${manifest.madeFor}: its laws, clauses and suggestions stay as ${manifest.createdBy} sent them; decisions and notes are made here, the rest in the lead's project`,
        ),
      );
  }
  return wrapped as unknown as LexgapApi;
}
