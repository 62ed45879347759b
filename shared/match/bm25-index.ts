// BM25 of a clause (the query) against every provision profile (the documents) through an inverted
// index from stems to provisions: the cost follows the clause's words, not the catalog's size.

const K1 = 1.2;
const B = 0.75;

interface Posting {
  provisions: Int32Array;
  weights: Float64Array;
}

export class Bm25Index {
  private readonly postings = new Map<string, Posting>();
  private readonly idf = new Map<string, number>();

  /** `profiles[i]`: stem → term frequency (cue weights may make it fractional) of provision i. */
  constructor(profiles: Map<string, number>[]) {
    const n = profiles.length;
    const lengths = profiles.map((p) => [...p.values()].reduce((a, b) => a + b, 0));
    const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, n) || 1;
    const lists = new Map<string, [number, number][]>();
    profiles.forEach((profile, i) => {
      const norm = K1 * (1 - B + (B * lengths[i]) / avg);
      for (const [stem, tf] of profile) {
        const list = lists.get(stem) ?? [];
        list.push([i, (tf * (K1 + 1)) / (tf + norm)]);
        lists.set(stem, list);
      }
    });
    for (const [stem, list] of lists) {
      this.idf.set(stem, Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)));
      this.postings.set(stem, {
        provisions: Int32Array.from(list, ([i]) => i),
        weights: Float64Array.from(list, ([, w]) => w),
      });
    }
  }

  /** Adds `factor` × BM25 of the query stems (stem → count) into `scores`. */
  score(query: Map<string, number>, scores: Float64Array, factor = 1): void {
    for (const [stem, count] of query) {
      const posting = this.postings.get(stem);
      if (!posting) continue;
      const idf = this.idf.get(stem) ?? 0;
      // Repetition in a long clause is weak evidence: the query weight grows with the log.
      const q = factor * idf * (1 + Math.log(count));
      const { provisions, weights } = posting;
      for (let k = 0; k < provisions.length; k++) {
        scores[provisions[k]] += q * weights[k];
      }
    }
  }

  idfOf(stem: string): number {
    return this.idf.get(stem) ?? 0;
  }
}
