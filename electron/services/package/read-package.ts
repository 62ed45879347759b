// Opens a review package that came back, on a private copy (opening a SQLite file may write to it,
// and the reviewer's file stays as they sent it), and checks it before anything is taken from it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import type { Catalog } from '../../../shared/catalog/types';
import { catalogFingerprint } from '../../../shared/catalog/catalog-fingerprint';
import type { Suggestion } from '../../../shared/model';
import {
  CATALOG_SETTING,
  MANIFEST_SETTING,
  parseManifest,
  type LeadDecision,
  type PackageManifest,
  type ReturnedDecision,
} from '../../../shared/package/manifest';
import { openSqliteStore } from '../../store/sql-store';
import type { Store, StoreReads } from '../../store/store';
import { catalogChecksum, documentChecksums } from './package-checksums';
import { signatureHolds, type ProjectIdentity } from './project-identity';

export interface OpenedPackage {
  store: Store;
  manifest: PackageManifest;
  /** Closes the copy and deletes it. */
  close(): Promise<void>;
}

/** Opens a copy of the file; refuses a file that is not a package or is damaged. */
export async function openPackageCopy(file: string, name = path.basename(file)): Promise<OpenedPackage> {
  if (!fs.existsSync(file)) throw new ApiError('not_found', `${name}: no such file`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-package-'));
  const copy = path.join(dir, 'package.lexgap');
  fs.copyFileSync(file, copy);
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  let store: Store;
  try {
    store = await openSqliteStore(copy);
  } catch (error) {
    remove();
    const why = /not a database|malformed|file is encrypted/i.test(String(error))
      ? 'it is not a Lexgap file, or is damaged'
      : (error as Error).message;
    throw new ApiError('damaged', `${name} is not a Lexgap review package: ${why}`, name);
  }
  const close = async () => {
    await store.close();
    remove();
  };
  try {
    const integrity = await store.integrityCheck();
    if (integrity !== 'ok')
      throw new ApiError('damaged', `${name} is damaged (SQLite integrity check: ${integrity})`, name);
    const manifest = parseManifest(await store.getSetting(MANIFEST_SETTING));
    if (!manifest)
      throw new ApiError(
        'damaged',
        `${name} is not a Lexgap review package: it has no package manifest (a project database?)`,
        name,
      );
    return { store, manifest, close };
  } catch (error) {
    await close();
    throw error;
  }
}

const altered = (name: string, what: string) =>
  new ApiError('damaged', `${name} was altered outside Lexgap: ${what}`, name);

/**
 * Refuses, saying which, a package made from another project, with another catalog than the project's
 * own now, or altered outside Lexgap (its manifest, catalog, laws, clauses or suggestions).
 */
export async function verifyPackage(
  opened: OpenedPackage,
  project: ProjectIdentity,
  catalog: Catalog,
  name: string,
): Promise<void> {
  const { manifest } = opened;
  if (manifest.projectId !== project.projectId)
    throw new ApiError(
      'conflict',
      `${name} was made from another project (${manifest.projectId}), not this one (${project.projectId}); import it into the project it was made from`,
      name,
    );
  if (!signatureHolds(project.secret, manifest)) throw altered(name, 'its manifest is not as it was signed');
  const ours = catalogFingerprint(catalog);
  if (manifest.catalog.fingerprint !== ours)
    throw new ApiError(
      'conflict',
      `${name} was made with another standards catalog (${manifest.catalog.fingerprint}) than this project's now (${ours}); its decisions would not mean the same`,
      name,
    );
  await verifyContent(opened, name);
}

/** Refuses a package whose catalog, laws, clauses or suggestions are not those its manifest lists. */
export async function verifyContent({ store, manifest }: OpenedPackage, name: string): Promise<void> {
  const catalogJson = await store.getSetting(CATALOG_SETTING);
  if (!catalogJson || catalogChecksum(catalogJson) !== manifest.catalog.sha256)
    throw altered(name, 'the standards catalog it carries is not the one it was made with');
  const held = (await store.listDocuments()).map((d) => d.id).sort();
  const sent = [...manifest.selection.documentIds].sort();
  if (held.join() !== sent.join()) throw altered(name, 'it does not hold the laws it was made with');
  for (const expected of manifest.documents) {
    const now = await documentChecksums(store, expected.documentId);
    const title = `“${expected.title}”`;
    if (!now) throw altered(name, `${title} is missing`);
    if (now.file !== expected.file) throw altered(name, `the PDF of ${title} is not the one sent`);
    if (now.record !== expected.record) throw altered(name, `the details of ${title} are not as sent`);
    if (now.clauses !== expected.clauses) throw altered(name, `the clauses of ${title} are not as sent`);
    if (now.suggestions !== expected.suggestions)
      throw altered(name, `the suggestions on ${title} are not as sent`);
  }
}

type ReviewFields = Pick<Suggestion, 'status' | 'coverage' | 'note' | 'reviewer' | 'reviewedAt'>;

const sameReview = (a: ReviewFields, b: ReviewFields) =>
  a.status === b.status &&
  a.coverage === b.coverage &&
  a.note === b.note &&
  a.reviewer === b.reviewer &&
  a.reviewedAt === b.reviewedAt;

const UNDECIDED: ReviewFields = {
  status: 'suggested',
  coverage: null,
  note: null,
  reviewer: null,
  reviewedAt: null,
};

/** The decisions made in a package since it was made: those that are not as it was sent. */
export async function returnedDecisions(
  reads: StoreReads,
  manifest: PackageManifest,
): Promise<ReturnedDecision[]> {
  const lead = new Map<string, LeadDecision>(manifest.leadDecisions.map((d) => [d.suggestionId, d]));
  const sentState = (id: string): ReviewFields => (manifest.blind ? undefined : lead.get(id)) ?? UNDECIDED;
  return (await reads.listSuggestions({})).flatMap((s): ReturnedDecision[] =>
    sameReview(s, sentState(s.id)) || !s.reviewer || !s.reviewedAt
      ? []
      : [
          {
            suggestionId: s.id,
            clauseId: s.clauseId,
            provisionId: s.provisionId,
            status: s.status,
            coverage: s.coverage,
            note: s.note,
            reviewer: s.reviewer,
            reviewedAt: s.reviewedAt,
          },
        ],
  );
}

/**
 * Refuses decisions that are not in the package's own audit log: Lexgap records every decision there,
 * so one written into the file by other means has no entry.
 */
export async function checkAgainstAudit(
  reads: StoreReads,
  decisions: ReturnedDecision[],
  name: string,
): Promise<void> {
  const latest = new Map<string, Suggestion>();
  for (const e of (await reads.listAudit(undefined, 10_000_000)).reverse())
    if (e.entity === 'suggestion' && e.after) latest.set(e.entityId, e.after as Suggestion);
  for (const d of decisions) {
    const logged = latest.get(d.suggestionId);
    const row = { ...d, reviewedAt: d.reviewedAt } as ReviewFields;
    if (!logged || !sameReview(row, logged))
      throw altered(
        name,
        `the decision on ${d.provisionId} (suggestion ${d.suggestionId}) is not in its audit log`,
      );
  }
}
