// An undo made while the background re-score of the decision it takes back is running (real
// SQLite, the Malaysian dev laws with learning on): the undo does not wait for that re-score, which
// is cancelled and runs again after it, so once all is settled the queue's scores are those from
// before the decision, not a ranking that learned from a decision since taken back.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../electron/app/open-app';
import { settled } from '../scripts/review-simulation';
import { seedLearningLibrary } from './e2e/learning-library';
import { tempDir } from './helpers/paths';

describe('undo during the re-score after a decision', () => {
  it('leaves the scores as they were before the decision undone', { timeout: 300_000 }, async () => {
    const dbPath = path.join(tempDir('lexgap-undo-rescore-'), 'db.sqlite');
    await seedLearningLibrary(dbPath, 'Analyst');
    const { api, close } = await openApp({ database: dbPath });
    try {
      const scores = async () =>
        new Map((await api.listSuggestions({ status: 'suggested' })).map((s) => [s.id, s.score]));
      const before = await scores();
      for (const [k, id] of [...before.keys()].slice(0, 6).entries()) {
        await api.reviewSuggestions({ ids: [id], decision: k % 2 ? 'reject' : 'accept' });
        // The re-score this decision set off is under way.
        await new Promise((resolve) => setTimeout(resolve, 30 + 40 * k));
        const { undone } = await api.undoLastReview({});
        expect(undone).toBe(1);
        await settled(api);
        const after = await scores();
        const moved = [...before].filter(([s, score]) => after.get(s) !== score);
        expect(moved).toEqual([]);
      }
    } finally {
      await close();
    }
  });
});
