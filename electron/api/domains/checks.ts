// Measurable checks: ages and bans read from the laws, proposed per (country, checklist item), and
// the analyst's decisions on them. The rules are pure functions in shared/checks/.
import type { LexgapApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { reviewCheck } from '../../../shared/checks/review-check';
import { loadChecks } from '../../services/load-checks';
import type { HandlerContext } from '../handler-context';

export function checkHandlers({ store, catalog, countryOf, audited }: HandlerContext) {
  const countriesOf = async (country?: string) =>
    country ? [countryOf(country)] : [...new Set((await store.listDocuments()).map((d) => d.country))].sort();

  return {
    async listChecks({ country, provisionId }) {
      return loadChecks(
        store,
        await catalog(),
        await countriesOf(country),
        provisionId ? [provisionId] : undefined,
      );
    },

    async reviewCheck({ country, provisionId, decision, found, verdict, note }) {
      const iso = countryOf(country);
      await audited(async (tx, who) => {
        // Read in the transaction: the decision is recorded against the state it was made on.
        const [entry] = await loadChecks(tx, await catalog(), [iso], [provisionId]);
        if (!entry) throw new ApiError('invalid_args', `no checklist item with a threshold "${provisionId}"`);
        if (decision === 'correct' && found === undefined && verdict === undefined) {
          throw new ApiError('invalid_args', 'a correction needs the value found, the verdict, or both');
        }
        const change = reviewCheck(entry, { decision, found, verdict, note }, who);
        await tx.setCheckReview(iso, provisionId, change.value);
        return change;
      });
      const [after] = await loadChecks(store, await catalog(), [iso], [provisionId]);
      return after;
    },
  } satisfies Partial<LexgapApi>;
}
