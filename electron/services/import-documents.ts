// Import PDFs: read each file, split it into clauses and store it in one transaction of its own,
// so a failure (or a crash) never leaves half a document behind.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { ImportArgs, ImportFile, ImportResult, JobProgress } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { normalizeCountry } from '../../shared/countries';
import { documentIdFor } from '../../shared/ids';
import { detectLanguage } from '../../shared/language/detect-language';
import { nationalUndated, type DocumentRecord } from '../../shared/model';
import type { Store } from '../store/store';
import { sameTitle, versionLikeness } from '../../shared/versions/match-versions';
import { yearInTitle } from '../../shared/segment/guess-title';
import { refreshAmendmentLinks } from './amendment-links';
import { applyNewVersion, describeVersion, readingOf } from './new-version';
import { importFileName, READ_SHARE } from './import-row';
import { importJurisdiction } from './import-jurisdiction';
import { dropReadAhead, readingAhead, takeReadAhead } from './read-ahead';
import { readLaw, type ReadLaw } from './read-law';
import { rereadWithOcr } from './reread-document';

export interface ImportHooks {
  onProgress?: (index: number, progress: JobProgress) => void;
  signal?: AbortSignal;
  /** Recorded in the audit log when an imported document is read again. */
  actor?: string;
}

async function readBytes(file: ImportFile, name: string): Promise<Uint8Array> {
  if (file.dataBase64 !== undefined) return new Uint8Array(Buffer.from(file.dataBase64, 'base64'));
  try {
    return new Uint8Array(await fs.readFile(file.path as string));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : 'cannot be read';
    throw new ApiError('not_found', `${name}: ${reason}`, name);
  }
}

/**
 * The law in the library this reading is a newer text of: the one named, else one of the country with
 * the same title and mostly the same numbered clauses (a reprint, a consolidation), else none.
 */
async function versionTarget(
  store: Store,
  args: ImportArgs,
  country: string,
  law: ReadLaw,
  title: string,
): Promise<DocumentRecord | undefined> {
  if (args.newVersionOf) {
    const doc = await store.getDocument(args.newVersionOf);
    if (!doc) throw new ApiError('not_found', `no document ${args.newVersionOf} to make a new version of`);
    return doc;
  }
  if (args.separate) return undefined;
  let best: { doc: DocumentRecord; likeness: number } | undefined;
  for (const doc of await store.listDocuments(country)) {
    // A title alike and half the clauses alike; or, whatever the titles, almost every clause.
    const needed = sameTitle(doc.title, title) ? 0.5 : 0.85;
    // Likeness is at most the ratio of the clause counts: most laws need not be read to rule them out.
    const counts = [doc.clauses, law.clauses.length];
    if (Math.min(...counts) < needed * Math.max(...counts)) continue;
    const likeness = versionLikeness(await store.listClauses(doc.id), law.clauses);
    if (likeness >= needed && (!best || likeness > best.likeness)) best = { doc, likeness };
  }
  return best?.doc;
}

