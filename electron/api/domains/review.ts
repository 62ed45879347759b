// Review: tagging clauses with suggested provisions, the analyst's decisions on them, undo and
// manual tags. The rules themselves are pure functions in shared/review/.
import type { LexgapApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { newId } from '../../../shared/ids';
import {
  asDecided,
  clauseLabel,
  describeUndone,
  reviewAction,
  type UndoneChange,
} from '../../../shared/review/describe-review';
import { adjudicate, bySuggestion } from '../../../shared/review/adjudicate';
import { manualTag } from '../../../shared/review/manual-tag';
import { offeredSuggestion } from '../../../shared/review/offered-suggestion';
import {
  reviewBatch,
  type AuditedSuggestion,
  type ReviewItem,
  type ReviewWrite,
} from '../../../shared/review/review-batch';
import { undoBatch } from '../../../shared/review/undo-batch';
import { rescorerFor } from '../../services/rescore-after-review';
import type { HandlerContext } from '../handler-context';
import type { StoreTx } from '../../store/store';
import type { Suggestion } from '../../../shared/model';

/** Each reviewer's decision first, then the effective state it leads to. */
async function saveAll(tx: StoreTx, writes: ReviewWrite[]): Promise<void> {
  for (const w of writes) {
    if (w.decision) await tx.setReviewerDecision(w.decision);
    else await tx.deleteReviewerDecision(w.suggestion.id, w.reviewer);
    await tx.saveSuggestion(w.suggestion);
  }
}

/**
 * The suggestions a decision names, in its order. One a tagging dropped after the reviewer saw it
 * (it no longer ranked it) is what they decide on all the same: the row the matcher stores for that
 * clause and provision now, or else the dropped row as it was. One whose clause is gone, or that a
 * clause correction removed, is refused with the clause named.
 */
async function withDropped(tx: StoreTx, ids: string[], at: string): Promise<Suggestion[]> {
  const stored = new Map((await tx.getSuggestions(ids)).map((s) => [s.id, s]));
  const missing = ids.filter((id) => !stored.has(id));
  if (!missing.length) return ids.map((id) => stored.get(id)!);
  const deleted = new Map((await tx.deletedSuggestions(missing)).map((d) => [d.id, d]));
  const unknown = missing.filter((id) => !deleted.has(id));
  if (unknown.length) throw new ApiError('not_found', `no suggestion ${unknown.join(', ')}`);
  for (const d of deleted.values()) {
    const clause = await tx.getClause(d.clauseId);
    const label = clause
      ? clauseLabel(clause.kind, clause.number)
      : d.clauseKind && d.clauseNumber !== null
        ? clauseLabel(d.clauseKind, d.clauseNumber)
        : d.clauseId.slice(d.clauseId.indexOf(':') + 1);
    const law = (await tx.getDocument(d.documentId))?.title ?? d.documentId;
    if (!clause)
      throw new ApiError(
        'not_found',
        `${d.provisionId} on ${label} (${law}) cannot be decided: ${label} is no longer in the law ` +
          '(merged into another clause, or left out, when the law was corrected or read again); ' +
          'decide on the clause that holds its words now',
      );
    // Removed with a clause's old words (a correction, a new version): whatever was stored since
    // was matched on words the reviewer did not see.
    if (d.droppedBy === 'removed') {
      throw new ApiError(
        'not_found',
        `${d.provisionId} on ${label} (${law}) cannot be decided: it was removed when the clause was ` +
          'corrected or the law read again; run suggestions again for the clause’s current ones',
      );
    }
    const now = (await tx.listSuggestions({ clauseId: d.clauseId })).find(
      (s) => s.provisionId === d.provisionId,
    );
    if (now) {
      // Tagged again since: the decision goes to the row stored for the same clause and provision.
      const [current] = await tx.getSuggestions([now.id]);
      stored.set(d.id, current);
    } else {
      const { id, clauseId, provisionId, score, matched } = d;
      const restored = offeredSuggestion(
        { id, clauseId, documentId: clause.documentId, provisionId, score, matched },
        at,
      );
      await tx.saveSuggestion(restored);
      stored.set(d.id, restored);
    }
  }
  // Two ids may now name one row (the dropped one and the one stored since): it is decided once.
  return [...new Map(ids.map((id) => [stored.get(id)!.id, stored.get(id)!])).values()];
}

/** The suggestions with every reviewer's decision on each. */
async function reviewItems(tx: StoreTx, suggestions: Suggestion[]): Promise<ReviewItem[]> {
  const decisions = bySuggestion(
    await tx.listReviewerDecisions({ suggestionIds: suggestions.map((s) => s.id) }),
  );
  return suggestions.map((suggestion) => ({ suggestion, decisions: decisions.get(suggestion.id) ?? [] }));
}

export function reviewHandlers({
  store,
  catalog,
  provisionTitles,
  mustGetDocument,
  countryOf,
  mustKnowFrameworks,
  mustKnowProvision,
  audited,
  package: inPackage,
  leadReviewer,
}: HandlerContext) {
  /** Re-scores, in the background, the countries of these laws. */
  const rescoreCountries = async (documentIds: string[]) => {
    const documents = await Promise.all([...new Set(documentIds)].map((id) => mustGetDocument(id)));
    rescorerFor(store, catalog).schedule([...new Set(documents.map((d) => d.country))]);
  };
  return {
    async tagDocuments({ documentId }) {
      if (documentId) await mustGetDocument(documentId);
      const { tagDocuments } = await import('../../services/tag-documents');
      return tagDocuments(store, await catalog(), { documentId });
    },

    getLearningStatus: async () => rescorerFor(store, catalog).status(),

    async listSuggestions(query) {
      // A filter that names no document, country or instrument is a mistake, not an empty list.
      if (query.documentId) await mustGetDocument(query.documentId);
      if (query.country) countryOf(query.country);
      if (query.framework) await mustKnowFrameworks([query.framework]);
      const titles = await provisionTitles();
      return (await store.listSuggestions(query)).map((s) => ({
        ...s,
        provisionTitle: titles.get(s.provisionId) ?? '',
      }));
    },

    async reviewSuggestions({ ids, decision, coverage, note }) {
      let found: Suggestion[] = [];
      // A decision is answered before the next step of a background re-score (a learner's training
      // takes seconds with a large review), which then goes on (not in a package: none runs there).
      const first = <T>(write: () => Promise<T>) =>
        inPackage ? write() : rescorerFor(store, catalog).first(write);
      const updated = await first(() =>
        audited(async (tx, who) => {
          found = await withDropped(tx, [...new Set(ids)], who.at);
          const lead = await leadReviewer(tx);
          const change = reviewBatch(
            await reviewItems(tx, found),
            { decision, coverage, note },
            who,
            lead,
            newId('b'),
          );
          await saveAll(tx, change.value);
          return { value: change.value.map((w) => w.suggestion), audit: change.audit };
        }),
      );
      // What the decision taught reaches the rest of that country's clauses in the background; not
      // in a review package, whose suggestions stay as they were sent.
      if (!inPackage) await rescoreCountries(found.map((s) => s.documentId));
      return updated;
    },

    async undoLastReview() {
      // An undo answers at once, not after the background re-score of the last decision: that
      // re-score is cancelled and runs again after the undo (not in a package, where none runs).
      const first = <T>(write: () => Promise<T>) =>
        inPackage ? write() : rescorerFor(store, catalog).ahead(write);
      let documentIds: string[] = [];
      const { changes, undone } = await first(() =>
        audited(async (tx, who) => {
          // Each reviewer undoes their own decisions, never another's.
          const last = await tx.lastReviewBatch(who.actor);
          if (!last) return { value: { changes: [], undone: 0 }, audit: [] };
          // A clause correction since may have moved a suggestion to another clause (name that one)
          // or merged it away (nothing left to restore).
          const now = new Map(
            (await tx.getSuggestions(last.entries.map((e) => e.entityId))).map((s) => [s.id, s]),
          );
          documentIds = [...new Set([...now.values()].map((s) => s.documentId))];
          const changes: UndoneChange[] = [];
          const decision = ({ status, coverage, note }: Suggestion) => ({ status, coverage, note });
          for (const e of last.entries) {
            const before = e.before as Suggestion;
            const clause = await tx.getClause(now.get(before.id)?.clauseId ?? before.clauseId);
            // The reviewer's own decision before and after the change undone.
            const [was, made] = asDecided(e.before as AuditedSuggestion, e.after as AuditedSuggestion);
            changes.push({
              suggestionId: before.id,
              action: reviewAction(was, made),
              before: decision(was),
              after: decision(made),
              restored: now.has(before.id),
              provisionId: before.provisionId,
              clause: clause ? clauseLabel(clause.kind, clause.number) : before.clauseId,
              documentTitle: (await tx.getDocument(before.documentId))?.title ?? before.documentId,
            });
          }
          const items = await reviewItems(tx, [...now.values()]);
          const change = undoBatch(
            last,
            new Map(items.map((i) => [i.suggestion.id, i])),
            who,
            await leadReviewer(tx),
          );
          await saveAll(tx, change.value);
          // What each suggestion is now, settled with the other reviewers' decisions: the words say it.
          const settled = new Map(change.value.map((w) => [w.suggestion.id, decision(w.suggestion)]));
          for (const c of changes) c.settled = settled.get(c.suggestionId);
          return { value: { changes, undone: last.entries.length }, audit: change.audit };
        }),
      );
      if (!undone) return { undone: 0, changes: [], summary: '' };
      // What the undo untaught reaches the rest of the country, as a decision's does.
      if (!inPackage) await rescoreCountries(documentIds);
      return { undone, changes, summary: describeUndone(changes) };
    },

    async addManualTag({ clauseId, provisionId, coverage, note }) {
      return audited(async (tx, who) => {
        const clause = await tx.getClause(clauseId);
        if (!clause) throw new ApiError('not_found', `no clause ${clauseId}`);
        await mustKnowProvision(provisionId);
        const existing = (await tx.listSuggestions({ clauseId })).find((s) => s.provisionId === provisionId);
        const change = manualTag({ clause, provisionId, coverage, note, existing, newId: newId('s') }, who);
        // The tag is its author's decision; with the other reviewers' it makes the effective state.
        const tag = change.value;
        const decision = {
          suggestionId: tag.id,
          reviewer: who.actor,
          status: 'accepted' as const,
          coverage,
          note: tag.note,
          at: who.at,
          recordedAt: who.at,
        };
        const others = existing
          ? (await tx.listReviewerDecisions({ suggestionIds: [tag.id] })).filter(
              (d) => d.reviewer !== who.actor,
            )
          : [];
        const effective = adjudicate(tag, [...others, decision], await leadReviewer(tx));
        await tx.saveSuggestion(effective);
        await tx.setReviewerDecision(decision);
        return {
          value: effective,
          audit: change.audit.map((a) => ({ ...a, after: { ...effective, reviewerDecision: decision } })),
        };
      });
    },
  } satisfies Partial<LexgapApi>;
}
