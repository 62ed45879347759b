// Review packages: sending a country's laws to a reviewer elsewhere, opening one in this window, and
// taking a returned one's decisions in. The work itself is in electron/services/package/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FileArg, LexgapApi, PackageImportResult, ProjectInfo } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { describeImport } from '../../../shared/package/describe-import';
import { reviewersOf } from '../../../shared/package/manifest';
import { exportPackage } from '../../services/package/export-package';
import { mergeReturnedDecisions } from '../../services/package/merge-returned';
import { PROJECT_ID_SETTING, projectIdentity } from '../../services/package/project-identity';
import {
  checkAgainstAudit,
  openPackageCopy,
  returnedDecisions,
  verifyContent,
  verifyPackage,
} from '../../services/package/read-package';
import type { HandlerContext } from '../handler-context';

/** A file given by path, or uploaded as bytes: a path either way, and how to tidy up after. */
function materialize(file: FileArg): { path: string; name: string; cleanup: () => void } {
  if (file.path) return { path: path.resolve(file.path), name: path.basename(file.path), cleanup: () => {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-upload-'));
  const name = path.basename(file.name ?? 'package.lexgap');
  const where = path.join(dir, 'upload.lexgap');
  fs.writeFileSync(where, Buffer.from(file.dataBase64 ?? '', 'base64'));
  return { path: where, name, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * "PK-review-Ministry-of-Human-Rights.lexgap"; saved by its reviewer to send back,
 * "PK-review-Ministry-of-Human-Rights-returned.lexgap", never mistaken for (or saved over) the one sent.
 */
export function packageFileName(country: string, madeFor: string, returned = false): string {
  const who = madeFor
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${country}-review${who ? `-${who}` : ''}${returned ? '-returned' : ''}.lexgap`;
}

const notHere = (what: string) =>
  new ApiError(
    'conflict',
    `${what} is done in the app; on the command line, work on a package with --db FILE.lexgap`,
  );

export function packageHandlers(ctx: HandlerContext) {
  const { store, catalog, countryOf, audited, reviewer, leadReviewer, switcher, package: manifest } = ctx;

  async function project(): Promise<ProjectInfo> {
    const projectId = (await store.getSetting(PROJECT_ID_SETTING)) ?? null;
    if (!manifest) return { projectId, package: null };
    return {
      projectId: manifest.projectId,
      package: {
        packageId: manifest.packageId,
        madeFor: manifest.madeFor,
        blind: manifest.blind,
        createdAt: manifest.createdAt,
        createdBy: manifest.createdBy,
        country: manifest.selection.country,
        documents: manifest.selection.documentIds.length,
        suggestions: manifest.suggestions,
        reviewers: reviewersOf(await returnedDecisions(store, manifest)),
        canClose: switcher !== undefined,
      },
    };
  }

  /** Checks a returned package, then records its decisions, all in one transaction. */
  async function importReturned(file: string, name: string): Promise<PackageImportResult> {
    const opened = await openPackageCopy(file, name);
    try {
      await verifyPackage(opened, await projectIdentity(store), await catalog(), name);
      const decisions = await returnedDecisions(opened.store, opened.manifest);
      await checkAgainstAudit(opened.store, decisions, name);
      const merged = await mergeReturnedDecisions(
        ctx,
        opened.manifest,
        decisions,
        async (id) => (await opened.store.getSuggestions([id]))[0],
        name,
      );
      const result = {
        packageId: opened.manifest.packageId,
        madeFor: opened.manifest.madeFor,
        reviewers: reviewersOf(decisions),
        decisions: decisions.length,
        recorded: merged.recorded,
        unchanged: merged.unchanged,
        notRecorded: merged.notRecorded.length,
      };
      return { ...result, summary: describeImport(name, result) };
    } finally {
      await opened.close();
    }
  }

  return {
    getProject: project,

    async exportPackage({ country, documentIds, frameworks, madeFor, blind = false, path: out }) {
      const iso = countryOf(country);
      const createdBy = await reviewer();
      const dir = out ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-package-'));
      const fileName = out ? path.basename(out) : packageFileName(iso, madeFor);
      try {
        const made = await exportPackage(store, await catalog(), {
          country: iso,
          documentIds,
          frameworks,
          madeFor: madeFor.trim(),
          blind,
          createdBy,
          lead: await leadReviewer(),
          now: new Date().toISOString(),
          out: out ?? path.join(dir!, fileName),
        });
        const m = made.manifest;
        await audited(async (_tx, { actor }) => ({
          value: undefined,
          audit: [
            {
              actor,
              action: 'package-export',
              entity: 'package',
              entityId: m.packageId,
              before: null,
              after: {
                madeFor: m.madeFor,
                blind: m.blind,
                selection: m.selection,
                suggestions: m.suggestions,
              },
            },
          ],
        }));
        return {
          packageId: m.packageId,
          fileName,
          bytes: made.bytes,
          ...(out ? { path: made.path } : { dataBase64: fs.readFileSync(made.path).toString('base64') }),
          madeFor: m.madeFor,
          blind: m.blind,
          documents: m.documents.length,
          suggestions: m.suggestions,
          leadDecisions: m.leadDecisions.length,
        };
      } finally {
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
      }
    },

    async importPackage(file) {
      const given = materialize(file);
      try {
        return await importReturned(given.path, given.name);
      } catch (error) {
        // Every refusal says that the project is as it was.
        if (error instanceof ApiError && error.code !== 'internal')
          throw new ApiError(error.code, `${error.message}; nothing was imported`, error.file);
        throw error;
      } finally {
        given.cleanup();
      }
    },
    async openPackage(file) {
      if (!switcher) throw notHere('Opening a review package in place of the project');
      const given = materialize(file);
      try {
        // Damaged on its way here: better said now than found out when it goes back.
        const opened = await openPackageCopy(given.path, given.name);
        const { packageId } = opened.manifest;
        try {
          await verifyContent(opened, given.name);
        } finally {
          await opened.close();
        }
        // One file per package in the workspace: opening the same package again goes back to the
        // work already done in it rather than starting afresh.
        fs.mkdirSync(switcher.packagesDir, { recursive: true });
        const target = path.join(switcher.packagesDir, `${packageId}.lexgap`);
        const reopened = fs.existsSync(target);
        if (!reopened) fs.copyFileSync(given.path, target);
        // The reviewer's own name, where their project has one, rather than the addressee's.
        const own = manifest ? undefined : await store.getSetting('reviewerName');
        const api = await switcher.openPackage(target);
        if (!reopened && own) await api.updateSettings({ reviewerName: own });
        return { ...(await api.getProject({})), reopened };
      } finally {
        given.cleanup();
      }
    },

    async closePackage() {
      if (!switcher) throw notHere('Closing a review package');
      if (!manifest) return project();
      return (await switcher.closePackage()).getProject({});
    },

    async getPackageFile() {
      if (!manifest) throw new ApiError('conflict', 'no review package is open in this window');
      if (!switcher) throw notHere('Saving the open package');
      const data = await switcher.readCurrentFile();
      return {
        fileName: packageFileName(manifest.selection.country, manifest.madeFor, true),
        dataBase64: Buffer.from(data).toString('base64'),
      };
    },
  } satisfies Partial<LexgapApi>;
}
