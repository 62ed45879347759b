// After a decision, the unreviewed clauses of that country are re-scored in the background (the
// matcher's part is cached, only the learner runs again), so the next rows in Review reflect it.
// Decisions arriving while a re-score runs are gathered into one more run, not one run each.
import type { LearningStatus } from '../../shared/api/contract';
import type { Catalog } from '../../shared/catalog/types';
import type { Store } from '../store/store';

export interface Rescorer {
  /** Re-score these countries' clauses soon. */
  schedule(countries: string[]): void;
  /** Resolves when no re-score is waiting or running. */
  idle(): Promise<void>;
  status(): Promise<LearningStatus>;
  /** Cancels what is waiting or running (the store is about to close) and waits for it to stop. */
  stop(): Promise<void>;
  /**
   * Runs `write` (an undo) ahead of the re-score: one running is cancelled (it writes in one
   * transaction, rolled back) and runs again once `write` is done, so the write does not queue
   * behind a whole country's re-score. A learner's training (the re-score's, or a status read's:
   * seconds with a large review, the first time after opening too) waits between its steps until
   * `write` is done.
   */
  ahead<T>(write: () => Promise<T>): Promise<T>;
  /**
   * Runs `write` (a decision) before the re-score's next step: a learner's training waits between
   * its steps until it is done, and a re-score not yet begun begins after it. Nothing is cancelled,
   * so decisions made one after another never keep the re-score from finishing.
   */
  first<T>(write: () => Promise<T>): Promise<T>;
}

const rescorers = new WeakMap<Store, Rescorer>();

export function rescorerFor(store: Store, catalog: () => Promise<Catalog>): Rescorer {
  let rescorer = rescorers.get(store);
  if (rescorer) return rescorer;
  const waiting = new Set<string>();
  let running: Promise<void> | null = null;
  const stopping = new AbortController();
  /** The re-score under way, cancelled by a write that goes ahead of it. */
  let current: AbortController | null = null;
  /** Writes going ahead: no re-score starts until they are done. */
  let ahead = 0;
  let resume: (() => void)[] = [];

  /** Resolves when no write is going ahead: the re-score, and a status read's training, wait on it. */
  const turn = async () => {
    while (ahead) await new Promise<void>((resolve) => resume.push(resolve));
  };

  /** Runs `write` with the re-score's steps waiting for it (see Rescorer.first). */
  const first = async <T>(write: () => Promise<T>): Promise<T> => {
    ahead += 1;
    try {
      return await write();
    } finally {
      ahead -= 1;
      if (!ahead) {
        const waiters = resume;
        resume = [];
        for (const go of waiters) go();
      }
    }
  };

  const run = async () => {
    while (waiting.size) {
      await turn();
      if (!waiting.size) break;
      const country = waiting.values().next().value!;
      waiting.delete(country);
      if (stopping.signal.aborted) continue;
      const cancel = new AbortController();
      const signal = AbortSignal.any([stopping.signal, cancel.signal]);
      current = cancel;
      try {
        // The matcher's code is loaded by the first re-score, not by every command that opens the app.
        const { tagDocuments } = await import('./tag-documents');
        await tagDocuments(store, await catalog(), { country, signal, keepOffered: true, pause: turn });
      } catch (error) {
        if (stopping.signal.aborted) continue;
        // Cancelled for a write that went ahead: this country is re-scored again after it.
        if (cancel.signal.aborted) waiting.add(country);
        // A closed store (the app quitting) or a failed write: the stored suggestions stay as they were.
        else console.error(`re-scoring ${country} after review failed: ${String(error)}`);
      } finally {
        current = null;
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
    async stop() {
      stopping.abort();
      waiting.clear();
      while (running) await running;
    },
    ahead(write) {
      // The cancelled run stops at its next clause and rolls back what it wrote: a transaction it has
      // begun ends then, and the write's comes next; one it has not begun never starts.
      current?.abort();
      return first(write);
    },
    first,
    async status() {
      const { learningStatus } = await import('./tag-documents');
      return { ...(await learningStatus(store, await catalog(), turn)), pending: running !== null };
    },
  };
  rescorers.set(store, rescorer);
  return rescorer;
}

/** Stops the background re-scoring of this store, if any was started. */
export async function stopRescoring(store: Store): Promise<void> {
  await rescorers.get(store)?.stop();
}
