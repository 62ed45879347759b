// Opens a review package that came back, on a private copy (opening a SQLite file may write to it,
// and the reviewer's file stays as they sent it), and checks it before anything is taken from it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import type { Catalog } from '../../../shared/catalog/types';
import { catalogFingerprint } from '../../../shared/catalog/catalog-fingerprint';
import type { ReviewerDecision } from '../../../shared/model';
import {
  CATALOG_SETTING,
  MANIFEST_SETTING,
  parseManifest,
  sameDecisionRecord,
  type PackageManifest,
  type ReturnedDecision,
  type SentDecision,
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

/** The decisions made in a package since it was made: every reviewer's, less those it was sent with. */
export async function returnedDecisions(
  reads: StoreReads,
  manifest: PackageManifest,
): Promise<ReturnedDecision[]> {
  const key = (d: { suggestionId: string; reviewer: string }) => `${d.suggestionId}\u0000${d.reviewer}`;
  const sent = new Map<string, SentDecision>(manifest.leadDecisions.map((d) => [key(d), d]));
  return (await reads.listReviewerDecisions()).flatMap((r): ReturnedDecision[] => {
    const was = sent.get(key(r));
    if (was && sameDecisionRecord(was, r)) return [];
    const { suggestionId, reviewer, status, coverage, note, at, clauseId, provisionId } = r;
    return [{ suggestionId, reviewer, status, coverage, note, at, clauseId, provisionId }];
  });
}

/** How review and undo entries hold the actor's own decision (shared/review/review-batch.ts). */
type Audited = { reviewerDecision?: ReviewerDecision | null };

/**
 * Refuses decisions that are not in the package's own audit log: Lexgap records every decision there,
 * so one written into the file by other means has no entry, or one that says otherwise.
 */
export async function checkAgainstAudit(
  reads: StoreReads,
  decisions: ReturnedDecision[],
  name: string,
): Promise<void> {
  const latest = new Map<string, ReviewerDecision | null>();
  for (const e of (await reads.listAudit(undefined, 10_000_000)).reverse()) {
    const decision = (e.after as Audited | null)?.reviewerDecision;
    if (e.entity === 'suggestion' && decision !== undefined)
      latest.set(`${e.entityId}\u0000${e.actor}`, decision);
  }
  for (const d of decisions) {
    const logged = latest.get(`${d.suggestionId}\u0000${d.reviewer}`);
    if (!logged || !sameDecisionRecord(logged, d))
      throw altered(
        name,
        `${d.reviewer}'s decision on ${d.provisionId} (suggestion ${d.suggestionId}) is not in its audit log`,
      );
  }
}