export async function importDocuments(
  store: Store,
  args: ImportArgs,
  hooks: ImportHooks = {},
): Promise<ImportResult> {
  const country = normalizeCountry(args.country);
  if (!country)
    throw new ApiError('unknown_country', `"${args.country}" is not a known country code (ISO 3166 alpha-2)`);
  const jurisdiction = importJurisdiction(args.jurisdiction, country);
  const result: ImportResult = { documents: [], failed: [], skipped: [] };

  for (const [index, file] of args.files.entries()) {
    const name = importFileName(file);
    const progress = (stage: JobProgress['stage'], fraction: number, message?: string) =>
      hooks.onProgress?.(index, { file: name, stage, fraction, message });
    try {
      if (hooks.signal?.aborted) throw new ApiError('cancelled', `${name}: import cancelled`, name);
      // A file read ahead already reports how far its reading has got.
      if (!readingAhead(file.path)) progress('reading', 0);
      const bytes = await readBytes(file, name);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const skip = (existing: DocumentRecord) => {
        // OCR is worth suggesting only for a law whose text was (partly) missing or poor.
        const ocrHint =
          existing.ocrPages.length > 0 || existing.textQualityWarning
            ? ' (to read it again with OCR: lexgap import --ocr, or “Re-read with OCR” in the Library)'
            : '';
        const message = `${name} is already imported as "${existing.title}" (${existing.id}); skipped${ocrHint}`;
        result.skipped.push({ file: name, existingId: existing.id, message });
        // The progress row says only the outcome: the message itself is the import's note.
        progress('done', 1, 'skipped');
      };
      const existing = await store.findDocumentBySha(sha256);
      // Its text layer read ahead (by the command line) is wasted on a file skipped or read again by OCR.
      if (existing) dropReadAhead(file.path);
      if (existing && args.ocr === 'force') {
        // Already imported and OCR asked for: read it again, replacing its clauses.
        result.documents.push(
          await rereadWithOcr(store, existing, bytes, {
            password: file.password ?? args.password,
            actor: hooks.actor,
            signal: hooks.signal,
            onProgress: (p) => progress(p.stage, p.fraction, p.message),
          }),
        );
        continue;
      }
      if (existing) {
        skip(existing);
        continue;
      }
      const earlier = await store.findVersionBySha(sha256);
      const earlierOf = earlier && (await store.getDocument(earlier.documentId));
      if (earlier && earlierOf) {
        dropReadAhead(file.path);
        const message = `${name} is version ${earlier.version} of "${earlierOf.title}" (${earlierOf.id}), which has a newer text now; skipped`;
        result.skipped.push({ file: name, existingId: earlierOf.id, message });
        progress('done', 1, 'skipped');
        continue;
      }
      const password = file.password ?? args.password;
      const law = await readLaw(bytes, {
        fileName: name,
        password,
        ahead: takeReadAhead(file.path, bytes, password),
        language: args.language,
        country,
        ocr: args.ocr ?? 'auto',
        signal: hooks.signal,
        onProgress: (stage, fraction) => progress(stage, fraction * READ_SHARE),
      });
      const title =
        (args.files.length === 1 ? args.title : undefined) ??
        law.titleGuess ??
        name.replace(/\.pdf$/i, '').replace(/[_]+/g, ' ');
      const language =
        args.language ??
        detectLanguage(
          law.clauses
            .slice(0, 40)
            .map((c) => `${c.heading} ${c.text}`)
            .join('\n'),
        );
      progress('saving', 0.95);
      const target = await versionTarget(store, args, country, law, title);
      const now = new Date().toISOString();
      const saved = await store.transaction(async (tx) => {
        // The same file may have been imported by another call while this one read it.
        const again = await tx.findDocumentBySha(sha256);
        if (again) return { again };
        const previous = target && (await tx.getDocument(target.id));
        if (previous) {
          const version = await applyNewVersion(tx, {
            doc: previous,
            clauses: law.clauses,
            text: {
              file: name,
              sha256,
              pages: law.pageCount,
              importedAt: now,
              fileBytes: bytes,
              ...(law.printedPages ? { pageLabels: law.printedPages } : {}),
            },
            reading: readingOf(law),
            reason: 'new_text',
            actor: hooks.actor ?? 'lexgap',
            now,
          });
          await refreshAmendmentLinks(tx, previous.country, now);
          return { version, previous };
        }
        const record = await tx.insertDocument({
          record: {
            id: documentIdFor(sha256),
            file: name,
            title,
            country,
            year:
              args.files.length === 1 && args.year !== undefined
                ? args.year
                : (yearInTitle(title) ?? law.yearGuess),
            language,
            status: 'unknown',
            ...nationalUndated(),
            jurisdiction,
            pages: law.pageCount,
            sha256,
            importedAt: now,
            ocrPages: law.ocrPages,
            failedPages: law.failedPages,
            textQualityWarning: law.textQualityWarning ?? null,
            numberingWarnings: law.numberingWarnings,
          },
          fileName: name,
          fileBytes: bytes,
          clauses: law.clauses,
          ...(law.printedPages ? { pageLabels: law.printedPages } : {}),
        });
        await refreshAmendmentLinks(tx, country, now);
        return { record };
      });
      if (saved.again) {
        skip(saved.again);
        continue;
      }
      if (saved.previous) {
        const { version, previous } = saved;
        const message = `${name}: version ${version.version} of "${previous.title}": ${describeVersion(version)}`;
        result.documents.push({
          id: previous.id,
          file: name,
          title: previous.title,
          country: previous.country,
          jurisdiction: previous.jurisdiction,
          pages: law.pageCount,
          clauses: law.clauses.length,
          ocrPages: law.ocrPages,
          failedPages: law.failedPages,
          numberingWarnings: law.numberingWarnings,
          version: { number: version.version, counts: version.counts, message },
          ...(law.textQualityWarning ? { textQualityWarning: law.textQualityWarning } : {}),
        });
        // The progress row says only the outcome, as for a skipped file: the message is the import's note.
        progress('done', 1, `version ${version.version}`);
        continue;
      }
      const { record } = saved;
      result.documents.push({
        id: record.id,
        file: name,
        title: record.title,
        country,
        jurisdiction,
        pages: record.pages,
        clauses: record.clauses,
        ocrPages: law.ocrPages,
        failedPages: law.failedPages,
        numberingWarnings: law.numberingWarnings,
        ...(law.textQualityWarning ? { textQualityWarning: law.textQualityWarning } : {}),
      });
      const warnings = law.numberingWarnings;
      progress(
        'done',
        1,
        warnings.length === 0
          ? undefined
          : `${law.clauses.length} clauses; ${warnings[0]}${warnings.length > 1 ? ` (+${warnings.length - 1} more)` : ''}`,
      );
    } catch (error) {
      const info =
        error instanceof ApiError
          ? error
          : new ApiError(
              'internal',
              `${name}: ${error instanceof Error ? error.message : String(error)}`,
              name,
            );
      // Its reading ahead, if no reading took it over, would go on and report the file again.
      dropReadAhead(file.path);
      result.failed.push({ file: name, code: info.code, message: info.message });
      progress(info.code === 'cancelled' ? 'cancelled' : 'failed', 1, info.message);
    }
  }
  return result;
}
