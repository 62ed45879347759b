// Re-scoring after review: the time from an analyst's tenth decision until every unreviewed clause
// of that country (500 or more) carries suggestions re-ranked by the learner, against a full
// re-tag of the same country in the same run (target: under 1 s). The analyst has already reviewed
// the first 30% of the dev gold's three laws (as `npm run eval`'s scenario (a)), so learning is
// active and the ten decisions re-train it and re-rank the country with it.
import fs from 'node:fs';
import path from 'node:path';
import { openApp } from '../../electron/app/open-app';
import { dataDir, law, tempDir } from '../../tests/helpers/paths';
import type { GoldFile } from '../../shared/match/evaluate';
import { GOLD_FRAMEWORKS } from '../eval';
import { rankedByClause, review, settled } from '../review-simulation';
import type { BenchReport } from './_report';

const CLAUSES = 500;
const LAWS = [
  'MY/Child_Bill_1999.pdf',
  'MY/Anti-Trafficking_in_Persons_Bill_2007.pdf',
  'MY/Sexual_Offences_against_Children_Bill_2017.pdf',
  'MY/RUU_Kesalahan_Seksual_terhadap_Kanak-Kanak_2017.pdf',
  'MY/Evidence_of_Child_Witness_Bill_2007.pdf',
];

export async function run(): Promise<BenchReport> {
  const dir = tempDir('lexgap-bench-rescore-');
  const app = await openApp({ database: path.join(dir, 'db.sqlite') });
  const { api } = app;
  try {
    let clauses = 0;
    let copy = 0;
    const ids = new Map<string, string>();
    // The real Malaysian laws, then copies of the Child Bill (a byte after %%EOF makes each a new
    // file) until the country has enough clauses.
    for (let i = 0; clauses < CLAUSES; i++) {
      let file = law(LAWS[i % LAWS.length]);
      if (i >= LAWS.length) {
        file = path.join(dir, `copy-${copy++}.pdf`);
        fs.writeFileSync(file, Buffer.concat([fs.readFileSync(law(LAWS[0])), Buffer.from(`\n% ${i}\n`)]));
      }
      const result = await api.importDocuments({ files: [{ path: file }], country: 'MY', ocr: 'off' });
      clauses += result.documents.reduce((n, d) => n + d.clauses, 0);
      if (i < LAWS.length) ids.set(LAWS[i], result.documents[0].id);
    }
    let t = performance.now();
    await api.tagDocuments({});
    const firstTag = performance.now() - t;
    t = performance.now();
    await api.tagDocuments({});
    const reTag = performance.now() - t;

    // The first 30% of each dev law's labelled clauses reviewed as a careful analyst would.
    const gold = JSON.parse(fs.readFileSync(path.join(dataDir, 'gold/dev.json'), 'utf8')) as GoldFile;
    const docs = gold.documents.map((d) => ({ doc: d, id: ids.get(d.file.replace(/^laws\//, ''))! }));
    const session = { api, ids: docs.map((d) => d.id), close: async () => {} };
    const labelled = docs.map(({ doc }) => doc.clauses.filter((c) => c.standards.length));
    const reviewed = labelled.map((l) => Math.round(l.length * 0.3));
    for (let i = 0; i < docs.length; i++)
      await review(session, i, labelled[i].slice(0, reviewed[i]), GOLD_FRAMEWORKS, false);
    await settled(api);

    // Then ten decisions, one call each as an analyst makes them, on the Child Bill's next clauses:
    // a right standard among the top five accepted, else the first suggestion rejected.
    const child = docs.findIndex(({ doc }) => doc.file.endsWith('Child_Bill_1999.pdf'));
    const ranked = await rankedByClause(api, docs[child].id, GOLD_FRAMEWORKS);
    const norm = (n: string) => n.trim().toLowerCase().replace(/\.$/, '');
    let lastDecision = 0;
    for (const c of labelled[child].slice(reviewed[child], reviewed[child] + 10)) {
      const top = (ranked.get(norm(c.number)) ?? []).slice(0, 5);
      const right = top.find((s) => c.standards.includes(s.provisionId));
      if (!top.length) continue;
      await api.reviewSuggestions(
        right
          ? { ids: [right.id], decision: 'accept', coverage: 'full' }
          : { ids: [top[0].id], decision: 'reject' },
      );
      lastDecision = performance.now();
    }
    await settled(api);
    const afterDecisions = performance.now() - lastDecision;
    const status = await api.getLearningStatus({});
    const suggestions = (await api.listSuggestions({ country: 'MY' })).length;
    // The same country re-tagged whole with what the decisions taught (nothing left to change).
    t = performance.now();
    await api.tagDocuments({});
    const reTagLearned = performance.now() - t;
    return {
      name: 'rescore',
      lines: [
        `country MY: ${clauses} clauses, ${suggestions} suggestions`,
        `re-scored after the 10th decision (${status.decisions} decisions, learning ${status.active ? 'active' : 'not active'}): ${Math.round(afterDecisions)} ms (target < 1000 ms)`,
        `reference: full re-tag of the country ${Math.round(reTag)} ms (first tag ${Math.round(firstTag)} ms), ratio ${(afterDecisions / reTag).toFixed(2)}`,
        `reference with learning active: full re-tag of the country ${Math.round(reTagLearned)} ms, ratio ${(afterDecisions / reTagLearned).toFixed(2)}`,
      ],
    };
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
