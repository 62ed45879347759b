// Several reviewers: where their decisions differ (for the lead to resolve, through the usual
// review methods) and how well they agree (shared/review/agreement.ts).
import type { Disagreement, LexgapApi } from '../../../shared/api/contract';
import type { SuggestionView } from '../../../shared/model';
import { bySuggestion, disagreementState } from '../../../shared/review/adjudicate';
import { agreementReport } from '../../../shared/review/agreement';
import type { HandlerContext } from '../handler-context';

export function reviewerHandlers({ store, countryOf, leadReviewer, provisionTitles }: HandlerContext) {
  return {
    async listDisagreements({ country, includeResolved }) {
      const lead = await leadReviewer();
      const rows = await store.listReviewerDecisions({ country: country ? countryOf(country) : undefined });
      const disputed = [...bySuggestion(rows)].flatMap(([id, decisions]) => {
        const state = disagreementState(decisions, lead);
        return state === 'none' ? [] : [{ id, decisions, state }];
      });
      // Each law's suggestions once, for the clause and law beside each disagreement.
      const views = new Map<string, SuggestionView>();
      for (const documentId of new Set(rows.map((r) => r.documentId)))
        for (const s of await store.listSuggestions({ documentId })) views.set(s.id, s);
      const titles = await provisionTitles();
      const all = disputed.flatMap(({ id, decisions, state }): Disagreement[] => {
        const s = views.get(id);
        if (!s) return [];
        return [
          {
            suggestionId: id,
            country: s.country,
            documentId: s.documentId,
            documentTitle: s.documentTitle,
            clauseId: s.clauseId,
            clauseNumber: s.clauseNumber,
            clauseKind: s.clauseKind,
            clauseHeading: s.clauseHeading,
            provisionId: s.provisionId,
            provisionTitle: titles.get(s.provisionId) ?? '',
            // The lead's first, then the others by name.
            decisions: [...decisions].sort(
              (a, b) =>
                Number(b.reviewer === lead) - Number(a.reviewer === lead) ||
                a.reviewer.localeCompare(b.reviewer),
            ),
            state,
            effective: {
              status: s.status,
              coverage: s.coverage,
              reviewer: s.reviewer,
              reviewedAt: s.reviewedAt,
            },
          },
        ];
      });
      const open = all.filter((d) => d.state === 'open').length;
      return {
        lead,
        open,
        resolved: all.length - open,
        disagreements: includeResolved ? all : all.filter((d) => d.state === 'open'),
      };
    },

    async getAgreement({ country }) {
      const iso = country ? countryOf(country) : undefined;
      const rows = await store.listReviewerDecisions({ country: iso });
      const titles = new Map((await store.listDocuments(iso)).map((d) => [d.id, d.title]));
      return { figures: agreementReport(rows, titles) };
    },
  } satisfies Partial<LexgapApi>;
}
