// What a review package holds of each law, reduced to SHA-256 checksums: computed on the package when
// it is made and again when it comes back, so a law, clause or suggestion changed outside Lexgap shows.
import { createHash } from 'node:crypto';
import type { PackageDocumentChecksums } from '../../../shared/package/manifest';
import type { StoreReads } from '../../store/store';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** One JSON line per item, in a fixed order: any change to any item changes the checksum. */
function digestLines(items: unknown[]): string {
  const hash = createHash('sha256');
  for (const item of items) hash.update(`${JSON.stringify(item)}\n`);
  return hash.digest('hex');
}

export async function documentChecksums(
  reads: StoreReads,
  documentId: string,
): Promise<PackageDocumentChecksums | undefined> {
  const doc = await reads.getDocument(documentId);
  const file = await reads.getDocumentFile(documentId);
  if (!doc || !file) return undefined;
  const fileSum = sha256(file.data);
  const clauses = await reads.listClauses(documentId);
  const suggestions = (await reads.listSuggestions({ documentId })).sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    documentId,
    title: doc.title,
    file: fileSum,
    record: digestLines([
      [doc.id, doc.file, doc.title, doc.country, doc.year, doc.language, doc.status, doc.pages, doc.sha256],
      [file.name, fileSum, doc.ocrPages, (await reads.getPageLabels(documentId)) ?? null],
    ]),
    clauses: digestLines(
      clauses.map((c) => [
        c.id,
        c.ordinal,
        c.eid,
        c.number,
        c.kind,
        c.heading,
        c.path,
        c.text,
        c.pageStart,
        c.pageEnd,
        c.boxes,
        c.source,
        c.ocrConfidence,
      ]),
    ),
    suggestions: digestLines(
      suggestions.map((s) => [s.id, s.clauseId, s.documentId, s.provisionId, s.score, s.matched, s.origin]),
    ),
  };
}

export const catalogChecksum = (catalogJson: string) => sha256(catalogJson);
