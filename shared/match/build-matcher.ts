// The matcher: every clause against every provision of the catalog, precomputed once per
// language (cue indexes and BM25 over each provision's profile: title, summary and cues).
// The score joins these signals on a logit scale and squashes it into 0..1 (0.5 ≈ "likely"):
//   cues found in the clause (phrases and keywords, English as fallback) minus negative cues
//   (in a list of definitions, per definition: see definition-units.ts),
//   BM25 of the clause against the provision profiles (relative to the clause's best),
//   context (the clause heading, its Part/Chapter path and the law's title),
//   part of the evidence of overlapping provisions (the catalog's crossRefs).
// What reviewers accepted or rejected re-ranks these scores afterwards (learner/review-learner.ts).
import type { Catalog, Provision } from '../catalog/types';
import { languageProfile } from '../language/registry';
import type { MatchedTerm } from '../model';
import type { Query } from './bm25-index';
import type { CueHit } from './cue-index';
import { definitionUnits, unitAt } from './definition-units';
import { indexSourceOf, type IndexSource } from './index-source';
import { buildLanguageIndex, languageIndexFromData, type LanguageIndex } from './language-index';
import { logit, sigmoid } from './learner/logistic';
import { baseLanguage, scan, type Words } from './tokenize';

export interface ClauseInput {
  text: string;
  heading: string;
  /** Enclosing Part/Chapter headings, outermost first. */
  path: string[];
  documentTitle: string;
  language: string;
  number?: string;
}

export interface MatchOptions {
  /** How many results in all (default 10; Infinity for no limit). */
  limit?: number;
  /** At most this many of each framework: the results then hold every framework's own best, so
   *  keeping only some frameworks afterwards gives the same ranking as asking for those alone. */
  perFramework?: number;
  /** Leave out results scored below this. */
  minScore?: number;
  /** Rank only provisions of these frameworks (ids such as CRC, OPSC). */
  frameworks?: string[];
  /**
   * Results end at the first this refuses, given its score and rank (0: the best). Scores fall with
   * rank, so a rule such as "the best five, and any other scored 0.02 or more" keeps a prefix; the
   * rest cost no evidence.
   */
  keepWhile?: (score: number, rank: number) => boolean;
}

export interface MatchResult {
  provisionId: string;
  /** 0..1; about 0.5 and above means the provision is likely. */
  score: number;
  /** Evidence. Terms in the clause text carry offsets into it; context and learned terms found
   *  outside the text (heading, path, title) have start = end = -1. */
  matched: MatchedTerm[];
}

export interface Matcher {
  provisions: Provision[];
  matchClause(input: ClauseInput, options?: MatchOptions): MatchResult[];
  matchClauses(inputs: ClauseInput[], options?: MatchOptions): MatchResult[][];
}

export interface ScoreWeights {
  /** Logit of a provision with no evidence. */
  bias: number;
  /** Maps the summed evidence onto the logit so that 0.5 ≈ "likely" (Platt scaling on the dev gold). */
  scale: number;
  cue: number;
  bm25: number;
  negative: number;
  context: number;
  /** Share of an overlapping provision's evidence lent through the catalog's crossRefs. */
  crossRef: number;
  /** How much English cues count on a clause in another Latin-script language. */
  englishFallback: number;
}

export const DEFAULT_WEIGHTS: ScoreWeights = {
  bias: -6,
  scale: 0.62,
  cue: 1.3,
  bm25: 2.6,
  negative: 1.4,
  context: 1.0,
  crossRef: 0.6,
  englishFallback: 0.6,
};

export interface MatcherOptions {
  weights?: Partial<ScoreWeights>;
  /** Per-language indexes computed ahead for this catalog (default: those given with `provideIndexes`). */
  indexes?: IndexSource;
}

/** Context fields and how much each says about a clause. */
const CONTEXT = { heading: 0.9, innerPath: 0.55, outerPath: 0.3, title: 0.3 };
/** English cues as fallback: for the Latin-script languages written with spaces. */
function readsEnglishCues(language: string): boolean {
  const profile = languageProfile(language);
  return language !== 'en' && profile?.script === 'Latin' && profile.spacing === 'spaced';
}
const MAX_SPANS_PER_CUE = 3;
const KEYWORD_CAP = 1.2;
/** Share of the evidence from a definition list's other definitions that still counts. */
const UNIT_SPILL = 0.15;

