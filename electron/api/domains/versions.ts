// Versions and amendments: a law's history of texts, and the links between amending acts and the acts they amend.
import type { LexgapApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { amendedSections } from '../../../shared/amendments/propose-amendments';
import type { Amendment } from '../../../shared/model';
import { applyConfirmedAmendments, currentAmendments } from '../../services/amendment-links';
import { firstVersion } from '../../services/new-version';
import type { HandlerContext } from '../handler-context';

export function versionHandlers({ store, mustGetDocument, audited }: HandlerContext) {
  return {
    async listVersions({ documentId }) {
      const doc = await mustGetDocument(documentId);
      const versions = await store.listVersions(documentId);
      // Never re-imported: its one version is the first import.
      return versions.length > 0 ? versions : [firstVersion(doc)];
    },

    async listAmendments({ documentId }) {
      if (documentId) await mustGetDocument(documentId);
      return currentAmendments(store, documentId);
    },

    async reviewAmendment({ amendingDocumentId, amendedDocumentId, decision }) {
      return audited(async (tx, { actor, at }) => {
        const amending = await mustGetDocument(amendingDocumentId, tx);
        const amended = await mustGetDocument(amendedDocumentId, tx);
        if (amending.country !== amended.country)
          throw new ApiError(
            'invalid_args',
            `"${amending.title}" (${amending.country}) cannot amend "${amended.title}" (${amended.country}): they are laws of different countries`,
          );
        const before = (await tx.listAmendments(amendingDocumentId)).find(
          (a) => a.amendedDocumentId === amendedDocumentId,
        );
        const link: Amendment = {
          amendingDocumentId,
          amendedDocumentId,
          status: decision === 'confirm' ? 'confirmed' : 'dismissed',
          evidence: before?.evidence ?? 'linked by hand',
          sections:
            before?.sections ??
            amendedSections(
              { clauses: await tx.listClauses(amendingDocumentId) },
              { clauses: await tx.listClauses(amendedDocumentId) },
            ),
          reviewer: actor,
          at,
        };
        await tx.saveAmendment(link);
        return {
          value: link,
          audit: [
            {
              actor,
              action: `amendment_${decision}`,
              entity: 'document',
              entityId: amendingDocumentId,
              before: before ?? null,
              after: link,
            },
            // Confirmed, the amended law reads as amended from the amending act's date; dismissed, as before.
            ...(await applyConfirmedAmendments(tx, amendedDocumentId, actor)),
          ],
        };
      });
    },
  } satisfies Partial<LexgapApi>;
}
