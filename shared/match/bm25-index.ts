// BM25 of a clause (the query) against every provision profile (the documents) through an inverted
// index from stems to provisions: the cost follows the clause's words, not the catalog's size.
// Stems are the numbers `stemId` gives them, so postings are found by array index.

const K1 = 1.2;
const B = 0.75;

interface Posting {
  idf: number;
  provisions: Int32Array;
  weights: Float64Array;
}

/** Distinct stems of a query and how often each occurs. */
export interface Query {
  stems: number[];
  counts: number[];
}

export class Bm25Index {
  private readonly postings: (Posting | undefined)[] = [];

  /** `profiles[i]`: stem number → term frequency (cue weights may make it fractional) of provision i. */
  constructor(profiles: Map<number, number>[]) {
    const n = profiles.length;
    const lengths = profiles.map((p) => [...p.values()].reduce((a, b) => a + b, 0));
    const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, n) || 1;
    const lists = new Map<number, [number, number][]>();
    profiles.forEach((profile, i) => {
      const norm = K1 * (1 - B + (B * lengths[i]) / avg);
      for (const [stem, tf] of profile) {
        const list = lists.get(stem) ?? [];
        list.push([i, (tf * (K1 + 1)) / (tf + norm)]);
        lists.set(stem, list);
      }
    });
    for (const [stem, list] of lists) {
      this.postings[stem] = {
        idf: Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)),
        provisions: Int32Array.from(list, ([i]) => i),
        weights: Float64Array.from(list, ([, w]) => w),
      };
    }
  }

  /** Adds `factor` × BM25 of the query into `scores`. */
  score({ stems, counts }: Query, scores: Float64Array, factor = 1): void {
    for (let s = 0; s < stems.length; s++) {
      const posting = this.postings[stems[s]];
      if (!posting) continue;
      // Repetition in a long clause is weak evidence: the query weight grows with the log.
      const q = factor * posting.idf * (1 + Math.log(counts[s]));
      const { provisions, weights } = posting;
      for (let k = 0; k < provisions.length; k++) {
        scores[provisions[k]] += q * weights[k];
      }
    }
  }
}
