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

/** An index as plain data, for the build to compute once (see built-indexes.ts): postings in order of
 *  their stems' numbers, each stem named by a caller's number (its place in a list of stems). */
export interface Bm25Data {
  stems: number[];
  idf: number[];
  /** Posting k's provisions and weights are at [start[k], start[k + 1]). */
  start: number[];
  provisions: number[];
  weights: number[];
}

export class Bm25Index {
  private readonly postings: (Posting | undefined)[] = [];

  /** The index `toData` gave, with `stemIds[s]` the number of the caller's stem s in this process. */
  static fromData(data: Bm25Data, stemIds: readonly number[]): Bm25Index {
    const index = new Bm25Index([]);
    const { start } = data;
    for (let k = 0; k < data.stems.length; k++)
      index.postings[stemIds[data.stems[k]]] = {
        idf: data.idf[k],
        provisions: Int32Array.from(data.provisions.slice(start[k], start[k + 1])),
        weights: Float64Array.from(data.weights.slice(start[k], start[k + 1])),
      };
    return index;
  }

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

  /** The index as data, each stem number given as `local(stem)`. */
  toData(local: (stemId: number) => number): Bm25Data {
    const data: Bm25Data = { stems: [], idf: [], start: [0], provisions: [], weights: [] };
    this.postings.forEach((posting, stem) => {
      if (!posting) return;
      data.stems.push(local(stem));
      data.idf.push(posting.idf);
      data.provisions.push(...posting.provisions);
      data.weights.push(...posting.weights);
      data.start.push(data.provisions.length);
    });
    return data;
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