interface CueSums {
  phrase: Float64Array;
  keyword: Float64Array;
  negative: Float64Array;
}

const cueSums = (n: number): CueSums => ({
  phrase: new Float64Array(n),
  keyword: new Float64Array(n),
  negative: new Float64Array(n),
});

/** What one context field (a heading, a Part title, the law's title) says, before its factor. */
interface FieldEvidence {
  hits: CueHit[];
  /** Provisions with BM25 evidence, ascending, and their BM25 relative to the field's best. */
  bmProvisions: Int32Array;
  bmValues: Float64Array;
}

/** The content stems of words, in order of first occurrence, with their counts, in arrays reused
 *  from query to query (each is scored as soon as it is made). */
class QueryBuilder {
  private readonly query: Query = { stems: [], counts: [] };
  /** Per stem number: 1 + its place in the query being made, or 0. */
  private placeOf = new Int32Array(4096);

  of({ infos }: Words): Query {
    const { stems, counts } = this.query;
    stems.length = 0;
    counts.length = 0;
    for (let i = 0; i < infos.length; i++) {
      const w = infos[i];
      if (w.stop || w.stem.length <= 1) continue;
      const id = w.stemId;
      if (id >= this.placeOf.length) {
        const grown = new Int32Array(Math.max(id + 1, this.placeOf.length * 2));
        grown.set(this.placeOf);
        this.placeOf = grown;
      }
      const at = this.placeOf[id];
      if (at === 0) {
        stems.push(id);
        counts.push(1);
        this.placeOf[id] = stems.length;
      } else counts[at - 1] += 1;
    }
    for (let k = 0; k < stems.length; k++) this.placeOf[stems[k]] = 0;
    return this.query;
  }
}

/** The best `limit` of (provision, logit) pairs met in provision order, as a stable sort by logit
 *  (descending) would give them: on equal logits the earlier provision first. */
class TopK {
  readonly p: Int32Array;
  readonly z: Float64Array;
  size = 0;
  private limit = 0;

  /** `capacity`: how many provisions there are (each is added at most once). */
  constructor(capacity: number) {
    this.p = new Int32Array(capacity);
    this.z = new Float64Array(capacity);
  }

  /** Empties it for a new ranking of at most `limit`. */
  reset(limit: number): void {
    this.limit = limit;
    this.size = 0;
  }

  add(p: number, z: number): void {
    const { size, limit } = this;
    if (size >= limit && !(size > 0 && z > this.z[size - 1])) return;
    let at = size;
    while (at > 0 && this.z[at - 1] < z) at--;
    // Those after it move down one; the last drops out when it is full.
    for (let k = size < limit ? size : size - 1; k > at; k--) {
      this.p[k] = this.p[k - 1];
      this.z[k] = this.z[k - 1];
    }
    this.p[at] = p;
    this.z[at] = z;
    if (size < limit) this.size = size + 1;
  }
}

// One class rather than closures per matcher: every matcher shares the same optimised code.
class CatalogMatcher implements Matcher {
  readonly provisions: Provision[];
  private readonly weights: ScoreWeights;
  private readonly n: number;
  private readonly prior: Float64Array;
  private readonly frameworkOf: string[];
  /** Each provision's framework as a number (frameworks numbered in order of first provision). */
  private readonly frameworkNumber: Int32Array;
  /** One ranking per framework, reused from clause to clause. */
  private readonly tops: TopK[];
  private readonly query = new QueryBuilder();
  private readonly seenKeys: string[] = [];
  /** The clause text's words (in its language, in English), read before the next clause is scanned. */
  private readonly words: Words = { infos: [], starts: [] };
  private readonly enWords: Words = { infos: [], starts: [] };
  /** The term naming a provision that lent its evidence (see crossRef), once per provision. */
  private readonly lenderTerms: (MatchedTerm | undefined)[] = [];
  /** Provisions each one lends to: those of p at crossRefTo[crossRefStart[p] .. crossRefStart[p + 1]). */
  private readonly crossRefStart: Int32Array;
  private readonly crossRefTo: Int32Array;
  private readonly indexes = new Map<string, LanguageIndex>();
  private readonly ready: IndexSource | undefined;
  private readonly scratch: {
    cue: CueSums;
    bm: Float64Array;
    ctx: CueSums;
    ctxBm: Float64Array;
    positive: Float64Array;
    lent: Float64Array;
    lender: Int32Array;
    /** Rank of a provision among the results being explained, or -1. */
    rank: Int32Array;
  };
  // Paths and titles repeat across a law's clauses: their evidence is worked out once.
  private readonly fieldCache = new Map<string, FieldEvidence>();
  private readonly fieldBm: Float64Array;

