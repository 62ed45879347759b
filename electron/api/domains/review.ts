// Review: tagging clauses with suggested provisions, the analyst's decisions on them, undo and
// manual tags. The rules themselves are pure functions in shared/review/.
import type { LexgapApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { newId } from '../../../shared/ids';
import {
  clauseLabel,
  describeUndone,
  reviewAction,
  type UndoneChange,
} from '../../../shared/review/describe-review';
import { manualTag } from '../../../shared/review/manual-tag';
import { reviewBatch } from '../../../shared/review/review-batch';
import { undoBatch } from '../../../shared/review/undo-batch';
import { rescorerFor } from '../../services/rescore-after-review';
import { tagDocuments } from '../../services/tag-documents';
import type { HandlerContext } from '../handler-context';
import type { StoreTx } from '../../store/store';
import type { Suggestion } from '../../../shared/model';

async function saveAll(tx: StoreTx, suggestions: Suggestion[]): Promise<void> {
  for (const s of suggestions) await tx.saveSuggestion(s);
}

export function reviewHandlers({
  store,
  catalog,
  provisionTitles,
  mustGetDocument,
  audited,
  package: inPackage,
}: HandlerContext) {
  return {
    async tagDocuments({ documentId }) {
      if (documentId) await mustGetDocument(documentId);
      return tagDocuments(store, catalog(), { documentId });
    },

    getLearningStatus: async () => rescorerFor(store, catalog).status(),

    async listSuggestions(query) {
      const titles = provisionTitles();
      return (await store.listSuggestions(query)).map((s) => ({
        ...s,
        provisionTitle: titles.get(s.provisionId) ?? '',
      }));
    },

    async reviewSuggestions({ ids, decision, coverage, note }) {
      let found: Suggestion[] = [];
      const updated = await audited(async (tx, who) => {
        found = await tx.getSuggestions(ids);
        const missing = ids.filter((id) => !found.some((s) => s.id === id));
        if (missing.length) throw new ApiError('not_found', `no suggestion ${missing.join(', ')}`);
        const change = reviewBatch(found, { decision, coverage, note }, who, newId('b'));
        await saveAll(tx, change.value);
        return change;
      });
      // What the decision taught reaches the rest of that country's clauses in the background; not
      // in a review package, whose suggestions stay as they were sent.
      if (inPackage) return updated;
      const documents = await Promise.all(
        [...new Set(found.map((s) => s.documentId))].map((id) => mustGetDocument(id)),
      );
      rescorerFor(store, catalog).schedule([...new Set(documents.map((d) => d.country))]);
      return updated;
    },

    async undoLastReview() {
      const { changes, undone } = await audited(async (tx, who) => {
        const last = await tx.lastReviewBatch();
        if (!last) return { value: { changes: [], undone: 0 }, audit: [] };
        // A clause correction since may have moved a suggestion to another clause (name that one)
        // or merged it away (nothing left to restore).
        const now = new Map(
          (await tx.getSuggestions(last.entries.map((e) => e.entityId))).map((s) => [s.id, s]),
        );
        const changes: UndoneChange[] = [];
        for (const e of last.entries) {
          const before = e.before as Suggestion;
          const clause = await tx.getClause(now.get(before.id)?.clauseId ?? before.clauseId);
          changes.push({
            suggestionId: before.id,
            action: reviewAction(before, e.after as Suggestion),
            provisionId: before.provisionId,
            clause: clause ? clauseLabel(clause.kind, clause.number) : before.clauseId,
            documentTitle: (await tx.getDocument(before.documentId))?.title ?? before.documentId,
          });
        }
        const change = undoBatch(last, who);
        await saveAll(
          tx,
          change.value.filter((s) => now.has(s.id)),
        );
        return { value: { changes, undone: change.value.length }, audit: change.audit };
      });
      if (!undone) return { undone: 0, changes: [], summary: '' };
      return { undone, changes, summary: describeUndone(changes) };
    },

    async addManualTag({ clauseId, provisionId, coverage, note }) {
      return audited(async (tx, who) => {
        const clause = await tx.getClause(clauseId);
        if (!clause) throw new ApiError('not_found', `no clause ${clauseId}`);
        if (!provisionTitles().has(provisionId))
          throw new ApiError('not_found', `no provision ${provisionId}`);
        const existing = (await tx.listSuggestions({ clauseId })).find((s) => s.provisionId === provisionId);
        const change = manualTag({ clause, provisionId, coverage, note, existing, newId: newId('s') }, who);
        await tx.saveSuggestion(change.value);
        return change;
      });
    },
  } satisfies Partial<LexgapApi>;
}
