// The e2e library in which review learns: the three Malaysian dev laws, tagged, with the first 30% of
// each reviewed (the dev gold's labels, as a careful analyst: the decisions of scenario (a) of
// `npm run eval`, which learning passes its held-out check on). Each decision made on it re-scores the
// country in the background, as in use.
import fs from 'node:fs';
import path from 'node:path';
import { openApp } from '../../electron/app/open-app';
import type { GoldFile } from '../../shared/match/evaluate';
import { GOLD_FRAMEWORKS } from '../../scripts/eval';
import { review, settled } from '../../scripts/review-simulation';
import { dataDir, law } from '../helpers/paths';

export const gold = JSON.parse(fs.readFileSync(path.join(dataDir, 'gold/dev.json'), 'utf8')) as GoldFile;

/** Builds that library in the database at `dbPath`, closed again when it returns. */
export async function seedLearningLibrary(dbPath: string, reviewerName?: string): Promise<void> {
  const seed = await openApp({ database: dbPath });
  try {
    if (reviewerName) await seed.api.updateSettings({ reviewerName });
    const ids: string[] = [];
    for (const doc of gold.documents) {
      const imported = await seed.api.importDocuments({
        files: [{ path: law(doc.file.replace(/^laws\//, '')) }],
        country: doc.country,
        title: doc.title,
      });
      ids.push(imported.documents[0].id);
    }
    await seed.api.tagDocuments({});
    const session = { api: seed.api, ids, close: async () => {} };
    for (const [i, doc] of gold.documents.entries()) {
      const labelled = doc.clauses.filter((c) => c.standards.length);
      await review(session, i, labelled.slice(0, Math.round(labelled.length * 0.3)), GOLD_FRAMEWORKS, false);
    }
    await settled(seed.api);
  } finally {
    await seed.close();
  }
}
