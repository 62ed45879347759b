// An imported law read again from its stored PDF with fresh OCR (a poor text layer, no sections found,
// a scan read before OCR improved): the new clauses replace the old in one transaction, and clauses
// whose number and text are unchanged keep their reviews.
import type { ImportedDocument, JobProgress } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { Clause, DocumentRecord, SegmentedClause } from '../../shared/model';
import { clauseId } from '../../shared/segment/clause-ids';
import type { Store, StoreTx } from '../store/store';
import { readLaw, type ReadLaw } from './read-law';

export interface RereadOptions {
  password?: string;
  actor?: string;
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
}

const readingOf = (law: ReadLaw) => ({
  ocrPages: law.ocrPages,
  failedPages: law.failedPages,
  textQualityWarning: law.textQualityWarning ?? null,
  numberingWarnings: law.numberingWarnings,
});

const cite = (c: Pick<Clause, 'kind' | 'number'>) => `${c.kind === 'article' ? 'art.' : 's.'} ${c.number}`;

/**
 * The document's clauses become `incoming`: one whose id (eid), number and text are unchanged is kept
 * as it is (with its suggestions and reviews) and takes its new place, heading and anchors; the others
 * go, with their suggestions. A reviewed clause that would go stops it all (conflict).
 */
async function replaceClauses(
  tx: StoreTx,
  doc: DocumentRecord,
  incoming: SegmentedClause[],
): Promise<{ kept: number; replaced: number }> {
  const old = await tx.listClauses(doc.id);
  const next = new Map(incoming.map((c) => [clauseId(doc.id, c.eid), c]));
  const unchanged = new Set(
    old
      .filter((o) => next.get(o.id)?.number === o.number && next.get(o.id)?.text === o.text)
      .map((o) => o.id),
  );
  const reviewed = new Set<string>();
  for (const status of ['accepted', 'rejected'] as const)
    for (const s of await tx.listSuggestions({ documentId: doc.id, status })) reviewed.add(s.clauseId);
  // A suggestion reviewers disagree on is undecided, yet reviewed.
  for (const d of await tx.listReviewerDecisions({ documentId: doc.id })) reviewed.add(d.clauseId);
  const lost = old.filter((o) => reviewed.has(o.id) && !unchanged.has(o.id));
  if (lost.length > 0)
    throw new ApiError(
      'conflict',
      `${doc.file}: not re-read, because the new reading changes ${lost.length} reviewed clause(s) (${lost.map(cite).join(', ')}) and their reviews would be lost; nothing was changed`,
      doc.file,
    );
  for (const o of old) if (!unchanged.has(o.id)) await tx.deleteClause(o.id);
  const ids: string[] = [];
  for (const [id, c] of next) {
    await tx.saveClause({ ...c, id, documentId: doc.id, ordinal: ids.length });
    ids.push(id);
  }
  await tx.orderClauses(doc.id, ids);
  return { kept: unchanged.size, replaced: incoming.length - unchanged.size };
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
    ocr: 'force',
    signal: options.signal,
    onProgress: (stage, fraction) => progress(stage, fraction * 0.9),
  });
  progress('saving', 0.95);
  const { kept, replaced } = await store.transaction(async (tx) => {
    const counts = await replaceClauses(tx, doc, law.clauses);
    await tx.updateDocument(doc.id, readingOf(law));
    await tx.appendAudit(
      {
        actor: options.actor ?? 'lexgap',
        action: 'reread',
        entity: 'document',
        entityId: doc.id,
        before: { clauses: doc.clauses, ocrPages: doc.ocrPages },
        after: { clauses: law.clauses.length, ocrPages: law.ocrPages, kept: counts.kept },
      },
      new Date().toISOString(),
    );
    return counts;
  });
  const message = `${file}: re-read with OCR, ${law.clauses.length} clauses (${kept} unchanged kept their reviews, ${replaced} new or changed)`;
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
