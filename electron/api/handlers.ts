// createHandlers: the only implementation of LexgapApi. Every transport reaches it through dispatch.
import fs from 'node:fs/promises';
import os from 'node:os';
import type { LexgapApi } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { Catalog } from '../../shared/catalog/types';
import { countryName, normalizeCountry } from '../../shared/countries';
import { buildMatrix } from '../../shared/matrix/build-matrix';
import type { Suggestion } from '../../shared/model';
import { applyReview } from '../../shared/review/apply-review';
import { createJobs } from '../services/jobs';
import { loadCatalog } from '../services/load-catalog';
import { tagDocuments } from '../services/tag-documents';
import { newId, openSqliteStore } from '../store/sqlite-store';
import type { Store } from '../store/store';

// Loaded on first use: reading PDFs (pdf.js, OCR, a 275,000-word dictionary) and writing
// workbooks (exceljs) take a few hundred milliseconds to load, which `lexgap tag` and the
// other commands should not pay for at start.
const importing = () => import('../services/import-documents');
const exporting = () => import('../services/export-matrix');

export interface HandlerOptions {
  dbPath: string;
  /** The folder holding `standards/`; the packaged app passes its resources path. */
  resourcesDir?: string;
}

const now = () => new Date().toISOString();

function filterCatalog(catalog: Catalog, framework?: string): Catalog {
  if (!framework) return catalog;
  const frameworks = catalog.frameworks.filter((f) => f.id === framework);
  if (!frameworks.length) throw new ApiError('not_found', `no framework "${framework}"`);
  return {
    ...catalog,
    frameworks,
    ratifications: catalog.ratifications.filter((r) => r.frameworkId === framework),
  };
}

