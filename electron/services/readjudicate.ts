// After the lead changes, every suggestion with reviewers' decisions is adjudicated again.
import { adjudicate, bySuggestion, sameEffective } from '../../shared/review/adjudicate';
import type { StoreTx } from '../store/store';

/** Saves each suggestion whose effective state changes under `lead`; returns their ids. */
export async function readjudicate(tx: StoreTx, lead: string): Promise<string[]> {
  const decisions = bySuggestion(await tx.listReviewerDecisions());
  const changed: string[] = [];
  for (const s of await tx.getSuggestions([...decisions.keys()])) {
    const after = adjudicate(s, decisions.get(s.id) ?? [], lead);
    if (sameEffective(after, s)) continue;
    await tx.saveSuggestion(after);
    changed.push(s.id);
  }
  return changed;
}