  constructor(
    catalog: Catalog,
    private readonly options: MatcherOptions,
  ) {
    this.weights = { ...DEFAULT_WEIGHTS, ...options.weights };
    this.ready = options.indexes ?? indexSourceOf(catalog);
    const provisions = catalog.frameworks.flatMap((f) => f.provisions);
    const n = provisions.length;
    this.provisions = provisions;
    this.n = n;
    this.prior = Float64Array.from(provisions, (p) => Math.log(Math.max(0.05, p.weight ?? 1)));
    this.frameworkOf = provisions.map((p) => p.frameworkId);
    const frameworkIds = [...new Set(this.frameworkOf)];
    this.frameworkNumber = Int32Array.from(this.frameworkOf, (f) => frameworkIds.indexOf(f));
    this.tops = frameworkIds.map(() => new TopK(n));
    const indexOf = new Map(provisions.map((p, i) => [p.id, i]));
    const crossRefs = provisions.map((p) =>
      (p.crossRefs ?? []).map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined),
    );
    this.crossRefTo = Int32Array.from(crossRefs.flat());
    this.crossRefStart = new Int32Array(n + 1);
    crossRefs.forEach((to, p) => (this.crossRefStart[p + 1] = this.crossRefStart[p] + to.length));
    this.scratch = {
      cue: cueSums(n),
      bm: new Float64Array(n),
      ctx: cueSums(n),
      ctxBm: new Float64Array(n),
      positive: new Float64Array(n),
      lent: new Float64Array(n),
      lender: new Int32Array(n),
      rank: new Int32Array(n).fill(-1),
    };
    this.fieldBm = new Float64Array(n);
  }

  // Built (or loaded) on a language's first clause: a Vietnamese corpus never pays for Malay stemming.
  private indexFor(language: string): LanguageIndex {
    let index = this.indexes.get(language);
    if (index) return index;
    const data = this.ready?.(language);
    index =
      data && data.language === language && data.provisions === this.n
        ? languageIndexFromData(data)
        : buildLanguageIndex(this.provisions, language);
    this.indexes.set(language, index);
    return index;
  }

  private fieldEvidence(index: LanguageIndex, language: string, text: string): FieldEvidence {
    const key = `${language}\u0000${text}`;
    let field = this.fieldCache.get(key);
    if (field) return field;
    const { n, fieldBm } = this;
    const words = scan(text, language);
    fieldBm.fill(0);
    index.bm25.score(this.query.of(words), fieldBm);
    let max = 0;
    let count = 0;
    for (let p = 0; p < n; p++) {
      if (fieldBm[p] > max) max = fieldBm[p];
      if (fieldBm[p] > 0) count++;
    }
    const bmProvisions = new Int32Array(count);
    const bmValues = new Float64Array(count);
    for (let p = 0, k = 0; p < n; p++) {
      if (fieldBm[p] > 0) {
        bmProvisions[k] = p;
        bmValues[k++] = fieldBm[p] / (max + 2);
      }
    }
    field = { hits: index.cues.find(words, text), bmProvisions, bmValues };
    if (this.fieldCache.size > 20_000) this.fieldCache.clear();
    this.fieldCache.set(key, field);
    return field;
  }

  /** Cue evidence of `hits` added into phrase, keyword and negative sums with a factor. */
  private addCues(hits: CueHit[], factor: number, sums: CueSums): void {
    for (const { cue, spans } of hits) {
      const repeat = 1 + 0.2 * Math.min(3, spans.length - 1);
      const into =
        cue.kind === 'negative' ? sums.negative : cue.kind === 'phrase' ? sums.phrase : sums.keyword;
      for (const e of cue.entries) into[e.provision] += factor * e.weight * cue.specificity * repeat;
    }
  }

  /** In a list of definitions: a provision's evidence is its best definition's, plus a little of the rest. */
  private addUnitCues(hits: CueHit[], factor: number, sums: CueSums, units: number[]): void {
    const { n } = this;
    // (unit, provision) → evidence, for phrases and keywords; negatives count wherever they are.
    const phrase = new Map<number, number>();
    const keyword = new Map<number, number>();
    for (const { cue, spans } of hits) {
      const counts = new Map<number, number>();
      for (const [start] of spans) {
        const u = unitAt(units, start);
        counts.set(u, (counts.get(u) ?? 0) + 1);
      }
      for (const [unit, count] of counts) {
        const repeat = 1 + 0.2 * Math.min(3, count - 1);
        for (const e of cue.entries) {
          const v = factor * e.weight * cue.specificity * repeat;
          if (cue.kind === 'negative') sums.negative[e.provision] += v;
          else {
            const into = cue.kind === 'phrase' ? phrase : keyword;
            const key = (unit + 1) * n + e.provision;
            into.set(key, (into.get(key) ?? 0) + v);
          }
        }
      }
    }
    for (const [into, target, spill] of [
      [phrase, sums.phrase, UNIT_SPILL],
      [keyword, sums.keyword, 0],
    ] as const) {
      const best = new Float64Array(n);
      const total = new Float64Array(n);
      for (const [key, v] of into) {
        const p = key % n;
        total[p] += v;
        if (v > best[p]) best[p] = v;
      }
      for (let p = 0; p < n; p++) if (total[p]) target[p] += best[p] + spill * (total[p] - best[p]);
    }
  }

  // A precise phrase is worth more than any number of loose keywords: keywords saturate.
  private cueLogit(s: CueSums, p: number): number {
    const phrase = s.phrase[p];
    const keyword = s.keyword[p];
    // Most provisions have no cue in a clause: skip the logarithm and exponential of nothing.
    if (phrase === 0 && keyword === 0) return 0;
    return this.weights.cue * (Math.log1p(phrase) + KEYWORD_CAP * (1 - Math.exp(-keyword / KEYWORD_CAP)));
  }

  /** Context field evidence (cues and BM25) added with a factor. */
  private addField(
    index: LanguageIndex,
    language: string,
    text: string,
    factor: number,
    contextHits: CueHit[],
  ) {
    const { ctx, ctxBm } = this.scratch;
    const field = this.fieldEvidence(index, language, text);
    this.addCues(field.hits, factor, ctx);
    for (const hit of field.hits) contextHits.push(hit);
    const { bmProvisions, bmValues } = field;
    for (let k = 0; k < bmProvisions.length; k++) ctxBm[bmProvisions[k]] += factor * bmValues[k];
  }

  matchClauses(inputs: ClauseInput[], matchOptions?: MatchOptions): MatchResult[][] {
    return inputs.map((input) => this.matchClause(input, matchOptions));
  }

  matchClause(input: ClauseInput, matchOptions: MatchOptions = {}): MatchResult[] {
    const { n, weights, provisions } = this;
    const language = baseLanguage(input.language);
    const limit = matchOptions.limit ?? 10;
    const allowed = matchOptions.frameworks?.length ? new Set(matchOptions.frameworks) : null;
    const own = this.indexFor(language);
    const english = readsEnglishCues(language) ? this.indexFor('en') : null;

    // Scratch arrays are reused from clause to clause (matching is synchronous).
    const { cue, bm, ctx, ctxBm, positive, lent, lender } = this.scratch;
    cue.phrase.fill(0);
    cue.keyword.fill(0);
    cue.negative.fill(0);
    bm.fill(0);
    ctx.phrase.fill(0);
    ctx.keyword.fill(0);
    ctx.negative.fill(0);
    ctxBm.fill(0);
    lent.fill(0);
    lender.fill(-1);

    // The clause text.
    const words = scan(input.text, language, this.words);
    const textHits: CueHit[][] = [own.cues.find(words, input.text)];
    const units = definitionUnits(input.text);
    const addTextCues = (hits: CueHit[], factor: number) =>
      units.length ? this.addUnitCues(hits, factor, cue, units) : this.addCues(hits, factor, cue);
    addTextCues(textHits[0], 1);
    own.bm25.score(this.query.of(words), bm);
    if (english) {
      const enWords = scan(input.text, 'en', this.enWords);
      textHits.push(english.cues.find(enWords));
      addTextCues(textHits[1], weights.englishFallback);
      english.bm25.score(this.query.of(enWords), bm, weights.englishFallback);
    }

    // Context: heading, path (innermost first), title; BM25 normalised per field.
    const contextHits: CueHit[] = [];
    const addContext = (text: string, factor: number) => {
      if (!text?.trim()) return;
      this.addField(own, language, text, factor, contextHits);
      if (english) this.addField(english, 'en', text, factor * weights.englishFallback, contextHits);
    };
    addContext(input.heading, CONTEXT.heading);
    for (let i = 0; i < input.path.length; i++)
      addContext(input.path[i], i === input.path.length - 1 ? CONTEXT.innerPath : CONTEXT.outerPath);
    addContext(input.documentTitle, CONTEXT.title);

    let maxBm = 0;
    for (let p = 0; p < n; p++) if (bm[p] > maxBm) maxBm = bm[p];
    // Bag-of-words evidence over a list of unrelated definitions says little.
    const bm25Weight = units.length ? weights.bm25 / 2 : weights.bm25;
    // Positive evidence of every provision, before the frameworks are filtered: a provision that
    // the catalog marks as overlapping (crossRefs) lends part of its evidence to the other.
    for (let p = 0; p < n; p++) {
      if (!(cue.phrase[p] || cue.keyword[p] || bm[p] || ctx.phrase[p] || ctx.keyword[p] || ctxBm[p])) {
        positive[p] = 0;
        continue;
      }
      positive[p] =
        this.cueLogit(cue, p) +
        bm25Weight * (maxBm > 0 ? bm[p] / (maxBm + 4) : 0) +
        weights.context * (this.cueLogit(ctx, p) / weights.cue + ctxBm[p]);
    }
    if (weights.crossRef > 0) {
      const { crossRefStart, crossRefTo } = this;
      for (let p = 0; p < n; p++) {
        if (positive[p] <= 0 || crossRefStart[p] === crossRefStart[p + 1]) continue;
        const v = weights.crossRef * positive[p];
        for (let k = crossRefStart[p]; k < crossRefStart[p + 1]; k++) {
          const t = crossRefTo[k];
          if (v > lent[t]) {
            lent[t] = v;
            lender[t] = p;
          }
        }
      }
    }
    // The best `limit` by logit (of the best `perFramework` of each framework, where asked) as a
    // stable sort by logit would give them: on equal logits the earlier provision first.
    const cap = (k: number | undefined) => (k !== undefined && Number.isInteger(k) && k >= 0 ? k : n);
    const perFramework = matchOptions.perFramework;
    const minScore = matchOptions.minScore ?? 0;
    const zMin = minScore > 0 ? logit(minScore) : -Infinity;
    const { tops, frameworkNumber } = this;
    const ranked = perFramework === undefined ? 1 : tops.length;
    for (let t = 0; t < ranked; t++) tops[t].reset(cap(perFramework ?? limit));
    for (let p = 0; p < n; p++) {
      if (allowed && !allowed.has(this.frameworkOf[p])) continue;
      if (positive[p] === 0 && lent[p] === 0) continue;
      const negative = cue.negative[p] + 0.5 * ctx.negative[p];
      const z =
        weights.bias +
        weights.scale *
          (this.prior[p] + positive[p] + lent[p] - (negative ? weights.negative * Math.log1p(negative) : 0));
      if (z < zMin) continue;
      tops[perFramework === undefined ? 0 : frameworkNumber[p]].add(p, z);
    }
    const order = this.merge(ranked, cap(limit), matchOptions.keepWhile);
    const textFor = this.hitsOf(order, textHits);
    const contextFor = this.hitsOf(order, [contextHits]);
    return order.map(({ p, score }, r) => ({
      provisionId: provisions[p].id,
      score,
      matched: this.evidence(p, textFor[r], contextFor[r]),
    }));
  }

  /**
   * The first `ranked` rankings merged into one by logit (on equal logits the earlier provision
   * first, each ranking being in that order already), at most `limit`, ended where `keepWhile` says.
   */
  private merge(
    ranked: number,
    limit: number,
    keepWhile: MatchOptions['keepWhile'],
  ): { p: number; score: number }[] {
    const { tops } = this;
    const heads = new Int32Array(ranked);
    const order: { p: number; score: number }[] = [];
    while (order.length < limit) {
      let best = -1;
      for (let t = 0; t < ranked; t++) {
        const top = tops[t];
        const h = heads[t];
        if (h >= top.size) continue;
        if (best < 0) {
          best = t;
          continue;
        }
        const z = top.z[h];
        const bestZ = tops[best].z[heads[best]];
        if (z > bestZ || (z === bestZ && top.p[h] < tops[best].p[heads[best]])) best = t;
      }
      if (best < 0) break;
      const at = heads[best]++;
      const score = sigmoid(tops[best].z[at]);
      if (keepWhile && !keepWhile(score, order.length)) break;
      order.push({ p: tops[best].p[at], score });
    }
    return order;
  }

  /** For each result, the hits whose cue belongs to its provision, in order: one pass over the hits. */
  private hitsOf(order: { p: number }[], groups: CueHit[][]): CueHit[][] {
    const { rank } = this.scratch;
    for (let r = 0; r < order.length; r++) rank[order[r].p] = r;
    // Made by a loop, not order.map: the interpreter's map and optimised code's make arrays of
    // different kinds, and optimised matchClause deoptimised on every clause that met the other.
    const out: CueHit[][] = [];
    for (let r = 0; r < order.length; r++) out.push([]);
    for (const hits of groups)
      for (const hit of hits)
        for (const e of hit.cue.entries) {
          const r = rank[e.provision];
          if (r >= 0) out[r].push(hit);
        }
    for (let r = 0; r < order.length; r++) rank[order[r].p] = -1;
    return out;
  }

  /**
   * Context terms first (each cue once, by key: the clause's language and English may each have
   * compiled the same cue), then the text's spans by offset (each span once, at most
   * MAX_SPANS_PER_CUE per cue), then the provision that lent evidence. Term objects are shared
   * between the results that give the same term.
   */
  private evidence(p: number, textHits: CueHit[], contextHits: CueHit[]): MatchedTerm[] {
    const out: MatchedTerm[] = [];
    const { seenKeys } = this;
    seenKeys.length = 0;
    for (const { cue } of contextHits) {
      if (cue.kind === 'negative' || seenKeys.includes(cue.key)) continue;
      seenKeys.push(cue.key);
      out.push((cue.contextTerm ??= { term: cue.text, kind: 'context', start: -1, end: -1 }));
    }
    const contexts = out.length;
    for (const hit of textHits) {
      const { spans } = hit;
      const terms = (hit.terms ??= []);
      for (let k = 0; k < spans.length && k < MAX_SPANS_PER_CUE; k++) {
        const [start, end] = spans[k];
        // After every term starting at or before it, unless the span is there already.
        let at = contexts;
        while (at < out.length && out[at].start <= start && !(out[at].start === start && out[at].end === end))
          at++;
        if (at < out.length && out[at].start === start) continue;
        const term = (terms[k] ??= { term: hit.cue.text, kind: hit.cue.kind, start, end });
        out.push(term);
        for (let j = out.length - 1; j > at; j--) out[j] = out[j - 1];
        out[at] = term;
      }
    }
    const { lender, lent } = this.scratch;
    if (lender[p] >= 0 && lent[p] > 0.3)
      out.push(
        (this.lenderTerms[lender[p]] ??= {
          term: this.provisions[lender[p]].id,
          kind: 'context',
          start: -1,
          end: -1,
        }),
      );
    return out;
  }
}

export function buildMatcher(catalog: Catalog, options: MatcherOptions = {}): Matcher {
  return new CatalogMatcher(catalog, options);
}
