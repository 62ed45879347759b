// Clause corrections: split, merge with the next, renumber and re-head, each in one transaction
// with an audit entry holding the clauses and the suggestions before and after. The rules (where
// text, anchors and reviews go) are pure functions in shared/clauses/.
import type { LexgapApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import {
  CorrectionError,
  combineReviewerDecisions,
  mergeClauses,
  splitClause,
  splitEid,
  splitPoint,
} from '../../../shared/clauses/correct-clauses';
import { leadingHeading, leadingNumber } from '../../../shared/clauses/split-lead';
import { adjudicate, bySuggestion } from '../../../shared/review/adjudicate';
import type { Clause } from '../../../shared/model';
import { clauseId as clauseIdOf } from '../../../shared/segment/clause-ids';
import type { StoreReads } from '../../store/store';
import type { HandlerContext } from '../handler-context';

const plainWords = <T>(fn: () => T): T => {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CorrectionError) throw new ApiError('invalid_args', e.message);
    throw e;
  }
};

export function clauseHandlers({ store, audited, leadReviewer }: HandlerContext) {
  // Inside `audited`, reads go through its `tx`: a correction is computed from the clauses as they
  // are when its transaction runs, not as they were before another correction landed.
  const mustGetClause = async (clauseId: string, reads: StoreReads = store): Promise<Clause> => {
    const clause = await reads.getClause(clauseId);
    if (!clause) throw new ApiError('not_found', `no clause ${clauseId}`);
    return clause;
  };
  const suggestionsOf = async (clauseId: string, reads: StoreReads) => {
    const views = await reads.listSuggestions({ clauseId });
    return reads.getSuggestions(views.map((s) => s.id));
  };

  return {
    async splitClause({ clauseId, at, number, heading }) {
      const { first, second } = await audited(async (tx, { actor }) => {
        const clause = await mustGetClause(clauseId, tx);
        const { start } = plainWords(() => splitPoint(clause.text, at));
        const rest = clause.text.slice(start);
        const secondNumber = number ?? leadingNumber(rest);
        if (!secondNumber) {
          throw new ApiError(
            'invalid_args',
            `the text after the split point does not start with a number: give the new clause's number`,
          );
        }
        const siblings = await tx.listClauses(clause.documentId);
        // Taken: every eid, and every id's tail (a repeated eid's clause id ends `_2`).
        const taken = new Set(siblings.flatMap((c) => [c.eid, c.id.slice(c.documentId.length + 1)]));
        const eid = splitEid(clause, secondNumber, taken);
        const suggestions = await suggestionsOf(clauseId, tx);
        const result = plainWords(() =>
          splitClause(clause, suggestions, at, {
            id: clauseIdOf(clause.documentId, eid),
            eid,
            number: secondNumber,
            heading: heading ?? leadingHeading(rest) ?? '',
          }),
        );
        const order = siblings.flatMap((c) => (c.id === clause.id ? [c.id, result.second.id] : [c.id]));
        await tx.saveClause(result.first);
        await tx.saveClause(result.second);
        await tx.orderClauses(clause.documentId, order);
        for (const s of [...result.kept, ...result.moves]) await tx.rewriteSuggestion(s);
        return {
          value: result,
          audit: [
            {
              actor,
              action: 'split',
              entity: 'clause',
              entityId: clause.id,
              before: { clauses: [clause], suggestions },
              after: {
                clauses: [result.first, result.second],
                suggestions: [...result.kept, ...result.moves],
              },
            },
          ],
        };
      });
      return Promise.all([mustGetClause(first.id), mustGetClause(second.id)]);
    },

    async mergeClauseWithNext({ clauseId }) {
      await audited(async (tx, { actor }) => {
        const first = await mustGetClause(clauseId, tx);
        const siblings = await tx.listClauses(first.documentId);
        const second = siblings[siblings.findIndex((c) => c.id === clauseId) + 1];
        if (!second) throw new ApiError('invalid_args', `clause ${clauseId} is the last of its document`);
        const [firstSuggestions, secondSuggestions] = await Promise.all([
          suggestionsOf(first.id, tx),
          suggestionsOf(second.id, tx),
        ]);
        const merge = plainWords(() => mergeClauses(first, second, firstSuggestions, secondSuggestions));
        // Each reviewer's decisions on the two suggestions of one provision are combined too.
        const decisions = bySuggestion(
          await tx.listReviewerDecisions({
            suggestionIds: [...firstSuggestions, ...secondSuggestions].map((s) => s.id),
          }),
        );
        const lead = await leadReviewer(tx);
        const combinedDecisions = merge.combined.map((kept) => {
          const gone = merge.dropped.find((d) => d.provisionId === kept.provisionId);
          return combineReviewerDecisions(
            kept.id,
            decisions.get(kept.id) ?? [],
            decisions.get(gone?.id ?? '') ?? [],
          );
        });
        const result = {
          ...merge,
          combined: merge.combined.map((kept, i) =>
            combinedDecisions[i].length ? adjudicate(kept, combinedDecisions[i], lead) : kept,
          ),
        };
        // Removed first: a kept suggestion may take the (clause, provision) place of a dropped one.
        for (const s of result.dropped) await tx.deleteSuggestion(s.id);
        for (const s of [...result.moves, ...result.combined]) await tx.rewriteSuggestion(s);
        for (const d of combinedDecisions.flat()) await tx.setReviewerDecision(d);
        await tx.saveClause(result.merged);
        await tx.deleteClause(second.id);
        await tx.orderClauses(
          first.documentId,
          siblings.filter((c) => c.id !== second.id).map((c) => c.id),
        );
        return {
          value: undefined,
          audit: [
            {
              actor,
              action: 'merge',
              entity: 'clause',
              entityId: first.id,
              before: { clauses: [first, second], suggestions: [...firstSuggestions, ...secondSuggestions] },
              after: {
                clauses: [result.merged],
                suggestions: [...result.moves, ...result.combined],
                dropped: result.dropped.map((s) => s.id),
              },
            },
          ],
        };
      });
      return mustGetClause(clauseId);
    },

    async updateClause({ clauseId, number, heading }) {
      await audited(async (tx, { actor }) => {
        const before = await mustGetClause(clauseId, tx);
        const after: Clause = {
          ...before,
          number: number ?? before.number,
          heading: heading ?? before.heading,
        };
        await tx.saveClause(after);
        return {
          value: undefined,
          audit: [
            {
              actor,
              action: 'edit',
              entity: 'clause',
              entityId: clauseId,
              before: { number: before.number, heading: before.heading },
              after: { number: after.number, heading: after.heading },
            },
          ],
        };
      });
      return mustGetClause(clauseId);
    },
  } satisfies Partial<LexgapApi>;
}
