// Long work as jobs the UI polls and cancels: importing and tagging in the background, once for
// everyone (electron/services/jobs.ts): the same work asked for while it runs joins the running job.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { JOB_WAIT_MS, type ImportFile, type LexgapApi } from '../../../shared/api/contract';
import { importFileName, READ_SHARE } from '../../services/import-row';
import { importJurisdiction } from '../../services/import-jurisdiction';
import { watchReadAhead } from '../../services/read-ahead';
import type { HandlerContext } from '../handler-context';
import { importing, prestartReaders } from './documents';

/** The SHA-256 of a file to import, or null where it cannot be read (the import itself says why). */
async function shaOf(file: ImportFile): Promise<string | null> {
  try {
    const bytes =
      file.dataBase64 !== undefined ? Buffer.from(file.dataBase64, 'base64') : await fs.readFile(file.path!);
    return createHash('sha256').update(bytes).digest('hex');
  } catch {
    return null;
  }
}

export function jobHandlers({ store, jobs, catalog, mustGetDocument, countryOf, reviewer }: HandlerContext) {
  return {
    async startImport(args) {
      importJurisdiction(args.jurisdiction, countryOf(args.country));
      prestartReaders(args.files);
      const names = args.files.map(importFileName);
      const actor = await reviewer();
      // The same bytes already being imported, by anyone: that import, not a second one. A new
      // version of a law is other work than the same file as a law of its own.
      const shas = await Promise.all(args.files.map(shaOf));
      const keys = shas.includes(null) ? [] : shas.map((sha) => `${sha}:${args.newVersionOf ?? ''}`);
      return jobs.start(
        'import',
        names,
        async (report, signal) => {
          // A file the command line reads ahead is being read already: its row says so, with how far.
          for (const [index, file] of args.files.entries())
            watchReadAhead(file.path, (done, total) =>
              report(index, {
                file: names[index],
                stage: 'reading',
                fraction: total > 0 ? (done / total) * READ_SHARE : 0,
              }),
            );
          return {
            importResult: await (
              await importing()
            ).importDocuments(store, args, { onProgress: report, signal, actor }),
          };
        },
        { startedBy: actor, keys },
      );
    },

    async startReread({ documentId, password }) {
      const doc = await mustGetDocument(documentId);
      const actor = await reviewer();
      return jobs.start(
        'import',
        [doc.file],
        async (report, signal) => {
          const { rereadDocument } = await import('../../services/reread-document');
          const reread = await rereadDocument(store, documentId, {
            password,
            actor,
            signal,
            onProgress: (progress) => report(0, progress),
          });
          return { importResult: { documents: [reread], failed: [], skipped: [] } };
        },
        { startedBy: actor, keys: [`reread:${documentId}`], reread: true, about: doc.title },
      );
    },

    async startTagging(args) {
      const doc = args.documentId ? await mustGetDocument(args.documentId) : undefined;
      // Tagging every law covers each one of them: asking for one law while all are tagged joins that.
      const keys = args.documentId
        ? [args.documentId]
        : ['*', ...(await store.listDocuments()).map((d) => d.id)];
      return jobs.start(
        'tag',
        ['suggestions'],
        async (report, signal) => {
          // The matcher's code is loaded by tagging, not by every command that opens the app.
          const { tagDocuments } = await import('../../services/tag-documents');
          return {
            tagResult: await tagDocuments(store, await catalog(), {
              documentId: args.documentId,
              signal,
              onProgress: (fraction) => report(0, { file: 'suggestions', stage: 'matching', fraction }),
            }),
          };
        },
        { startedBy: await reviewer(), keys, about: doc?.title },
      );
    },

    getJob: async ({ jobId }) => jobs.get(jobId),
    waitForJob: async ({ jobId }) => jobs.wait(jobId, JOB_WAIT_MS),
    cancelJob: async ({ jobId }) => jobs.cancel(jobId),
    listJobs: async () => jobs.list(),
  } satisfies Partial<LexgapApi>;
}
