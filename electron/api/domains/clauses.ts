// Clause corrections: split, merge with the next, renumber and re-head, each in one transaction
// with an audit entry holding the clauses and the suggestions before and after. The rules (where
// text, anchors and reviews go) are pure functions in shared/clauses/.
import type { LexgapApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import {
  CorrectionError,
  mergeClauses,
  splitClause,
  splitEid,
  splitPoint,
} from '../../../shared/clauses/correct-clauses';
import { leadingHeading, leadingNumber } from '../../../shared/clauses/split-lead';
import type { Clause } from '../../../shared/model';
import type { HandlerContext } from '../handler-context';

const plainWords = <T>(fn: () => T): T => {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CorrectionError) throw new ApiError('invalid_args', e.message);
    throw e;
  }
};

export function clauseHandlers({ store, audited }: HandlerContext) {
  const mustGetClause = async (clauseId: string): Promise<Clause> => {
    const clause = await store.getClause(clauseId);
    if (!clause) throw new ApiError('not_found', `no clause ${clauseId}`);
    return clause;
  };
  const suggestionsOf = async (clauseId: string) => {
    const views = await store.listSuggestions({ clauseId });
    return store.getSuggestions(views.map((s) => s.id));
  };

  return {
    async splitClause({ clauseId, at, number, heading }) {
      const clause = await mustGetClause(clauseId);
      const { start } = plainWords(() => splitPoint(clause.text, at));
      const rest = clause.text.slice(start);
      const secondNumber = number ?? leadingNumber(rest);
      if (!secondNumber) {
        throw new ApiError(
          'invalid_args',
          `the text after the split point does not start with a number: give the new clause's number`,
        );
      }
      const siblings = await store.listClauses(clause.documentId);
      // Taken: every eid, and every id's tail (a repeated eid's clause id ends `_2`).
      const taken = new Set(siblings.flatMap((c) => [c.eid, c.id.slice(c.documentId.length + 1)]));
      const eid = splitEid(clause, secondNumber, taken);
      const suggestions = await suggestionsOf(clauseId);
      const result = plainWords(() =>
        splitClause(clause, suggestions, at, {
          id: `${clause.documentId}:${eid}`,
          eid,
          number: secondNumber,
          heading: heading ?? leadingHeading(rest) ?? '',
        }),
      );
      const order = siblings.flatMap((c) => (c.id === clause.id ? [c.id, result.second.id] : [c.id]));
      await audited(async (tx, { actor }) => {
        await tx.saveClause(result.first);
        await tx.saveClause(result.second);
        await tx.orderClauses(clause.documentId, order);
        for (const s of [...result.kept, ...result.moves]) await tx.rewriteSuggestion(s);
        return {
          value: undefined,
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
      return Promise.all([mustGetClause(result.first.id), mustGetClause(result.second.id)]);
    },

    async mergeClauseWithNext({ clauseId }) {
      const first = await mustGetClause(clauseId);
      const siblings = await store.listClauses(first.documentId);
      const second = siblings[siblings.findIndex((c) => c.id === clauseId) + 1];
      if (!second) throw new ApiError('invalid_args', `clause ${clauseId} is the last of its document`);
      const [firstSuggestions, secondSuggestions] = await Promise.all([
        suggestionsOf(first.id),
        suggestionsOf(second.id),
      ]);
      const result = plainWords(() => mergeClauses(first, second, firstSuggestions, secondSuggestions));
      await audited(async (tx, { actor }) => {
        // Removed first: a kept suggestion may take the (clause, provision) place of a dropped one.
        for (const s of result.dropped) await tx.deleteSuggestion(s.id);
        for (const s of [...result.moves, ...result.combined]) await tx.rewriteSuggestion(s);
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
      return mustGetClause(first.id);
    },

    async updateClause({ clauseId, number, heading }) {
      const before = await mustGetClause(clauseId);
      const after: Clause = {
        ...before,
        number: number ?? before.number,
        heading: heading ?? before.heading,
      };
      await audited(async (tx, { actor }) => {
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
