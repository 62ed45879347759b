// Makes a review package: a new Lexgap project file holding one country's laws (PDFs, clauses, the
// suggestions to review, the catalog) and, unless blind, the lead's decisions; with a signed manifest.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import type { Catalog } from '../../../shared/catalog/types';
import { catalogFingerprint } from '../../../shared/catalog/catalog-fingerprint';
import { newId } from '../../../shared/ids';
import type { DocumentRecord, Suggestion } from '../../../shared/model';
import {
  CATALOG_SETTING,
  MANIFEST_SETTING,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type PackageManifest,
  type SentDecision,
} from '../../../shared/package/manifest';
import { openSqliteStore } from '../../store/sql-store';
import type { Store, StoreTx } from '../../store/store';
import { catalogChecksum, documentChecksums } from './package-checksums';
import { projectIdentity, signManifest } from './project-identity';

export interface ExportPackageOptions {
  country: string;
  documentIds?: string[];
  frameworks?: string[];
  madeFor: string;
  blind: boolean;
  /** Who makes it, recorded as the package's maker. */
  createdBy: string;
  /** The project's lead reviewer, whose decisions are sent unless blind. */
  lead: string;
  now: string;
  out: string;
}

/** The laws a package holds: the country's, or the named ones, each checked to be of that country. */
async function selectDocuments(store: Store, country: string, ids?: string[]): Promise<DocumentRecord[]> {
  const all = await store.listDocuments(country);
  if (!ids?.length) {
    if (!all.length) throw new ApiError('not_found', `no laws of ${country} in this project to send`);
    return all;
  }
  return ids.map((id) => {
    const doc = all.find((d) => d.id === id);
    if (!doc) throw new ApiError('not_found', `no law ${id} of ${country} in this project`);
    return doc;
  });
}

function checkFrameworks(catalog: Catalog, frameworks: string[]): void {
  const known = new Set(catalog.frameworks.map((f) => f.id));
  const unknown = frameworks.filter((f) => !known.has(f));
  if (unknown.length) throw new ApiError('invalid_args', `no framework "${unknown[0]}"`);
}

/** A suggestion as the reviewer receives it: the lead's decision kept, or in a blind package none. */
/** The page size of a package's database, in bytes: SQLite's default. */
export const PACKAGE_PAGE_SIZE = 4096;

const asSent = (s: Suggestion, blind: boolean): Suggestion =>
  blind ? { ...s, status: 'suggested', coverage: null, note: null, reviewer: null, reviewedAt: null } : s;

async function copyDocument(
  from: Store,
  to: StoreTx,
  doc: DocumentRecord,
  sent: Suggestion[],
  decisions: SentDecision[],
) {
  const file = await from.getDocumentFile(doc.id);
  if (!file) throw new ApiError('not_found', `the PDF of ${doc.title} is missing from this project`);
  const pageLabels = await from.getPageLabels(doc.id);
  await to.insertDocument({
    record: doc,
    fileName: file.name,
    fileBytes: file.data,
    clauses: [],
    ...(pageLabels ? { pageLabels } : {}),
  });
  // Clauses keep their ids (a corrected clause's id is not its eid's), in the project's order.
  const clauses = await from.listClauses(doc.id);
  for (const c of clauses) await to.saveClause(c);
  await to.orderClauses(
    doc.id,
    clauses.map((c) => c.id),
  );
  for (const s of sent) await to.saveSuggestion(s);
  // Kept as the lead's own, as in the project: the reviewer's decisions are recorded beside them.
  for (const d of decisions) await to.setReviewerDecision({ ...d, recordedAt: d.at });
  // Its history goes with it: the reviewer sees which clauses a newer text changed, as at home.
  for (const v of await from.listVersions(doc.id)) await to.addVersion(v);
}

/**
 * The confirmed amendment links between laws the package holds: a reviewer sees "Amended by s. 2 of
 * …" and citations naming both acts, as at home. A link to a law left out of the package is not sent
 * (its sections could not be shown), nor one still only proposed (the reviewer cannot decide it).
 */
