// A review package: a Lexgap project file holding one country's laws for a reviewer elsewhere, with a
// manifest saying where it came from and what it held, so that what comes back can be checked.
import type { ReviewerDecision } from '../model';

export const PACKAGE_FORMAT = 'lexgap-review-package';
export const PACKAGE_FORMAT_VERSION = 1;
/** Settings keys of a package's own database. */
export const MANIFEST_SETTING = 'package.manifest';
export const CATALOG_SETTING = 'package.catalog';

export interface PackageSelection {
  country: string;
  /** The laws sent, by id. */
  documentIds: string[];
  /** Instruments whose suggestions were sent; empty: all of them. */
  frameworks: string[];
}

/** Checksums (SHA-256, hex) of what a package holds of one law, computed when it was made. */
export interface PackageDocumentChecksums {
  documentId: string;
  title: string;
  /** The PDF's bytes. */
  file: string;
  /** Title, country, year, language, status, pages and the file's name and digest. */
  record: string;
  /** Every clause: number, kind, heading, path, text, pages, anchors, in order. */
  clauses: string;
  /** Every suggestion sent: which clause, which provision, score and matched terms. */
  suggestions: string;
}

/** A decision recorded in the project when the package was made, sent with it (none when blind). */
export type SentDecision = Omit<ReviewerDecision, 'recordedAt'>;

export interface PackageManifest {
  format: typeof PACKAGE_FORMAT;
  formatVersion: number;
  packageId: string;
  /** The project the package was made from; only that project takes it back. */
  projectId: string;
  /** The standards catalog it was made with; the package carries that catalog. */
  catalog: { version: string | null; fingerprint: string; sha256: string };
  madeFor: string;
  blind: boolean;
  createdAt: string;
  createdBy: string;
  selection: PackageSelection;
  documents: PackageDocumentChecksums[];
  suggestions: number;
  /** The lead's decisions sent with the package (none when blind): the reviewer's are told from them. */
  leadDecisions: SentDecision[];
  /** HMAC-SHA256 of the rest under the source project's secret, which never leaves that project. */
  signature: string;
}

export type UnsignedManifest = Omit<PackageManifest, 'signature'>;

/** JSON with object keys in sorted order, so the same manifest always signs to the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Reads a stored manifest; undefined when the text is not one (not a package, or damaged). */
export function parseManifest(text: string | undefined): PackageManifest | undefined {
  if (!text) return undefined;
  try {
    const m = JSON.parse(text) as Partial<PackageManifest>;
    const ok =
      m.format === PACKAGE_FORMAT &&
      typeof m.packageId === 'string' &&
      typeof m.projectId === 'string' &&
      typeof m.signature === 'string' &&
      Array.isArray(m.documents) &&
      Array.isArray(m.leadDecisions) &&
      typeof m.catalog?.fingerprint === 'string';
    return ok ? (m as PackageManifest) : undefined;
  } catch {
    return undefined;
  }
}

/** What a reviewer decided on one suggestion of a package, with what it is about. */
export interface ReturnedDecision extends SentDecision {
  clauseId: string;
  provisionId: string;
}

/** Who reviewed a package and when: one line per reviewer name found in it. */
export interface PackageReviewer {
  name: string;
  decisions: number;
  first: string;
  last: string;
}

export function reviewersOf(decisions: ReturnedDecision[]): PackageReviewer[] {
  const by = new Map<string, PackageReviewer>();
  for (const d of decisions) {
    const r = by.get(d.reviewer);
    if (!r) by.set(d.reviewer, { name: d.reviewer, decisions: 1, first: d.at, last: d.at });
    else {
      r.decisions++;
      if (d.at < r.first) r.first = d.at;
      if (d.at > r.last) r.last = d.at;
    }
  }
  return [...by.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Whether two records of one reviewer's decision say the same (its time included). */
export function sameDecisionRecord(
  a: Pick<SentDecision, 'status' | 'coverage' | 'note' | 'at'>,
  b: Pick<SentDecision, 'status' | 'coverage' | 'note' | 'at'>,
): boolean {
  return a.status === b.status && a.coverage === b.coverage && a.note === b.note && a.at === b.at;
}
