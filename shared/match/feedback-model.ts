// Learning from review: each accepted or rejected suggestion becomes a labelled example (a
// TF-IDF vector of its clause). A later clause similar to an example moves that provision up
// (accepted) or down (rejected), most when the example comes from the same document, less from
// the same country, least from elsewhere: a nearest-neighbour (Rocchio-style) vote per provision.
import { detectLanguage } from '../language/detect-language';
import { tokenize, type Token } from './tokenize';

export interface FeedbackDecision {
  text: string;
  heading: string;
  provisionId: string;
  accepted: boolean;
  country: string;
  documentId: string;
}

interface Example {
  provisionId: string;
  accepted: boolean;
  country: string;
  documentId: string;
  vector: Map<string, number>;
  norm: number;
}

export interface FeedbackModel {
  examples: Example[];
  /** Stem → examples containing it, so a clause meets only the examples it shares words with. */
  byStem: Map<string, number[]>;
  idf: Map<string, number>;
}

export interface LearnedEvidence {
  /** Signed vote: > 0 pushes the provision up, < 0 down. */
  vote: number;
  /** Stems shared with the most similar example, strongest first. */
  stems: string[];
}

/** How far a decision carries: within its document, its country, then across countries. */
export const SCOPE_WEIGHT = { document: 1, country: 0.7, elsewhere: 0.45 };
/** Below this cosine two clauses are treated as unrelated. */
const MIN_SIMILARITY = 0.2;

function termCounts(tokens: Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens)
    if (!t.stop && t.stem.length > 1 && !/^\d+$/.test(t.stem))
      counts.set(t.stem, (counts.get(t.stem) ?? 0) + 1);
  return counts;
}

function weigh(
  counts: Map<string, number>,
  idf: Map<string, number>,
  fallbackIdf: number,
): [Map<string, number>, number] {
  const vector = new Map<string, number>();
  let sq = 0;
  for (const [stem, count] of counts) {
    const w = (1 + Math.log(count)) * (idf.get(stem) ?? fallbackIdf);
    vector.set(stem, w);
    sq += w * w;
  }
  return [vector, Math.sqrt(sq) || 1];
}

/** Words of a decision's clause (heading and text), in the language the text is written in. */
function decisionTokens(d: FeedbackDecision): Token[] {
  const language = detectLanguage(`${d.heading}\n${d.text}`);
  return [...tokenize(d.heading, language), ...tokenize(d.text, language)];
}

export function trainFeedback(decisions: FeedbackDecision[]): FeedbackModel {
  const counts = decisions.map((d) => termCounts(decisionTokens(d)));
  const df = new Map<string, number>();
  for (const c of counts) for (const stem of c.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = decisions.length;
  const idf = new Map<string, number>();
  for (const [stem, f] of df) idf.set(stem, Math.log(1 + (n + 1) / (f + 0.5)));
  const byStem = new Map<string, number[]>();
  const examples = decisions.map((d, i): Example => {
    const [vector, norm] = weigh(counts[i], idf, Math.log(1 + (n + 1) / 0.5));
    for (const stem of vector.keys()) {
      const list = byStem.get(stem) ?? [];
      list.push(i);
      byStem.set(stem, list);
    }
    return {
      provisionId: d.provisionId,
      accepted: d.accepted,
      country: d.country,
      documentId: d.documentId,
      vector,
      norm,
    };
  });
  return { examples, byStem, idf };
}

/** Per provision, the vote of the reviewed examples similar to this clause. */
export function feedbackEvidence(
  model: FeedbackModel,
  tokens: Token[],
  where: { country?: string; documentId?: string },
): Map<string, LearnedEvidence> {
  const out = new Map<string, LearnedEvidence>();
  if (!model.examples.length) return out;
  const [query, queryNorm] = weigh(
    termCounts(tokens),
    model.idf,
    Math.log(1 + (model.examples.length + 1) / 0.5),
  );
  const dots = new Map<number, number>();
  for (const [stem, w] of query) {
    for (const e of model.byStem.get(stem) ?? [])
      dots.set(e, (dots.get(e) ?? 0) + w * model.examples[e].vector.get(stem)!);
  }
  const best = new Map<string, { similarity: number; example: Example }>();
  for (const [e, dot] of dots) {
    const example = model.examples[e];
    const similarity = dot / (queryNorm * example.norm);
    if (similarity < MIN_SIMILARITY) continue;
    const scope =
      where.documentId && where.documentId === example.documentId
        ? SCOPE_WEIGHT.document
        : where.country && where.country === example.country
          ? SCOPE_WEIGHT.country
          : SCOPE_WEIGHT.elsewhere;
    const entry = out.get(example.provisionId) ?? { vote: 0, stems: [] };
    entry.vote += (example.accepted ? 1 : -1) * scope * similarity;
    out.set(example.provisionId, entry);
    const top = best.get(example.provisionId);
    if (!top || similarity > top.similarity) best.set(example.provisionId, { similarity, example });
  }
  for (const [provisionId, { example }] of best) {
    const shared = [...query.keys()].filter((s) => example.vector.has(s));
    shared.sort((a, b) => (model.idf.get(b) ?? 0) - (model.idf.get(a) ?? 0));
    out.get(provisionId)!.stems = shared.slice(0, 6);
  }
  return out;
}
