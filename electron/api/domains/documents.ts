// Documents: importing laws, listing and editing them, their clauses and their PDFs.
import fs from 'node:fs';
import type { ImportFile, LexgapApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { countryName } from '../../../shared/countries';
import { lawDeletedAudit } from '../../../shared/recommendations/recommendation-rules';
import { JurisdictionError, parseJurisdiction } from '../../../shared/jurisdictions/jurisdiction';
import { checkLawDates } from '../../../shared/lifecycle/law-dates';
import type { DocumentRecord } from '../../../shared/model';
import { prestartPdfWorkers } from '../../pdf/extract-pdf';
import { readingAhead } from '../../services/read-ahead';
import type { HandlerContext } from '../handler-context';
import { expectVersion, versionConflict } from '../version-conflict';

const LAW_DETAILS = "This law's details were";

// Loaded on first use: reading PDFs (pdf.js, OCR, a 275,000-word dictionary) takes a few hundred
// milliseconds to load, which `lexgap tag` and the other commands should not pay for at start.
export const importing = () => import('../../services/import-documents');
/**
 * Starts the PDF readers the largest of these files will be read with, ahead of reading them: pdf.js
 * then loads in them while this thread hashes the files and loads the import code (as the CLI does).
 */
export function prestartReaders(files: readonly ImportFile[]): void {
  // The command line reads its first file ahead: its readers are busy with it, and stay for the rest.
  if (files.some((file) => readingAhead(file.path))) return;
  const size = (file: ImportFile): number => {
    if (file.dataBase64 !== undefined) return Math.floor((file.dataBase64.length * 3) / 4);
    try {
      return file.path ? fs.statSync(file.path).size : 0;
    } catch {
      return 0; // the import itself says why the file cannot be read
    }
  };
  prestartPdfWorkers(Math.max(0, ...files.map(size)));
}

/** Amendments' code (and the language profiles it reads) only for the edits that move them. */
const amendmentLinks = () => import('../../services/amendment-links');

type DocumentEdit = Omit<Parameters<LexgapApi['updateDocument']>[0], 'documentId' | 'expectedVersion'>;

/** An edit made consistent and checked: jurisdiction codes of the law's country, dates that agree with its status. */
function checkedEdit(before: DocumentRecord, edit: DocumentEdit): DocumentEdit {
  try {
    const { jurisdiction: code, excludedSubdivisions: excluded, ...rest } = edit;
    const jurisdiction =
      code === undefined
        ? before.jurisdiction
        : code === null
          ? null
          : parseJurisdiction(code, before.country);
    const patch: DocumentEdit = { ...rest, ...checkLawDates(before, rest) };
    if (code !== undefined) patch.jurisdiction = jurisdiction;
    if (excluded !== undefined) {
      const subdivisions = excluded.map((c) => parseJurisdiction(c, before.country));
      if (subdivisions.includes(null))
        throw new JurisdictionError(
          `a law cannot be marked as not applying in its own country (${before.country})`,
        );
      patch.excludedSubdivisions = [...new Set(subdivisions as string[])].sort();
    }
    // Only a national law extends to subdivisions; one made for a subdivision has none to leave out.
    if (jurisdiction !== null && (patch.excludedSubdivisions ?? before.excludedSubdivisions).length) {
      if (excluded?.length)
        throw new JurisdictionError(
          `it applies in ${jurisdiction} only; subdivisions a law does not extend to are marked on national laws`,
        );
      patch.excludedSubdivisions = [];
    }
    return patch;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(
      'invalid_args',
      `${before.title}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export function documentHandlers({ store, mustGetDocument, countryOf, audited, reviewer }: HandlerContext) {
  return {
    importDocuments: async (args) => {
      prestartReaders(args.files);
      return (await importing()).importDocuments(store, args, { actor: await reviewer() });
    },

    async listCountries() {
      const counts = new Map<string, number>();
      for (const d of await store.listDocuments()) counts.set(d.country, (counts.get(d.country) ?? 0) + 1);
      return [...counts].map(([code, documents]) => ({ code, name: countryName(code), documents }));
    },

    listDocuments: async ({ country }) => store.listDocuments(country ? countryOf(country) : undefined),
    getDocument: async ({ documentId }) => mustGetDocument(documentId),

    async updateDocument({ documentId, expectedVersion, ...edit }) {
      await audited(async (tx, { actor }) => {
        const before = await mustGetDocument(documentId, tx);
        await expectVersion(tx, expectedVersion, before.version ?? 1, documentId, LAW_DETAILS);
        const patch = checkedEdit(before, edit);
        // Another server process may have written it since it was read here.
        if (!(await tx.updateDocument(documentId, patch, expectedVersion)))
          throw await versionConflict(tx, documentId, LAW_DETAILS);
        // An amending act's new dates move the amendment date of the laws it is confirmed to amend.
        const { applyConfirmedAmendmentsTo, lawsAmendedBy } = await amendmentLinks();
        const amended = await applyConfirmedAmendmentsTo(tx, await lawsAmendedBy(tx, documentId), actor);
        return {
          value: undefined,
          audit: [
            { actor, action: 'update', entity: 'document', entityId: documentId, before, after: patch },
            ...amended,
          ],
        };
      });
      return mustGetDocument(documentId);
    },

    async deleteDocument({ documentId }) {
      return audited(async (tx, who) => {
        const before = await mustGetDocument(documentId, tx);
        // Recommendations citing the law stay: their evidence keeps its citation and reads as deleted.
        const citing = (await tx.listRecommendations()).filter((r) =>
          r.evidence.some((e) => e.documentId === documentId),
        );
        const { applyConfirmedAmendmentsTo, lawsAmendedBy } = await amendmentLinks();
        const amendedIds = await lawsAmendedBy(tx, documentId);
        const deleted = await tx.deleteDocument(documentId);
        // The laws it amended read as they would without it.
        const amended = await applyConfirmedAmendmentsTo(tx, amendedIds, who.actor);
        return {
          value: { deleted, citingRecommendations: citing.map((r) => r.id) },
          audit: [
            {
              actor: who.actor,
              action: 'delete',
              entity: 'document',
              entityId: documentId,
              before,
              after: null,
            },
            ...lawDeletedAudit(citing, before, who),
            ...amended,
          ],
        };
      });
    },

    async getDocumentFile({ documentId }) {
      const file = await store.getDocumentFile(documentId);
      if (!file) throw new ApiError('not_found', `no document ${documentId}`);
      return { name: file.name, dataBase64: Buffer.from(file.data).toString('base64') };
    },

    async listClauses({ documentId }) {
      await mustGetDocument(documentId);
      return store.listClauses(documentId);
    },
  } satisfies Partial<LexgapApi>;
}
