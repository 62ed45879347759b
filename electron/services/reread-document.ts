// An imported law read again from its stored PDF with fresh OCR (a poor text layer, no sections found,
// a scan read before OCR improved): the reading becomes the law's next version (new-version.ts) in one
// transaction: unchanged clauses keep their reviews, changed ones go back to review.
import type { ImportedDocument, JobProgress } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { DocumentRecord } from '../../shared/model';
import type { Store } from '../store/store';
import { refreshAmendmentLinks } from './amendment-links';
import { applyNewVersion, describeVersion, readingOf } from './new-version';
import { READ_SHARE } from './import-row';
import { readLaw } from './read-law';

export interface RereadOptions {
  password?: string;
  actor?: string;
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
}

/** Re-reads `doc` (whose PDF is `bytes`) with every page OCR'd, replacing its clauses. */
export async function rereadWithOcr(
  store: Store,
  doc: DocumentRecord,
  bytes: Uint8Array,
  options: RereadOptions = {},
): Promise<ImportedDocument> {
  const file = doc.file;
  const progress = (stage: JobProgress['stage'], fraction: number, message?: string) =>
    options.onProgress?.({ file, stage, fraction, message });
  const law = await readLaw(bytes, {
    fileName: file,
    password: options.password,
    language: doc.language,
    country: doc.country,
    ocr: 'force',
    signal: options.signal,
    onProgress: (stage, fraction) => progress(stage, fraction * READ_SHARE),
  });
  progress('saving', 0.95);
  const version = await store.transaction(async (tx) => {
    const now = new Date().toISOString();
    const current = (await tx.getDocument(doc.id)) ?? doc;
    const v = await applyNewVersion(tx, {
      doc: current,
      clauses: law.clauses,
      reading: readingOf(law),
      reason: 'ocr',
      actor: options.actor ?? 'lexgap',
      now,
    });
    await refreshAmendmentLinks(tx, current.country, now);
    return v;
  });
  const kept = version.counts.unchanged + version.counts.renumbered;
  const replaced = law.clauses.length - kept;
  const message = `${file}: re-read with OCR, ${law.clauses.length} clauses: ${describeVersion(version)}`;
  progress('done', 1, message);
  return {
    id: doc.id,
    file,
    title: doc.title,
    country: doc.country,
    jurisdiction: doc.jurisdiction,
    pages: law.pageCount,
    clauses: law.clauses.length,
    ocrPages: law.ocrPages,
    failedPages: law.failedPages,
    numberingWarnings: law.numberingWarnings,
    reread: { kept, replaced, message },
    version: { number: version.version, counts: version.counts, message },
    ...(law.textQualityWarning ? { textQualityWarning: law.textQualityWarning } : {}),
  };
}

/** Re-reads a stored document by id. */
export async function rereadDocument(
  store: Store,
  documentId: string,
  options: RereadOptions = {},
): Promise<ImportedDocument> {
  const doc = await store.getDocument(documentId);
  const file = await store.getDocumentFile(documentId);
  if (!doc || !file) throw new ApiError('not_found', `no document ${documentId}`);
  return rereadWithOcr(store, doc, file.data, options);
}
