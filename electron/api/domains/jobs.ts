// Long work as jobs the UI polls and cancels: importing and tagging in the background.
import type { LexgapApi } from '../../../shared/api/contract';
import { tagDocuments } from '../../services/tag-documents';
import type { HandlerContext } from '../handler-context';
import { importing } from './documents';

export function jobHandlers({ store, jobs, catalog, mustGetDocument, countryOf }: HandlerContext) {
  return {
    async startImport(args) {
      countryOf(args.country);
      const names = args.files.map((f) => f.name ?? f.path ?? 'upload.pdf');
      const jobId = jobs.start('import', names, async (report, signal) => ({
        importResult: await (await importing()).importDocuments(store, args, { onProgress: report, signal }),
      }));
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
