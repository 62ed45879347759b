// A decision made while the server learns from the one before (real SQLite, the Malaysian dev laws
// with learning on): after each decision the learner is trained again in the background (seconds on
// a large review), step by step. A decision sent meanwhile, even a batch of many rows, goes first:
// it is answered before that training ends, and the training then goes on to its end.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../electron/app/open-app';
import { settled } from '../scripts/review-simulation';
import { seedLearningLibrary } from './e2e/learning-library';
import { tempDir } from './helpers/paths';

describe('a decision made while the learner is trained again', () => {
  it('is answered before the training ends, which still ends', { timeout: 300_000 }, async () => {
    const dbPath = path.join(tempDir('lexgap-decision-first-'), 'db.sqlite');
    await seedLearningLibrary(dbPath, 'Analyst');
    const { api, close } = await openApp({ database: dbPath });
    try {
      const before = await api.getLearningStatus({});
      const open = await api.listSuggestions({ status: 'suggested' });
      // The decision sets off the re-score, whose learner a status read (Review polls it) shares.
      await api.reviewSuggestions({ ids: [open[0].id], decision: 'accept' });
      const answered: string[] = [];
      const status = api.getLearningStatus({}).then(() => answered.push('status'));
      const batch = open.slice(1, 41).map((s) => s.id);
      const decided = api
        .reviewSuggestions({ ids: batch, decision: 'reject' })
        .then((rows) => answered.push(`${rows.length} rejected`));
      await Promise.all([status, decided]);
      expect(answered).toEqual(['40 rejected', 'status']);
      // Not starved: the learning then takes in all 41 decisions.
      await settled(api);
      expect((await api.getLearningStatus({})).decisions).toBe(before.decisions + 41);
    } finally {
      await close();
    }
  });
});
