// Quality of suggestions against a gold file (DESIGN.md, "Evaluation sets"): per clause, recall of
// the gold standards among the top 5 and precision of the top suggestion, over clauses with gold
// standards; per (country, provision), whether some gold clause had it suggested in its top 5.

export interface GoldClause {
  number: string;
  standards: string[];
}

export interface GoldDocument {
  file: string;
  country: string;
  title: string;
  clauses: GoldClause[];
}

export interface GoldFile {
  documents: GoldDocument[];
}

export interface PredictedClause {
  number: string;
  /** Provision ids, best first, already restricted to the instruments the gold uses. */
  ranked: string[];
}

export interface PredictedDocument {
  file: string;
  clauses: PredictedClause[];
}

export interface Scores {
  goldClauses: number;
  predictedClauses: number;
  /** Gold clause numbers the prediction lacks, and predicted numbers the gold lacks. */
  missing: string[];
  extra: string[];
  labelledClauses: number;
  recallAt5: number;
  precisionAt1: number;
  /** (country, provision) pairs of the gold, and how many had a correct clause in some top 5. */
  pairs: number;
  pairsFound: number;
  pairShare: number;
}

export interface Evaluation {
  documents: ({ file: string; country: string } & Scores)[];
  overall: Scores;
}

export const TOP_K = 5;

const norm = (n: string) => n.trim().toLowerCase().replace(/\.$/, '');

interface Tally {
  gold: number;
  predicted: number;
  missing: string[];
  extra: string[];
  labelled: number;
  labels: number;
  labelsFound: number;
  top1: number;
  pairs: Map<string, boolean>;
}

const emptyTally = (): Tally => ({
  gold: 0,
  predicted: 0,
  missing: [],
  extra: [],
  labelled: 0,
  labels: 0,
  labelsFound: 0,
  top1: 0,
  pairs: new Map(),
});

function scores(t: Tally): Scores {
  const found = [...t.pairs.values()].filter(Boolean).length;
  return {
    goldClauses: t.gold,
    predictedClauses: t.predicted,
    missing: t.missing,
    extra: t.extra,
    labelledClauses: t.labelled,
    recallAt5: t.labels ? t.labelsFound / t.labels : 0,
    precisionAt1: t.labelled ? t.top1 / t.labelled : 0,
    pairs: t.pairs.size,
    pairsFound: found,
    pairShare: t.pairs.size ? found / t.pairs.size : 0,
  };
}

export function evaluate(gold: GoldFile, predictions: PredictedDocument[]): Evaluation {
  const overall = emptyTally();
  const documents = gold.documents.map((doc) => {
    const t = emptyTally();
    const predicted = predictions.find((p) => p.file === doc.file)?.clauses ?? [];
    const byNumber = new Map<string, PredictedClause>();
    for (const c of predicted) if (!byNumber.has(norm(c.number))) byNumber.set(norm(c.number), c);
    const goldNumbers = new Set(doc.clauses.map((c) => norm(c.number)));
    t.gold = doc.clauses.length;
    t.predicted = predicted.length;
    t.missing = doc.clauses.map((c) => c.number).filter((n) => !byNumber.has(norm(n)));
    t.extra = [...byNumber.values()].map((c) => c.number).filter((n) => !goldNumbers.has(norm(n)));
    for (const g of doc.clauses) {
      if (!g.standards.length) continue;
      const ranked = byNumber.get(norm(g.number))?.ranked ?? [];
      const top = ranked.slice(0, TOP_K);
      t.labelled++;
      t.labels += g.standards.length;
      t.labelsFound += g.standards.filter((s) => top.includes(s)).length;
      if (ranked[0] && g.standards.includes(ranked[0])) t.top1++;
      for (const s of g.standards) {
        const key = `${doc.country}\u0000${s}`;
        const hit = top.includes(s);
        t.pairs.set(key, (t.pairs.get(key) ?? false) || hit);
        overall.pairs.set(key, (overall.pairs.get(key) ?? false) || hit);
      }
    }
    overall.gold += t.gold;
    overall.predicted += t.predicted;
    overall.missing.push(...t.missing.map((n) => `${doc.file}#${n}`));
    overall.extra.push(...t.extra.map((n) => `${doc.file}#${n}`));
    overall.labelled += t.labelled;
    overall.labels += t.labels;
    overall.labelsFound += t.labelsFound;
    overall.top1 += t.top1;
    return { file: doc.file, country: doc.country, ...scores(t) };
  });
  return { documents, overall: scores(overall) };
}
