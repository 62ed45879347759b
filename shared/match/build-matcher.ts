// The matcher: every clause against every provision of the catalog, precomputed once per
// language (cue indexes and BM25 over each provision's profile: title, summary and cues).
// The score joins these signals on a logit scale and squashes it into 0..1 (0.5 ≈ "likely"):
//   cues found in the clause (phrases and keywords, English as fallback) minus negative cues
//   (in a list of definitions, per definition: see definition-units.ts),
//   BM25 of the clause against the provision profiles (relative to the clause's best),
//   context (the clause heading, its Part/Chapter path and the law's title),
//   part of the evidence of overlapping provisions (the catalog's crossRefs), and
//   what reviewers accepted or rejected on similar clauses (see feedback-model.ts).
import type { Catalog, Provision } from '../catalog/types';
import type { MatchedTerm } from '../model';
import { Bm25Index } from './bm25-index';
import { CueIndex, type CueHit } from './cue-index';
import { definitionUnits, unitAt } from './definition-units';
import { feedbackEvidence, type FeedbackModel } from './feedback-model';
import { baseLanguage, tokenize, type Token } from './tokenize';

export interface ClauseInput {
  text: string;
  heading: string;
  /** Enclosing Part/Chapter headings, outermost first. */
  path: string[];
  documentTitle: string;
  language: string;
  number?: string;
  /** Where the clause comes from: learned evidence weighs most within its document, then country. */
  documentId?: string;
  country?: string;
}

export interface MatchOptions {
  limit?: number;
  /** Rank only provisions of these frameworks (ids such as CRC, OPSC). */
  frameworks?: string[];
  feedback?: FeedbackModel;
}

export interface MatchResult {
  provisionId: string;
  /** 0..1; about 0.5 and above means the provision is likely. */
  score: number;
  /** Evidence. Terms in the clause text carry offsets into it; context and learned terms found
   *  outside the text (heading, path, title, similar reviewed clauses) have start = end = -1. */
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
  learned: number;
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
  learned: 6,
  crossRef: 0.6,
  englishFallback: 0.6,
};

export interface MatcherOptions {
  feedback?: FeedbackModel;
  weights?: Partial<ScoreWeights>;
}

/** Context fields and how much each says about a clause. */
const CONTEXT = { heading: 0.9, innerPath: 0.55, outerPath: 0.3, title: 0.3 };
const LATIN_SPACED = new Set(['en', 'ms', 'id', 'fil', 'vi']);
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
  /** Provision → BM25 relative to the field's best. */
  bm: [number, number][];
}

interface LanguageIndex {
  cues: CueIndex;
  bm25: Bm25Index;
}

function addTokens(profile: Map<string, number>, tokens: Token[], weight: number): void {
  for (const t of tokens) if (!t.stop) profile.set(t.stem, (profile.get(t.stem) ?? 0) + weight);
}

