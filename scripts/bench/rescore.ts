// Re-scoring after review: the time from an analyst's tenth decision until every unreviewed clause
// of that country (500 or more) carries suggestions re-ranked by the learner, against a full
// re-tag of the same country in the same run (target: under 1 s).
import fs from 'node:fs';
import path from 'node:path';
import { openApp } from '../../electron/app/open-app';
import { law, tempDir } from '../../tests/helpers/paths';
import { settled } from '../review-simulation';
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
    }
    let t = performance.now();
    await api.tagDocuments({});
    const firstTag = performance.now() - t;
    t = performance.now();
    await api.tagDocuments({});
    const reTag = performance.now() - t;

    // Ten decisions on ten clauses of the Child Bill: its first suggestion accepted, its second
    // rejected, one call each, as an analyst makes them.
    const suggestions = await api.listSuggestions({ country: 'MY' });
    const byClause = new Map<string, typeof suggestions>();
    for (const s of suggestions) byClause.set(s.clauseId, [...(byClause.get(s.clauseId) ?? []), s]);
    const picked = [...byClause.values()].filter((l) => l.length >= 2).slice(0, 10);
    let lastDecision = 0;
    for (const list of picked) {
      list.sort((a, b) => b.score - a.score);
      await api.reviewSuggestions({ ids: [list[0].id], decision: 'accept' });
      lastDecision = performance.now();
      await api.reviewSuggestions({ ids: [list[1].id], decision: 'reject' });
      lastDecision = performance.now();
    }
    await settled(api);
    const afterDecisions = performance.now() - lastDecision;
    const status = await api.getLearningStatus({});
    return {
      name: 'rescore',
      lines: [
        `country MY: ${clauses} clauses, ${(await api.listSuggestions({ country: 'MY' })).length} suggestions`,
        `re-scored after the 10th decision (${status.decisions} decisions, learning ${status.active ? 'active' : 'not active'}): ${Math.round(afterDecisions)} ms (target < 1000 ms)`,
        `reference: full re-tag of the country ${Math.round(reTag)} ms (first tag ${Math.round(firstTag)} ms), ratio ${(afterDecisions / reTag).toFixed(2)}`,
      ],
    };
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
