// TF-IDF vectors of reviewed clauses, and cosine similarity of a clause to them: how alike the
// wording of a new clause is to the clauses a provision was accepted or rejected on.
import { tokenize } from '../tokenize';

export type Terms = Map<string, number>;

/** Content stems of a clause (heading and text) with their counts. */
export function clauseTerms(heading: string, text: string, language: string): Terms {
  const counts: Terms = new Map();
  for (const t of [...tokenize(heading, language), ...tokenize(text, language)])
    if (!t.stop && t.stem.length > 1 && !/^\d+$/.test(t.stem))
      counts.set(t.stem, (counts.get(t.stem) ?? 0) + 1);
  return counts;
}

interface Vector {
  weights: Map<string, number>;
  norm: number;
}

/** Reviewed clauses indexed by stem, so a clause meets only those it shares words with. */
export class ExampleIndex {
  private readonly idf = new Map<string, number>();
  private readonly fallbackIdf: number;
  private readonly vectors: Vector[];
  /** Per stem, the examples that have it and its weight in each. */
  private readonly byStem = new Map<string, { examples: number[]; weights: number[] }>();

  constructor(examples: Terms[]) {
    const df = new Map<string, number>();
    for (const c of examples) for (const stem of c.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
    const n = examples.length;
    for (const [stem, f] of df) this.idf.set(stem, Math.log(1 + (n + 1) / (f + 0.5)));
    this.fallbackIdf = Math.log(1 + (n + 1) / 0.5);
    this.vectors = examples.map((terms, i) => {
      const v = this.weigh(terms);
      for (const [stem, w] of v.weights) {
        let postings = this.byStem.get(stem);
        if (!postings) this.byStem.set(stem, (postings = { examples: [], weights: [] }));
        postings.examples.push(i);
        postings.weights.push(w);
      }
      return v;
    });
  }

  private weigh(terms: Terms): Vector {
    const weights = new Map<string, number>();
    let sq = 0;
    for (const [stem, count] of terms) {
      const w = (1 + Math.log(count)) * (this.idf.get(stem) ?? this.fallbackIdf);
      weights.set(stem, w);
      sq += w * w;
    }
    return { weights, norm: Math.sqrt(sq) || 1 };
  }

  /** Cosine similarity of the clause to every example it shares a word with. */
  similarities(terms: Terms): Map<number, number> {
    const query = this.weigh(terms);
    const dots = new Map<number, number>();
    for (const [stem, w] of query.weights) {
      const postings = this.byStem.get(stem);
      if (!postings) continue;
      const { examples, weights } = postings;
      for (let i = 0; i < examples.length; i++)
        dots.set(examples[i], (dots.get(examples[i]) ?? 0) + w * weights[i]);
    }
    for (const [e, dot] of dots) dots.set(e, dot / (query.norm * this.vectors[e].norm));
    return dots;
  }

  /** Stems the clause shares with an example, most telling first. */
  sharedStems(terms: Terms, example: number, limit: number): string[] {
    const v = this.vectors[example].weights;
    return [...terms.keys()]
      .filter((s) => v.has(s))
      .sort((a, b) => (this.idf.get(b) ?? 0) - (this.idf.get(a) ?? 0))
      .slice(0, limit);
  }
}
