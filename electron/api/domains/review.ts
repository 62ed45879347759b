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
}: HandlerContext) {
  return {
    async tagDocuments({ documentId }) {
      if (documentId) await mustGetDocument(documentId);
      return tagDocuments(store, catalog(), { documentId });
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
      return audited(async (tx, who) => {
        const change = reviewBatch(found, { decision, coverage, note }, who, newId('b'));
        await saveAll(tx, change.value);
        return change;
      });
    },

    async undoLastReview() {
      const last = await store.lastReviewBatch();
      if (!last) return { undone: 0, changes: [], summary: '' };
      const changes: UndoneChange[] = [];
      for (const e of last.entries) {
        const before = e.before as Suggestion;
        const clause = await store.getClause(before.clauseId);
        changes.push({
          suggestionId: before.id,
          action: reviewAction(before, e.after as Suggestion),
          provisionId: before.provisionId,
          clause: clause ? clauseLabel(clause.kind, clause.number) : before.clauseId,
          documentTitle: (await store.getDocument(before.documentId))?.title ?? before.documentId,
        });
      }
      await audited(async (tx, who) => {
        const change = undoBatch(last, who);
        await saveAll(tx, change.value);
        return change;
      });
      return { undone: last.entries.length, changes, summary: describeUndone(changes) };
    },

    async addManualTag({ clauseId, provisionId, coverage, note }) {
      const clause = await store.getClause(clauseId);
      if (!clause) throw new ApiError('not_found', `no clause ${clauseId}`);
      if (!provisionTitles().has(provisionId)) throw new ApiError('not_found', `no provision ${provisionId}`);
      const existing = (await store.listSuggestions({ clauseId })).find((s) => s.provisionId === provisionId);
      return audited(async (tx, who) => {
        const change = manualTag({ clause, provisionId, coverage, note, existing, newId: newId('s') }, who);
        await tx.saveSuggestion(change.value);
        return change;
      });
    },
  } satisfies Partial<LexgapApi>;
}
