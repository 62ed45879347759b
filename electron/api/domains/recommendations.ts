// Recommendations: attached to matrix cells, resting on cited laws, clauses or suggestions; every
// change audited. The rules are pure functions in shared/recommendations/.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { LexgapApi, RecommendationInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { citeClause, citeLaw } from '../../../shared/coverage/cite-clause';
import { newId } from '../../../shared/ids';
import {
  addRecommendation,
  deleteRecommendation,
  editRecommendation,
  filterRecommendations,
  importRecommendation,
  markDeletedLaws,
  type RecommendationFields,
} from '../../../shared/recommendations/recommendation-rules';
import type { Recommendation, RecommendationEvidence } from '../../../shared/recommendations/types';
import { fileError } from '../../services/file-error';
import type { StoreReads } from '../../store/store';
import type { HandlerContext } from '../handler-context';
import { withoutVersion } from '../../../shared/row-version';
import { expectVersion, versionConflict } from '../version-conflict';

const RECOMMENDATION = 'This recommendation was';

/** Evidence cites laws by id: a law no longer in the library marks the entry (and its recommendation). */
export async function withLawsPresent(reads: StoreReads, list: Recommendation[]): Promise<Recommendation[]> {
  return markDeletedLaws(list, new Set((await reads.listDocuments()).map((d) => d.id)));
}

/** A law, clause or suggestion id looked up and cited; ids already cited keep their entry as it is. */
async function resolveEvidence(
  reads: StoreReads,
  ids: readonly string[],
  kept: readonly RecommendationEvidence[] = [],
): Promise<RecommendationEvidence[]> {
  const out: RecommendationEvidence[] = [];
  for (const id of ids) {
    const known = kept.find((e) => e.id === id);
    if (known) {
      out.push(known);
      continue;
    }
    const law = await reads.getDocument(id);
    if (law) {
      out.push({
        kind: 'law',
        id,
        documentId: id,
        clauseId: null,
        citation: citeLaw(law.title, law.year),
        lawDeleted: false,
      });
      continue;
    }
    const [suggestion] = await reads.getSuggestions([id]);
    const clause = await reads.getClause(suggestion?.clauseId ?? id);
    const doc = clause && (await reads.getDocument(clause.documentId));
    if (!clause || !doc)
      throw new ApiError('not_found', `no law, clause or suggestion ${id} to cite as evidence`);
    out.push({
      kind: suggestion ? 'suggestion' : 'clause',
      id,
      documentId: doc.id,
      clauseId: clause.id,
      citation: citeClause({
        documentTitle: doc.title,
        documentYear: doc.year,
        clauseNumber: clause.number,
        clauseKind: clause.kind,
      }),
      lawDeleted: false,
    });
  }
  return out;
}

