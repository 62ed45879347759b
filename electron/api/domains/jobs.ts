// Long work as jobs the UI polls and cancels: importing and tagging in the background.
import type { LexgapApi } from '../../../shared/api/contract';
import { tagDocuments } from '../../services/tag-documents';
import type { HandlerContext } from '../handler-context';
import { importing } from './documents';

export function jobHandlers({ store, jobs, catalog, mustGetDocument, countryOf, reviewer }: HandlerContext) {
  return {
    async startImport(args) {
      countryOf(args.country);
      const names = args.files.map((f) => f.name ?? f.path ?? 'upload.pdf');
      const actor = await reviewer();
      const jobId = jobs.start('import', names, async (report, signal) => ({
        importResult: await (
          await importing()
        ).importDocuments(store, args, { onProgress: report, signal, actor }),
      }));
      return { jobId };
    },

    async startReread({ documentId, password }) {
      const doc = await mustGetDocument(documentId);
      const actor = await reviewer();
      const jobId = jobs.start('import', [doc.file], async (report, signal) => {
        const { rereadDocument } = await import('../../services/reread-document');
        const reread = await rereadDocument(store, documentId, {
          password,
          actor,
          signal,
          onProgress: (progress) => report(0, progress),
        });
        return { importResult: { documents: [reread], failed: [], skipped: [] } };
      });
      return { jobId };
    },

    async startTagging(args) {
      if (args.documentId) await mustGetDocument(args.documentId);
      const jobId = jobs.start('tag', ['suggestions'], async (report, signal) => ({
        tagResult: await tagDocuments(store, catalog(), {
          documentId: args.documentId,
          signal,
          onProgress: (fraction) => report(0, { file: 'suggestions', stage: 'segmenting', fraction }),
        }),
      }));
      return { jobId };
    },

    getJob: async ({ jobId }) => jobs.get(jobId),
    cancelJob: async ({ jobId }) => jobs.cancel(jobId),
  } satisfies Partial<LexgapApi>;
}