function queryOf(tokens: Token[]): Map<string, number> {
  const q = new Map<string, number>();
  for (const t of tokens) if (!t.stop && t.stem.length > 1) q.set(t.stem, (q.get(t.stem) ?? 0) + 1);
  return q;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function buildMatcher(catalog: Catalog, options: MatcherOptions = {}): Matcher {
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const provisions = catalog.frameworks.flatMap((f) => f.provisions);
  const n = provisions.length;
  const prior = Float64Array.from(provisions, (p) => Math.log(Math.max(0.05, p.weight ?? 1)));
  const frameworkOf = provisions.map((p) => p.frameworkId);
  const indexOf = new Map(provisions.map((p, i) => [p.id, i]));
  const crossRefs = provisions.map((p) =>
    (p.crossRefs ?? []).map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined),
  );
  const indexes = new Map<string, LanguageIndex>();

  // Built on a language's first clause: a Vietnamese corpus never pays for Malay stemming.
  function indexFor(language: string): LanguageIndex {
    let index = indexes.get(language);
    if (index) return index;
    const cues = new CueIndex(language);
    const profiles = provisions.map((p, i) => {
      const profile = new Map<string, number>();
      const own = p.cues[language];
      if (language === 'en') {
        addTokens(profile, tokenize(p.title, 'en'), 2);
        addTokens(profile, tokenize(p.summary, 'en'), 1);
      }
      if (own) {
        for (const c of own.phrases) cues.add(i, c, 'phrase');
        for (const c of own.keywords) cues.add(i, c, 'keyword');
        for (const c of own.negative) cues.add(i, c, 'negative');
        for (const c of [...own.phrases, ...own.keywords]) {
          const text = typeof c === 'string' ? c : c.text;
          const w = typeof c === 'string' ? 1 : Math.max(0.25, c.weight / 2);
          addTokens(profile, tokenize(text, language), w);
        }
      }
      return profile;
    });
    cues.finish(n);
    index = { cues, bm25: new Bm25Index(profiles) };
    indexes.set(language, index);
    return index;
  }

  const scratch = {
    cue: cueSums(n),
    bm: new Float64Array(n),
    ctx: cueSums(n),
    ctxBm: new Float64Array(n),
    positive: new Float64Array(n),
    lent: new Float64Array(n),
    lender: new Int32Array(n),
  };

  // Paths and titles repeat across a law's clauses: their evidence is worked out once.
  const fieldCache = new Map<string, FieldEvidence>();
  const fieldBm = new Float64Array(n);
  function fieldEvidence(index: LanguageIndex, language: string, text: string): FieldEvidence {
    const key = `${language}\u0000${text}`;
    let field = fieldCache.get(key);
    if (field) return field;
    const tokens = tokenize(text, language);
    fieldBm.fill(0);
    index.bm25.score(queryOf(tokens), fieldBm);
    let max = 0;
    for (let p = 0; p < n; p++) if (fieldBm[p] > max) max = fieldBm[p];
    const bm: [number, number][] = [];
    for (let p = 0; p < n; p++) if (fieldBm[p] > 0) bm.push([p, fieldBm[p] / (max + 2)]);
    field = { hits: index.cues.find(tokens, text), bm };
    if (fieldCache.size > 20_000) fieldCache.clear();
    fieldCache.set(key, field);
    return field;
  }

  /** Cue evidence of `hits` added into phrase, keyword and negative sums with a factor. */
  function addCues(hits: CueHit[], factor: number, sums: CueSums) {
    for (const { cue, spans } of hits) {
      const repeat = 1 + 0.2 * Math.min(3, spans.length - 1);
      const into =
        cue.kind === 'negative' ? sums.negative : cue.kind === 'phrase' ? sums.phrase : sums.keyword;
      for (const e of cue.entries) into[e.provision] += factor * e.weight * cue.specificity * repeat;
    }
  }

  /** In a list of definitions: a provision's evidence is its best definition's, plus a little of the rest. */
  function addUnitCues(hits: CueHit[], factor: number, sums: CueSums, units: number[]) {
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
  const cueLogit = (s: CueSums, p: number) =>
    weights.cue * (Math.log1p(s.phrase[p]) + KEYWORD_CAP * (1 - Math.exp(-s.keyword[p] / KEYWORD_CAP)));

  function matchClause(input: ClauseInput, matchOptions: MatchOptions = {}): MatchResult[] {
    const language = baseLanguage(input.language);
    const limit = matchOptions.limit ?? 10;
    const allowed = matchOptions.frameworks?.length ? new Set(matchOptions.frameworks) : null;
    const feedback = matchOptions.feedback ?? options.feedback;
    const own = indexFor(language);
    const english = language !== 'en' && LATIN_SPACED.has(language) ? indexFor('en') : null;

    // Scratch arrays are reused from clause to clause (matching is synchronous).
    const { cue, bm, ctx, ctxBm, positive, lent, lender } = scratch;
    for (const a of [
      cue.phrase,
      cue.keyword,
      cue.negative,
      bm,
      ctx.phrase,
      ctx.keyword,
      ctx.negative,
      ctxBm,
      lent,
    ])
      a.fill(0);
    lender.fill(-1);

    // The clause text.
    const tokens = tokenize(input.text, language);
    const textHits: CueHit[][] = [own.cues.find(tokens, input.text)];
    const units = definitionUnits(input.text);
    const addTextCues = (hits: CueHit[], factor: number) =>
      units.length ? addUnitCues(hits, factor, cue, units) : addCues(hits, factor, cue);
    addTextCues(textHits[0], 1);
    own.bm25.score(queryOf(tokens), bm);
    let enTokens: Token[] = [];
    if (english) {
      enTokens = tokenize(input.text, 'en');
      textHits.push(english.cues.find(enTokens));
      addTextCues(textHits[1], weights.englishFallback);
      english.bm25.score(queryOf(enTokens), bm, weights.englishFallback);
    }

    // Context: heading, path (innermost first), title; BM25 normalised per field.
    const contextHits: CueHit[] = [];
    const fields: [string, number][] = [[input.heading, CONTEXT.heading]];
    input.path.forEach((p, i) =>
      fields.push([p, i === input.path.length - 1 ? CONTEXT.innerPath : CONTEXT.outerPath]),
    );
    fields.push([input.documentTitle, CONTEXT.title]);
    for (const [text, factor] of fields) {
      if (!text?.trim()) continue;
      for (const [index, lang, f] of [
        [own, language, factor],
        ...(english ? [[english, 'en', factor * weights.englishFallback] as const] : []),
      ] as const) {
        const field = fieldEvidence(index, lang, text);
        addCues(field.hits, f, ctx);
        contextHits.push(...field.hits);
        for (const [p, v] of field.bm) ctxBm[p] += f * v;
      }
    }

    const learned = feedback
      ? feedbackEvidence(feedback, [...tokenize(input.heading, language), ...tokens], input)
      : null;
    const learnedAt = new Map<number, number>();
    if (learned?.size)
      provisions.forEach((p, i) => learned.has(p.id) && learnedAt.set(i, learned.get(p.id)!.vote));

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
        cueLogit(cue, p) +
        bm25Weight * (maxBm > 0 ? bm[p] / (maxBm + 4) : 0) +
        weights.context * (cueLogit(ctx, p) / weights.cue + ctxBm[p]);
    }
    if (weights.crossRef > 0) {
      for (let p = 0; p < n; p++) {
        if (positive[p] <= 0) continue;
        for (const t of crossRefs[p]) {
          const v = weights.crossRef * positive[p];
          if (v > lent[t]) {
            lent[t] = v;
            lender[t] = p;
          }
        }
      }
    }
    const scored: { p: number; z: number }[] = [];
    for (let p = 0; p < n; p++) {
      if (allowed && !allowed.has(frameworkOf[p])) continue;
      if (positive[p] === 0 && lent[p] === 0 && !learnedAt.has(p)) continue;
      const z =
        weights.bias +
        weights.scale *
          (prior[p] +
            positive[p] +
            lent[p] -
            weights.negative * Math.log1p(cue.negative[p] + 0.5 * ctx.negative[p])) +
        weights.learned * Math.tanh(1.5 * (learnedAt.get(p) ?? 0));
      scored.push({ p, z });
    }
    scored.sort((a, b) => b.z - a.z);
    return scored.slice(0, limit).map(({ p, z }) => ({
      provisionId: provisions[p].id,
      score: sigmoid(z),
      matched: [
        ...evidence(p, textHits, contextHits, learned?.get(provisions[p].id)?.stems ?? [], tokens),
        ...(lender[p] >= 0 && lent[p] > 0.3
          ? [{ term: provisions[lender[p]].id, kind: 'context' as const, start: -1, end: -1 }]
          : []),
      ],
    }));
  }

  function evidence(
    p: number,
    textHits: CueHit[][],
    contextHits: CueHit[],
    learnedStems: string[],
    tokens: Token[],
  ): MatchedTerm[] {
    const out: MatchedTerm[] = [];
    const seen = new Set<string>();
    for (const hits of textHits) {
      for (const { cue, spans } of hits) {
        if (!cue.provisions.has(p)) continue;
        for (const [start, end] of spans.slice(0, MAX_SPANS_PER_CUE)) {
          const key = `${start}:${end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ term: cue.text, kind: cue.kind, start, end });
        }
      }
    }
    for (const { cue } of contextHits) {
      if (cue.kind === 'negative' || !cue.provisions.has(p) || seen.has(cue.key)) continue;
      seen.add(cue.key);
      out.push({ term: cue.text, kind: 'context', start: -1, end: -1 });
    }
    for (const s of learnedStems) {
      const token = tokens.find((t) => t.stem === s);
      out.push(
        token
          ? { term: token.term, kind: 'learned', start: token.start, end: token.end }
          : { term: s, kind: 'learned', start: -1, end: -1 },
      );
    }
    return out.sort((a, b) => a.start - b.start);
  }

  return {
    provisions,
    matchClause,
    matchClauses: (inputs, matchOptions) => inputs.map((input) => matchClause(input, matchOptions)),
  };
}