export function recommendationHandlers({
  store,
  countryOf,
  mustKnowFrameworks,
  provisionTitles,
  audited,
}: HandlerContext) {
  const mustGet = async (reads: StoreReads, id: string) => {
    const r = await reads.getRecommendation(id);
    if (!r) throw new ApiError('not_found', `no recommendation ${id}`);
    return r;
  };
  const cellsOf = async (cells: RecommendationInput['cells']) => {
    const titles = await provisionTitles();
    return cells.map((c) => {
      const country = countryOf(c.country);
      if (!titles.has(c.provisionId))
        throw new ApiError('invalid_args', `no provision "${c.provisionId}" (see \`lexgap standards\`)`);
      return { country, subdivision: c.subdivision ?? null, provisionId: c.provisionId };
    });
  };
  const shown = async (r: Recommendation) => (await withLawsPresent(store, [r]))[0];

  return {
    async listRecommendations(filter) {
      // An instrument the catalog lacks is a mistake, not an empty list (as for suggestions).
      if (filter.framework) await mustKnowFrameworks([filter.framework]);
      const all = await withLawsPresent(store, await store.listRecommendations());
      return filterRecommendations(all, { ...filter, country: filter.country && countryOf(filter.country) });
    },

    async addRecommendation({ evidence, ...input }) {
      const cells = await cellsOf(input.cells);
      const saved = await audited(async (tx, who) => {
        const fields: RecommendationFields = {
          ...input,
          cells,
          responsibleBody: input.responsibleBody ?? null,
          targetDate: input.targetDate ?? null,
          status: input.status ?? 'proposed',
          evidence: await resolveEvidence(tx, evidence ?? []),
        };
        const change = addRecommendation(newId('r'), fields, who);
        await tx.saveRecommendation(change.value);
        return change;
      });
      return shown(saved);
    },

    async updateRecommendation({ id, expectedVersion, evidence, cells, ...patch }) {
      const saved = await audited(async (tx, who) => {
        const stored = await mustGet(tx, id);
        await expectVersion(tx, expectedVersion, stored.version ?? 1, id, RECOMMENDATION);
        // The version it had is not the one it will have: left out of the audit entry and the result.
        const before = withoutVersion(stored);
        const change = editRecommendation(
          before,
          {
            ...patch,
            ...(cells ? { cells: await cellsOf(cells) } : {}),
            ...(evidence ? { evidence: await resolveEvidence(tx, evidence, before.evidence) } : {}),
          },
          who,
        );
        if (!(await tx.saveRecommendation(change.value, expectedVersion)))
          throw await versionConflict(tx, id, RECOMMENDATION);
        return change;
      });
      return shown(saved);
    },

    async deleteRecommendation({ id }) {
      const deleted = await audited(async (tx, who) => {
        const change = deleteRecommendation(withoutVersion(await mustGet(tx, id)), who);
        await tx.deleteRecommendation(id);
        return change;
      });
      return { deleted };
    },

    async importRecommendations({ path: file, dataBase64 }) {
      let content: string;
      const name = file ? path.basename(file) : 'the file';
      try {
        content = file
          ? await fs.readFile(file, 'utf8')
          : Buffer.from(dataBase64 ?? '', 'base64').toString('utf8');
      } catch (error) {
        throw fileError(file ?? name, error, false);
      }
      // zod, which checks the file, is loaded by an import of recommendations, not by every call.
      const { parseRecommendations } = await import('../../../shared/recommendations/parse-recommendations');
      let incoming: Recommendation[];
      try {
        incoming = parseRecommendations(name, content);
      } catch (error) {
        throw new ApiError('invalid_args', (error as Error).message, file);
      }
      // The cells must name countries and standards this catalog knows; checked before anything is written.
      for (const r of incoming) await cellsOf(r.cells);
      const counts = { added: 0, updated: 0, unchanged: 0 };
      await audited(async (tx, who) => {
        const audit = [];
        for (const r of incoming) {
          const stored = await tx.getRecommendation(r.id);
          const before = stored ? withoutVersion(stored) : null;
          const same =
            before !== null && JSON.stringify(stripMarks(before)) === JSON.stringify(stripMarks(r));
          if (same) {
            counts.unchanged++;
            continue;
          }
          counts[before ? 'updated' : 'added']++;
          const change = importRecommendation(r, before, who);
          await tx.saveRecommendation(change.value);
          audit.push(...change.audit);
        }
        return { value: undefined, audit };
      });
      const ids = new Set(incoming.map((r) => r.id));
      const stored = await withLawsPresent(store, await store.listRecommendations());
      return {
        ...counts,
        recommendations: filterRecommendations(
          stored.filter((r) => ids.has(r.id)),
          {},
        ),
      };
    },
  } satisfies Partial<LexgapApi>;
}

/** `lawDeleted` says what this library holds, not what the recommendation is: left out of comparisons. */
function stripMarks(r: Recommendation) {
  return { ...r, evidence: r.evidence.map((e) => ({ ...e, lawDeleted: false })) };
}