async function copyAmendments(from: Store, to: StoreTx, documents: DocumentRecord[]) {
  const sent = new Set(documents.map((d) => d.id));
  for (const a of await from.listAmendments())
    if (a.status === 'confirmed' && sent.has(a.amendingDocumentId) && sent.has(a.amendedDocumentId))
      await to.saveAmendment(a);
}

export interface ExportedPackage {
  manifest: PackageManifest;
  path: string;
  bytes: number;
}

export async function exportPackage(
  store: Store,
  catalog: Catalog,
  options: ExportPackageOptions,
): Promise<ExportedPackage> {
  const frameworks = options.frameworks ?? [];
  checkFrameworks(catalog, frameworks);
  const documents = await selectDocuments(store, options.country, options.documentIds);
  const inFrameworks = (s: Suggestion) =>
    frameworks.length === 0 || frameworks.includes(s.provisionId.split('.')[0]);
  const suggestions = new Map<string, Suggestion[]>();
  for (const d of documents)
    suggestions.set(d.id, (await store.listSuggestions({ documentId: d.id })).filter(inFrameworks));
  const all = [...suggestions.values()].flat();
  const sentIds = new Set(all.map((s) => s.id));
  const leadDecisions = new Map<string, SentDecision[]>();
  if (!options.blind)
    for (const d of documents)
      leadDecisions.set(
        d.id,
        (await store.listReviewerDecisions({ documentId: d.id, reviewer: options.lead }))
          .filter((r) => sentIds.has(r.suggestionId))
          .map(({ suggestionId, reviewer, status, coverage, note, at }) => ({
            suggestionId,
            reviewer,
            status,
            coverage,
            note,
            at,
          })),
      );
  const { projectId, secret } = await projectIdentity(store);

  // Written beside the destination and renamed into place: a failed export leaves no half file.
  const out = path.resolve(options.out);
  const partial = `${out}.${newId('j')}.partial`;
  // A package travels by e-mail or USB stick: SQLite's 4 KiB pages keep it small (an empty database
  // of 16 KiB pages, the project's, is 0.6 MB larger), and it is written once, not tagged in bulk.
  const pkg = await openSqliteStore(partial, { pageSize: PACKAGE_PAGE_SIZE });
  let manifest: PackageManifest;
  try {
    manifest = await pkg.transaction(async (tx) => {
      for (const d of documents) {
        const sent = (suggestions.get(d.id) ?? []).map((s) => asSent(s, options.blind));
        await copyDocument(store, tx, d, sent, leadDecisions.get(d.id) ?? []);
      }
      await copyAmendments(store, tx, documents);
      const catalogJson = JSON.stringify(catalog);
      await tx.setSetting(CATALOG_SETTING, catalogJson);
      // The reviewer's decisions are recorded under the addressee until they give their own name.
      await tx.setSetting('reviewerName', options.madeFor);
      const checksums = [];
      for (const d of documents) checksums.push((await documentChecksums(tx, d.id))!);
      const signed = signManifest(secret, {
        format: PACKAGE_FORMAT,
        formatVersion: PACKAGE_FORMAT_VERSION,
        packageId: randomUUID(),
        projectId,
        catalog: {
          version: catalog.release?.version ?? null,
          fingerprint: catalogFingerprint(catalog),
          sha256: catalogChecksum(catalogJson),
        },
        madeFor: options.madeFor,
        blind: options.blind,
        createdAt: options.now,
        createdBy: options.createdBy,
        selection: { country: options.country, documentIds: documents.map((d) => d.id), frameworks },
        documents: checksums,
        suggestions: all.length,
        leadDecisions: [...leadDecisions.values()].flat(),
      });
      await tx.setSetting(MANIFEST_SETTING, JSON.stringify(signed));
      return signed;
    });
  } catch (error) {
    await pkg.close();
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(f, { force: true });
    throw error;
  }
  await pkg.close();
  fs.renameSync(partial, out);
  return { manifest, path: out, bytes: fs.statSync(out).size };
}