export async function createHandlers(
  options: HandlerOptions,
): Promise<{ api: LexgapApi; store: Store; close(): Promise<void> }> {
  const store = await openSqliteStore(options.dbPath);
  const jobs = createJobs();
  let catalog: Catalog | undefined;
  const getCatalog = () => (catalog ??= loadCatalog(options.resourcesDir));

  const provisionTitles = () => {
    const titles = new Map<string, string>();
    for (const f of getCatalog().frameworks) for (const p of f.provisions) titles.set(p.id, p.title);
    return titles;
  };
  const reviewer = async () => (await store.getSetting('reviewerName')) ?? os.userInfo().username;

  const mustGetDocument = async (documentId: string) => {
    const doc = await store.getDocument(documentId);
    if (!doc) throw new ApiError('not_found', `no document ${documentId}`);
    return doc;
  };
  const countryOf = (code: string) => {
    const iso = normalizeCountry(code);
    if (!iso)
      throw new ApiError('unknown_country', `"${code}" is not a known country code (ISO 3166 alpha-2)`);
    return iso;
  };

  const matrixFor = async (args: { frameworks?: string[]; countries?: string[] }) => {
    const cat = getCatalog();
    const known = new Set(cat.frameworks.map((f) => f.id));
    for (const f of args.frameworks ?? []) {
      if (!known.has(f)) throw new ApiError('not_found', `no framework "${f}"`);
    }
    const codes = args.countries?.length
      ? args.countries.map(countryOf)
      : [...new Set((await store.listDocuments()).map((d) => d.country))].sort();
    const stateNames = new Map(cat.states.map((s) => [s.code, s.name]));
    return buildMatrix({
      catalog: cat,
      countries: codes.map((code) => ({ code, name: stateNames.get(code) ?? countryName(code) })),
      tags: await store.acceptedTags(codes),
      overrides: await store.listOverrides(codes),
      frameworks: args.frameworks,
    });
  };

  const api: LexgapApi = {
    importDocuments: async (args) => (await importing()).importDocuments(store, args),

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
        tagResult: await tagDocuments(store, getCatalog(), {
          documentId: args.documentId,
          signal,
          onProgress: (fraction) => report(0, { file: 'suggestions', stage: 'segmenting', fraction }),
        }),
      }));
      return { jobId };
    },

    getJob: async ({ jobId }) => jobs.get(jobId),
    cancelJob: async ({ jobId }) => jobs.cancel(jobId),

    async listCountries() {
      const counts = new Map<string, number>();
      for (const d of await store.listDocuments()) counts.set(d.country, (counts.get(d.country) ?? 0) + 1);
      return [...counts].map(([code, documents]) => ({ code, name: countryName(code), documents }));
    },

    listDocuments: async ({ country }) => store.listDocuments(country ? countryOf(country) : undefined),
    getDocument: async ({ documentId }) => mustGetDocument(documentId),

    async updateDocument({ documentId, ...patch }) {
      const before = await mustGetDocument(documentId);
      const actor = await reviewer();
      await store.transaction(async (tx) => {
        await tx.updateDocument(documentId, patch);
        await tx.appendAudit(
          { actor, action: 'update', entity: 'document', entityId: documentId, before, after: patch },
          now(),
        );
      });
      return mustGetDocument(documentId);
    },

    async deleteDocument({ documentId }) {
      const before = await mustGetDocument(documentId);
      const actor = await reviewer();
      const deleted = await store.transaction(async (tx) => {
        const gone = await tx.deleteDocument(documentId);
        await tx.appendAudit(
          { actor, action: 'delete', entity: 'document', entityId: documentId, before, after: null },
          now(),
        );
        return gone;
      });
      return { deleted };
    },

    async getDocumentFile({ documentId }) {
      const file = await store.getDocumentFile(documentId);
      if (!file) throw new ApiError('not_found', `no document ${documentId}`);
      return { name: file.name, dataBase64: Buffer.from(file.data).toString('base64') };
    },

    async listClauses({ documentId }) {
      await mustGetDocument(documentId);
      return store.listClauses(documentId);
    },

    async tagDocuments({ documentId }) {
      if (documentId) await mustGetDocument(documentId);
      return tagDocuments(store, getCatalog(), { documentId });
    },

    async listSuggestions(query) {
      const titles = provisionTitles();
      return (await store.listSuggestions(query)).map((s) => ({
        ...s,
        provisionTitle: titles.get(s.provisionId) ?? '',
      }));
    },

    async reviewSuggestions({ ids, decision, coverage, note }) {
      const found = await store.getSuggestions(ids);
      const missing = ids.filter((id) => !found.some((s) => s.id === id));
      if (missing.length) throw new ApiError('not_found', `no suggestion ${missing.join(', ')}`);
      const actor = await reviewer();
      const at = now();
      const batch = newId('b');
      const updated = found.map((s) => applyReview(s, { decision, coverage, note }, actor, at));
      await store.transaction(async (tx) => {
        for (const [i, s] of updated.entries()) {
          await tx.saveSuggestion(s);
          await tx.appendAudit(
            {
              actor,
              action: 'review',
              entity: 'suggestion',
              entityId: s.id,
              before: found[i],
              after: s,
              batch,
            },
            at,
          );
        }
      });
      return updated;
    },

    async undoLastReview() {
      const last = await store.lastReviewBatch();
      if (!last) return { undone: 0 };
      const actor = await reviewer();
      const at = now();
      await store.transaction(async (tx) => {
        for (const e of last.entries) {
          const before = e.before as Suggestion;
          await tx.saveSuggestion(before);
          // Same batch id: the undone batch is then not offered for undo again.
          await tx.appendAudit(
            {
              actor,
              action: 'undo',
              entity: 'suggestion',
              entityId: e.entityId,
              before: e.after,
              after: before,
              batch: last.batch,
            },
            at,
          );
        }
      });
      return { undone: last.entries.length };
    },

    async addManualTag({ clauseId, provisionId, coverage, note }) {
      const clause = await store.getClause(clauseId);
      if (!clause) throw new ApiError('not_found', `no clause ${clauseId}`);
      if (!provisionTitles().has(provisionId)) throw new ApiError('not_found', `no provision ${provisionId}`);
      const existing = (await store.listSuggestions({ clauseId })).find((s) => s.provisionId === provisionId);
      const actor = await reviewer();
      const at = now();
      const before: Suggestion | null = existing ?? null;
      const tag: Suggestion = {
        id: existing?.id ?? newId('s'),
        clauseId,
        documentId: clause.documentId,
        provisionId,
        score: existing?.score ?? 1,
        matched: existing?.matched ?? [],
        status: 'accepted',
        coverage,
        note: note ?? null,
        reviewer: actor,
        reviewedAt: at,
        origin: existing?.origin ?? 'manual',
        createdAt: existing?.createdAt ?? at,
      };
      await store.transaction(async (tx) => {
        await tx.saveSuggestion(tag);
        await tx.appendAudit(
          { actor, action: 'tag', entity: 'suggestion', entityId: tag.id, before, after: tag },
          at,
        );
      });
      return tag;
    },

    listAudit: async ({ entityId, limit }) => store.listAudit(entityId, limit),
    listStandards: async ({ framework }) => filterCatalog(getCatalog(), framework),

    buildMatrix: (args) => matrixFor(args),

    async setCellOverride({ country, provisionId, level, rationale, reviewedDocumentIds }) {
      const iso = countryOf(country);
      if (!provisionTitles().has(provisionId)) throw new ApiError('not_found', `no provision ${provisionId}`);
      const before = (await store.listOverrides([iso])).find((o) => o.provisionId === provisionId) ?? null;
      const override = {
        country: iso,
        provisionId,
        level,
        rationale,
        reviewedDocumentIds: reviewedDocumentIds ?? [],
        reviewer: await reviewer(),
        at: now(),
      };
      await store.transaction(async (tx) => {
        await tx.setOverride(override);
        await tx.appendAudit(
          {
            actor: override.reviewer,
            action: 'override',
            entity: 'cell',
            entityId: `${iso}/${provisionId}`,
            before,
            after: override,
          },
          override.at,
        );
      });
      return override;
    },

    async clearCellOverride({ country, provisionId }) {
      const iso = countryOf(country);
      const before = (await store.listOverrides([iso])).find((o) => o.provisionId === provisionId) ?? null;
      const actor = await reviewer();
      const cleared = await store.transaction(async (tx) => {
        const gone = await tx.clearOverride(iso, provisionId);
        if (gone) {
          await tx.appendAudit(
            {
              actor,
              action: 'clear-override',
              entity: 'cell',
              entityId: `${iso}/${provisionId}`,
              before,
              after: null,
            },
            now(),
          );
        }
        return gone;
      });
      return { cleared };
    },

    async exportMatrix({ format, path: outPath, ...selection }) {
      const matrix = await matrixFor(selection);
      const file = await (await exporting()).exportMatrix(matrix, getCatalog(), format);
      if (outPath) {
        await fs.writeFile(outPath, file.data);
        for (const extra of file.extraFiles ?? []) {
          await fs.writeFile(outPath.replace(/(\.[^./\\]+)?$/, extra.suffix), extra.data);
        }
        return { fileName: file.fileName, mime: file.mime, bytes: file.data.byteLength, path: outPath };
      }
      return {
        fileName: file.fileName,
        mime: file.mime,
        bytes: file.data.byteLength,
        dataBase64: Buffer.from(file.data).toString('base64'),
      };
    },

    getSettings: async () => ({ reviewerName: await reviewer() }),
    async updateSettings({ reviewerName }) {
      if (reviewerName !== undefined) await store.setSetting('reviewerName', reviewerName);
      return { reviewerName: await reviewer() };
    },
  };

  return {
    api,
    store,
    async close() {
      await jobs.shutdown();
      await store.close();
    },
  };
}
