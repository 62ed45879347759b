// Baselines: the matrix frozen under a name, and what changed since, cell by cell with its causes.
import type { LexgapApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { compareBaselines, freezeMatrix } from '../../../shared/baselines/compare-baselines';
import type { Baseline, BaselineSummary } from '../../../shared/baselines/types';
import { newId } from '../../../shared/ids';
import { writeFileNamed } from '../deliver-file';
import type { HandlerContext } from '../handler-context';
import { now } from '../handler-context';
import { matrixHandlers } from './matrix';

const summary = ({ laws, cells, catalog: _catalog, ...b }: Baseline): BaselineSummary => ({
  ...b,
  laws: laws.length,
  cells: cells.length,
});

export function baselineHandlers(ctx: HandlerContext) {
  const { store, audited, provisionTitles } = ctx;
  const matrix = matrixHandlers(ctx);
  // Every instrument, country and procedural article: a baseline is the whole project's state.
  const today = async () =>
    freezeMatrix(await matrix.buildMatrix({ includeProcedural: true }), await lawsToday());
  // Each law with what a comparison reads its causes from: the laws it is confirmed to amend, and
  // the version of its text.
  const lawsToday = async () => {
    const amends = new Map<string, string[]>();
    for (const a of await store.listAmendments())
      if (a.status === 'confirmed')
        amends.set(a.amendingDocumentId, [...(amends.get(a.amendingDocumentId) ?? []), a.amendedDocumentId]);
    return Promise.all(
      (await store.listDocuments()).map(async (d) => ({
        ...d,
        amends: amends.get(d.id) ?? [],
        version: (await store.listVersions(d.id)).at(-1)?.version ?? 1,
      })),
    );
  };
  const find = async (idOrName: string) => {
    const found = (await store.listBaselines()).find((b) => b.id === idOrName || b.name === idOrName);
    if (!found) throw new ApiError('not_found', `no baseline "${idOrName}" (see \`lexgap baseline list\`)`);
    return found;
  };
  const compare = async ({ from, to }: { from: string; to?: string }) =>
    compareBaselines(
      await find(from),
      to ? await find(to) : { id: null, name: 'Today', createdAt: now(), ...(await today()) },
    );

  return {
    async createBaseline({ name }) {
      const trimmed = name.trim();
      const contents = await today();
      const saved = await audited(async (tx, who) => {
        if ((await tx.listBaselines()).some((b) => b.name === trimmed))
          throw new ApiError(
            'conflict',
            `a baseline named "${trimmed}" exists already: baselines never change`,
          );
        const baseline: Baseline = {
          id: newId('n'),
          name: trimmed,
          createdAt: who.at,
          createdBy: who.actor,
          ...contents,
        };
        await tx.insertBaseline(baseline);
        const value = summary(baseline);
        return {
          value,
          audit: [
            {
              actor: who.actor,
              action: 'freeze',
              entity: 'baseline',
              entityId: baseline.id,
              before: null,
              after: value,
            },
          ],
        };
      });
      return saved;
    },

    listBaselines: async () => (await store.listBaselines()).map(summary),

    compareBaselines: compare,

    async exportBaselineComparison({ format, path: outPath, ...which }) {
      const { exportComparison } = await import('../../services/export-baseline');
      const file = await exportComparison(await compare(which), await provisionTitles(), format);
      if (outPath) await writeFileNamed(outPath, file.data);
      return {
        fileName: file.fileName,
        mime: file.mime,
        bytes: file.data.byteLength,
        ...(outPath ? { path: outPath } : { dataBase64: Buffer.from(file.data).toString('base64') }),
      };
    },
  } satisfies Partial<LexgapApi>;
}
