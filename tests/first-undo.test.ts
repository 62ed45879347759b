// The first undo after opening the app (real SQLite, the Malaysian dev laws with learning on): Review
// reads how the queue is ranked as it opens, which builds the learner the first time (every decided
// clause matched, then the training's folds: seconds on a large review). An undo pressed meanwhile
// goes first: it is answered before that reading, not after it.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { seedLearningLibrary } from './e2e/learning-library';
import { tempDir } from './helpers/paths';

describe('the first undo after opening', () => {
  it('is answered before the learner, built meanwhile, is ready', { timeout: 300_000 }, async () => {
    const dbPath = path.join(tempDir('lexgap-first-undo-'), 'db.sqlite');
    await seedLearningLibrary(dbPath, 'Analyst');
    // The app as a new process opens it: nothing the seeding built (the learner) kept in memory.
    vi.resetModules();
    const { openApp } = await import('../electron/app/open-app');
    const { api, close } = await openApp({ database: dbPath });
    try {
      await api.listStandards({});
      const answered: string[] = [];
      const status = api.getLearningStatus({}).then(() => answered.push('status'));
      const undo = api
        .undoLastReview({})
        .then(({ undone }) => answered.push(undone ? 'undo' : 'nothing undone'));
      await Promise.all([status, undo]);
      expect(answered).toEqual(['undo', 'status']);
    } finally {
      await close();
    }
  });
});
