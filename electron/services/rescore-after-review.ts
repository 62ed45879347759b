// After a decision, the unreviewed clauses of that country are re-scored in the background (the
// matcher's part is cached, only the learner runs again), so the next rows in Review reflect it.
// Decisions arriving while a re-score runs are gathered into one more run, not one run each.
import type { LearningStatus } from '../../shared/api/contract';
import type { Catalog } from '../../shared/catalog/types';
import type { Store } from '../store/store';
import { learningStatus, tagDocuments } from './tag-documents';

export interface Rescorer {
  /** Re-score these countries' clauses soon. */
  schedule(countries: string[]): void;
  /** Resolves when no re-score is waiting or running. */
  idle(): Promise<void>;
  status(): Promise<LearningStatus>;
}

const rescorers = new WeakMap<Store, Rescorer>();

export function rescorerFor(store: Store, catalog: () => Catalog): Rescorer {
  let rescorer = rescorers.get(store);
  if (rescorer) return rescorer;
  const waiting = new Set<string>();
  let running: Promise<void> | null = null;

  const run = async () => {
    while (waiting.size) {
      const country = waiting.values().next().value!;
      waiting.delete(country);
      try {
        await tagDocuments(store, catalog(), { country });
      } catch (error) {
        // A closed store (the app quitting) or a failed write: the stored suggestions stay as they were.
        console.error(`re-scoring ${country} after review failed: ${String(error)}`);
      }
    }
    running = null;
  };

  rescorer = {
    schedule(countries) {
      for (const c of countries) waiting.add(c);
      running ??= new Promise<void>((resolve) => setImmediate(resolve)).then(run);
    },
    async idle() {
      while (running) await running;
    },
    async status() {
      return { ...(await learningStatus(store, catalog())), pending: running !== null };
    },
  };
  rescorers.set(store, rescorer);
  return rescorer;
}
