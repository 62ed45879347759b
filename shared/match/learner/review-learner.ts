// Learning from review. Each decision (a suggestion accepted or rejected) is a labelled
// (clause, provision) pair. One logistic model, shared by all provisions, learns from the decisions
// how much each signal about a pair says:
//   the matcher's own logit,
//   how alike the clause is to the clauses that provision was accepted on, and rejected on,
//   which standards the most similar reviewed clauses accepted (a weighted vote of the nearest five),
//   how often reviewers accepted that provision, and its instrument, in the same law,
//   whether it was accepted on the neighbouring clauses of the same law,
//   whether it tends to be accepted together with the clause's strongest candidates (from accepted
//   decisions, and the catalog's cross-references as a prior);
// beside it, a fixed prior lowers a little a provision the law's reviewers only ever rejected.
// The model moves a candidate's logit by at most MAX_ADJUSTMENT, and it is only used after it has
// ranked the reviewed clauses' decisions better than the plain matcher while not trained on them
// (folds of contiguous stretches of each law, as review proceeds through a law).
import type { MatchedTerm } from '../../model';
import { fitLogistic, predictLogit, sigmoid, type LogisticModel } from './logistic';
import { ExampleIndex, type Terms } from './text-vectors';

export interface PoolCandidate {
  provisionId: string;
  /** Logit of the score (plain matcher's in a pool; after learning in a rescored list). */
  z: number;
  matched: MatchedTerm[];
}

export interface LearnerClause {
  id: string;
  documentId: string;
  country: string;
  ordinal: number;
  terms: Terms;
  /** The plain matcher's candidates (its best of each framework). */
  pool: PoolCandidate[];
}

export interface LearnerDecision {
  clauseId: string;
  provisionId: string;
  accepted: boolean;
}

export interface LearnerCatalog {
  frameworkOf(provisionId: string): string;
  crossRefs: ReadonlyMap<string, readonly string[]>;
}

/** Held-out comparison on reviewed clauses with an accepted standard (see heldOut). */
export interface HeldOut {
  clauses: number;
  /** Share of the accepted standards among the clause's top three (of at most three). */
  recall3: { learned: number; plain: number };
  /** Share of the clauses whose first suggestion was accepted. */
  top1: { learned: number; plain: number };
}

export interface LearnerStatus {
  decisions: number;
  active: boolean;
  /** Why the learned ranking is or is not used, in plain words. */
  reason: string;
  heldOut: HeldOut | null;
}

export interface ReviewLearner {
  status: LearnerStatus;
  /** The clause's candidates re-scored (and joined by those the learner has evidence for), best first. */
  rescore(clause: LearnerClause): PoolCandidate[];
  /** Whether rescore re-ranks this law's clauses; where not, it gives the plain ranking. */
  ranks(documentId: string): boolean;
}

/** Suggestions a reviewer sees per instrument (what tagging keeps). */
export const SHOWN_PER_FRAMEWORK = 5;
/** Weight of a candidate the reviewer never saw, as a negative example. */
const UNSEEN_WEIGHT = 0.1;
/** Rejections, with no acceptance, of a provision in one law before its other clauses see it lowered. */
const NEVER_ACCEPTED_LOOKS = 3;
/** Scale of that lowering (see rejectedInLaw): 8 rejections lower a logit by about 0.5. */
const NEVER_ACCEPTED_WEIGHT = 0.3;
/** Most a decision-trained model may move a candidate's logit. */
export const MAX_ADJUSTMENT = 4;
/** Below these the held-out comparison says too little to trust. */
export const MIN_DECISIONS = 20;
export const MIN_HELD_OUT_CLAUSES = 8;
/** Held-out clauses whose ranking the learner changes: fewer say nothing about its effect. */
const MIN_CHANGED_CLAUSES = 8;
const FOLDS = 5;
/** Clauses described or tested between two steps of a training (see trainLearnerSteps). */
const STEP_CLAUSES = 16;
/** A training that yields between its steps and returns T. */
export type Training<T> = Generator<void, T, void>;
/** Reviewed clauses that vote on a clause's standards. */
const NEAREST = 5;
/** Accepted standards the learned ranking may push out of the top five, per held-out clause. */
const MAX_LOST_FROM_TOP5 = 0.02;
const L2 = 1;
/** Similarity to an example from another country counts this much. */
const OTHER_COUNTRY = 0.8;
/** A provision outside the pool joins it when a clause this similar was accepted with it. */
const JOIN_SIMILARITY = 0.3;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

const relatedByCatalog = new WeakMap<LearnerCatalog, Map<string, Set<string>>>();

/** Each provision's cross-references, both ways, worked out once per catalog. */
function relatedOf(catalog: LearnerCatalog): Map<string, Set<string>> {
  let related = relatedByCatalog.get(catalog);
  if (related) return related;
  related = new Map();
  const add = (q: string, p: string) => {
    let set = related!.get(q);
    if (!set) related!.set(q, (set = new Set()));
    set.add(p);
  };
  for (const [q, refs] of catalog.crossRefs)
    for (const p of refs) {
      add(q, p);
      add(p, q);
    }
  relatedByCatalog.set(catalog, related);
  return related;
}

/** The `n` most similar, most similar first, in their given order where equally similar (as a stable sort would). */
function mostSimilar<T extends readonly [number, number]>(items: readonly T[], n: number): T[] {
  const top: T[] = [];
  for (const item of items) {
    if (top.length === n && !(item[1] > top[n - 1][1])) continue;
    let i = top.length;
    while (i > 0 && top[i - 1][1] < item[1]) i--;
    top.splice(i, 0, item);
    if (top.length > n) top.pop();
  }
  return top;
}

/** What the decisions of a training set say, ready to describe any (clause, provision) pair. */
class Evidence {
  private readonly index: ExampleIndex;
  private readonly clauseIds: string[];
  private readonly countries: string[];
  private readonly documents: string[];
  private readonly accepted: Set<string>[];
  private readonly rejected: Set<string>[];
  private readonly exampleOf = new Map<string, number>();
  private readonly counts = new Map<string, { acc: number; rej: number }>();
  /** Decisions per (document, provision) and per (document, instrument): how often a provision, and
   *  its instrument, is right differs from law to law. */
  private readonly inDocument = new Map<string, Map<string, { acc: number; rej: number }>>();
  /** Clauses accepted together with a provision: by provision, by the other provision. */
  private readonly together = new Map<string, Map<string, number>>();
  /** Standards accepted on a reviewed clause: by law, by clause ordinal. */
  private readonly acceptedAt = new Map<string, Map<number, Set<string>>>();

  constructor(
    clauses: ReadonlyMap<string, LearnerClause>,
    decisions: readonly LearnerDecision[],
    private readonly catalog: LearnerCatalog,
  ) {
    const byClause = new Map<string, LearnerDecision[]>();
    for (const d of decisions) {
      if (!clauses.has(d.clauseId)) continue;
      const list = byClause.get(d.clauseId) ?? [];
      list.push(d);
      byClause.set(d.clauseId, list);
    }
    this.clauseIds = [...byClause.keys()];
    this.countries = this.clauseIds.map((id) => clauses.get(id)!.country);
    this.documents = this.clauseIds.map((id) => clauses.get(id)!.documentId);
    this.accepted = this.clauseIds.map(() => new Set());
    this.rejected = this.clauseIds.map(() => new Set());
    this.clauseIds.forEach((id, e) => {
      this.exampleOf.set(id, e);
      const documentId = clauses.get(id)!.documentId;
      let inDocument = this.inDocument.get(documentId);
      if (!inDocument) this.inDocument.set(documentId, (inDocument = new Map()));
      for (const d of byClause.get(id)!) {
        (d.accepted ? this.accepted[e] : this.rejected[e]).add(d.provisionId);
        for (const [map, key] of [
          [this.counts, d.provisionId],
          [inDocument, d.provisionId],
          [inDocument, catalog.frameworkOf(d.provisionId)],
        ] as const) {
          const c = map.get(key) ?? { acc: 0, rej: 0 };
          if (d.accepted) c.acc++;
          else c.rej++;
          map.set(key, c);
        }
      }
      const acc = [...this.accepted[e]];
      for (const q of acc) for (const p of acc) if (q !== p) this.addTogether(q, p);
      const clause = clauses.get(id)!;
      if (acc.length) {
        let byOrdinal = this.acceptedAt.get(clause.documentId);
        if (!byOrdinal) this.acceptedAt.set(clause.documentId, (byOrdinal = new Map()));
        byOrdinal.set(clause.ordinal, this.accepted[e]);
      }
    });
    this.index = new ExampleIndex(this.clauseIds.map((id) => clauses.get(id)!.terms));
  }

  /** Whether the catalog relates two provisions (one cross-refers to the other). */
  private related(q: string, p: string): boolean {
    return relatedOf(this.catalog).get(q)?.has(p) ?? false;
  }

  hasDocument(documentId: string): boolean {
    return this.documents.includes(documentId);
  }

  frameworkOf(provisionId: string): string {
    return this.catalog.frameworkOf(provisionId);
  }

  private addTogether(q: string, p: string) {
    let withQ = this.together.get(q);
    if (!withQ) this.together.set(q, (withQ = new Map()));
    withQ.set(p, (withQ.get(p) ?? 0) + 1);
  }

  /**
   * Feature rows of the clause's candidates, and provisions worth adding to them. A clause that is
   * itself one of the examples is left out of its own evidence.
   */
  describe(clause: LearnerClause, withExtra: boolean) {
    const self = this.exampleOf.get(clause.id) ?? -1;
    const own = (set: Set<string>[] | undefined, p: string) => (self >= 0 && set?.[self].has(p) ? 1 : 0);
    const likeAccepted = new Map<string, number>();
    const likeRejected = new Map<string, number>();
    const closest = new Map<string, number>();
    const similar = [...this.index.similarities(clause.terms)]
      .filter(([e]) => e !== self)
      .map(([e, raw]) => [e, raw * (this.countries[e] === clause.country ? 1 : OTHER_COUNTRY)] as const);
    for (const [e, sim] of similar) {
      for (const p of this.accepted[e])
        if (sim > (likeAccepted.get(p) ?? 0)) {
          likeAccepted.set(p, sim);
          closest.set(p, e);
        }
      // A rejection says the standard is wrong in that law's context: it carries within the law only.
      if (this.documents[e] === clause.documentId)
        for (const p of this.rejected[e]) if (sim > (likeRejected.get(p) ?? 0)) likeRejected.set(p, sim);
    }
    // The nearest reviewed clauses' vote: the similarity-weighted share of them that accepted p.
    const nearest = mostSimilar(similar, NEAREST);
    const totalSim = nearest.reduce((a, [, sim]) => a + sim, 0);
    const vote = new Map<string, number>();
    for (const [e, sim] of nearest)
      for (const p of this.accepted[e]) vote.set(p, (vote.get(p) ?? 0) + sim / (totalSim + 0.5));

    const candidates = [...clause.pool].sort((a, b) => b.z - a.z);
    if (withExtra) {
      const inPool = new Set(candidates.map((c) => c.provisionId));
      const floor = new Map<string, number>();
      for (const c of candidates) {
        const f = this.catalog.frameworkOf(c.provisionId);
        floor.set(f, Math.min(floor.get(f) ?? Infinity, c.z - 0.5));
      }
      for (const [p, sim] of likeAccepted)
        if (!inPool.has(p) && sim >= JOIN_SIMILARITY)
          candidates.push({
            provisionId: p,
            z: Math.min(floor.get(this.catalog.frameworkOf(p)) ?? -8, -4),
            matched: [],
          });
    }

    const rankInFramework = new Map<string, number>();
    const ranks = candidates.map((c) => {
      const f = this.catalog.frameworkOf(c.provisionId);
      const r = rankInFramework.get(f) ?? 0;
      rankInFramework.set(f, r + 1);
      return r;
    });
    const strongest = candidates.slice(0, 3);
    // Looked up once per clause, not once per candidate: describe runs for every clause of a
    // country after each decision, and for every reviewed one in each held-out fold.
    const atOrdinal = this.acceptedAt.get(clause.documentId);
    const near = (
      [
        [1, 1],
        [2, 0.5],
      ] as const
    ).flatMap(([step, weight]) =>
      [clause.ordinal - step, clause.ordinal + step].map((o) => ({ accepted: atOrdinal?.get(o), weight })),
    );
    const neighbours = (p: string) => {
      let v = 0;
      for (const { accepted, weight } of near) if (accepted?.has(p)) v = Math.max(v, weight);
      return v;
    };
    const inDocument = this.inDocument.get(clause.documentId);
    /** The clause's own decisions per instrument (it is left out of its own evidence). */
    const ownInFramework = (set: Set<string>[]) => {
      const byFramework = new Map<string, number>();
      if (self >= 0)
        for (const q of set[self]) {
          const f = this.catalog.frameworkOf(q);
          byFramework.set(f, (byFramework.get(f) ?? 0) + 1);
        }
      return byFramework;
    };
    const ownAccepted = ownInFramework(this.accepted);
    const ownRejected = ownInFramework(this.rejected);
    const neverAccepted: number[] = [];
    const rows = candidates.map((c) => {
      const p = c.provisionId;
      const counts = inDocument?.get(p) ?? { acc: 0, rej: 0 };
      const acc = counts.acc - own(this.accepted, p);
      const rej = counts.rej - own(this.rejected, p);
      neverAccepted.push(acc === 0 && rej >= NEVER_ACCEPTED_LOOKS ? rej : 0);
      const f = this.catalog.frameworkOf(p);
      const fCounts = inDocument?.get(f) ?? { acc: 0, rej: 0 };
      const fAcc = fCounts.acc - (ownAccepted.get(f) ?? 0);
      const fRej = fCounts.rej - (ownRejected.get(f) ?? 0);
      let together = 0;
      for (const q of strongest) {
        if (q.provisionId === p) continue;
        const qCount = (this.counts.get(q.provisionId)?.acc ?? 0) - own(this.accepted, q.provisionId);
        const both =
          (this.together.get(q.provisionId)?.get(p) ?? 0) -
          (own(this.accepted, p) && own(this.accepted, q.provisionId) ? 1 : 0);
        const prior = this.related(q.provisionId, p) ? 0.3 : 0;
        together = Math.max(together, sigmoid(q.z) * ((both + 2 * prior) / (qCount + 2)));
      }
      return [
        clamp(c.z, -12, 6),
        likeAccepted.get(p) ?? 0,
        likeRejected.get(p) ?? 0,
        clamp(Math.log((acc + 0.5) / (rej + 0.5)), -3, 3),
        vote.get(p) ?? 0,
        clamp(Math.log((fAcc + 1) / (fRej + 1)), -3, 3),
        neighbours(p),
        together,
      ];
    });
    return { candidates, rows, ranks, closest, neverAccepted };
  }

  sharedStems(clause: LearnerClause, example: number): string[] {
    return this.index.sharedStems(clause.terms, example, 6);
  }
}

/**
 * Training rows: each decision's features, its clause left out of its own evidence. Candidates the
 * reviewer never saw (ranked below what is kept, in an instrument the reviewer decided on) join as
 * weak negatives: mostly wrong, and without them the model would not learn how far down the
 * matcher's ranking a candidate may be lifted from.
 */
function* trainingRows(
  evidence: Evidence,
  clauses: ReadonlyMap<string, LearnerClause>,
  decisions: readonly LearnerDecision[],
): Training<{ x: number[][]; y: number[]; w: number[] }> {
  const x: number[][] = [];
  const y: number[] = [];
  const w: number[] = [];
  let described = 0;
  for (const [id, list] of groupByClause(decisions)) {
    const clause = clauses.get(id);
    if (!clause) continue;
    if (++described % STEP_CLAUSES === 0) yield;
    const { candidates, rows, ranks } = evidence.describe(withDecidedInPool(clause, list), false);
    const decided = new Map(list.map((d) => [d.provisionId, d.accepted]));
    const frameworks = new Set(list.map((d) => evidence.frameworkOf(d.provisionId)));
    candidates.forEach((c, i) => {
      const label = decided.get(c.provisionId);
      if (label !== undefined) {
        x.push(rows[i]);
        y.push(label ? 1 : 0);
        w.push(1);
      } else if (ranks[i] >= SHOWN_PER_FRAMEWORK && frameworks.has(evidence.frameworkOf(c.provisionId))) {
        x.push(rows[i]);
        y.push(0);
        w.push(UNSEEN_WEIGHT);
      }
    });
  }
  return { x, y, w };
}

function groupByClause(decisions: readonly LearnerDecision[]): Map<string, LearnerDecision[]> {
  const byClause = new Map<string, LearnerDecision[]>();
  for (const d of decisions) {
    const list = byClause.get(d.clauseId);
    if (list) list.push(d);
    else byClause.set(d.clauseId, [d]);
  }
  return byClause;
}

/** A decided provision the matcher no longer offers (a manual tag) joins the pool at its bottom. */
function withDecidedInPool(clause: LearnerClause, decided: readonly LearnerDecision[]): LearnerClause {
  const missing = decided.filter((d) => !clause.pool.some((c) => c.provisionId === d.provisionId));
  if (!missing.length) return clause;
  const floor = Math.min(-4, ...clause.pool.map((c) => c.z - 0.5));
  return {
    ...clause,
    pool: [...clause.pool, ...missing.map((d) => ({ provisionId: d.provisionId, z: floor, matched: [] }))],
  };
}

/**
 * Folds of contiguous stretches of each law (its first fifth of reviewed clauses, its second, ...):
 * held-out clauses then lie apart from their training clauses, as the unreviewed rest of a law
 * lies apart from its reviewed part, and neighbours do not leak their decisions into the test.
 */
function foldsOf(clauses: ReadonlyMap<string, LearnerClause>, decided: string[], folds: number) {
  const byDocument = new Map<string, LearnerClause[]>();
  for (const id of decided) {
    const c = clauses.get(id)!;
    byDocument.set(c.documentId, [...(byDocument.get(c.documentId) ?? []), c]);
  }
  const fold = new Map<string, number>();
  for (const list of byDocument.values()) {
    list.sort((a, b) => a.ordinal - b.ordinal);
    list.forEach((c, i) => fold.set(c.id, Math.floor((i * folds) / list.length)));
  }
  return fold;
}

function* fit(
  clauses: ReadonlyMap<string, LearnerClause>,
  decisions: LearnerDecision[],
  catalog: LearnerCatalog,
): Training<{ evidence: Evidence; model: LogisticModel }> {
  const evidence = new Evidence(clauses, decisions, catalog);
  yield;
  const { x, y, w } = yield* trainingRows(evidence, clauses, decisions);
  yield;
  return { evidence, model: fitLogistic(x, y, w, L2) };
}

/** The clause's candidates, learned logits, best first. */
function learnedRanking(evidence: Evidence, model: LogisticModel, clause: LearnerClause): PoolCandidate[] {
  const { candidates, rows, closest, neverAccepted } = evidence.describe(clause, true);
  return candidates
    .map((c, i) => {
      const e = closest.get(c.provisionId);
      const learnedTerms: MatchedTerm[] =
        e === undefined || rows[i][1] < JOIN_SIMILARITY
          ? []
          : evidence.sharedStems(clause, e).map((term) => ({ term, kind: 'learned', start: -1, end: -1 }));
      return {
        provisionId: c.provisionId,
        z: adjusted(c.z, predictLogit(model, rows[i]) - rejectedInLaw(neverAccepted[i])),
        matched: learnedTerms.length ? [...c.matched, ...learnedTerms] : c.matched,
      };
    })
    .sort((a, b) => b.z - a.z);
}

/**
 * Learned against plain ranking on each reviewed clause with an accepted standard, trained each
 * time without it (k-fold over clauses): among the instruments decided on that clause, the share of
 * accepted standards in the top five, and whether the first is accepted.
 */
function* heldOut(
  clauses: ReadonlyMap<string, LearnerClause>,
  decisions: LearnerDecision[],
  catalog: LearnerCatalog,
): Training<{ figure: HeldOut; gain: number[]; lost5: number }> {
  const decided = [...new Set(decisions.map((d) => d.clauseId))].filter((id) => clauses.has(id));
  const folds = Math.min(FOLDS, decided.length);
  const fold = foldsOf(clauses, decided, folds);
  const sums = { recallLearned: 0, recallPlain: 0, top1Learned: 0, top1Plain: 0, recall5Lost: 0 };
  const gain: number[] = [];
  for (let k = 0; k < folds; k++) {
    const train = decisions.filter((d) => fold.get(d.clauseId) !== k);
    const test = decisions.filter((d) => fold.get(d.clauseId) === k);
    if (!train.length || !test.length) continue;
    const { evidence, model } = yield* fit(clauses, train, catalog);
    let tested = 0;
    for (const [id, list] of groupByClause(test)) {
      if (++tested % STEP_CLAUSES === 0) yield;
      const accepted = new Set(list.filter((d) => d.accepted).map((d) => d.provisionId));
      if (!accepted.size) continue;
      const frameworks = new Set(list.map((d) => catalog.frameworkOf(d.provisionId)));
      const clause = withDecidedInPool(clauses.get(id)!, list);
      const score = (ranked: PoolCandidate[]) => {
        const top = ranked.filter((c) => frameworks.has(catalog.frameworkOf(c.provisionId))).slice(0, 5);
        const hits = top.map((c) => accepted.has(c.provisionId));
        return {
          recall: hits.slice(0, 3).filter(Boolean).length / Math.min(3, accepted.size),
          top1: hits[0] ? 1 : 0,
          ap: averagePrecision(hits, accepted.size),
          recall5: hits.filter(Boolean).length / accepted.size,
        };
      };
      const learned = score(learnedRanking(evidence, model, clause));
      const plain = score(PLAIN.rescore(clause));
      sums.recallLearned += learned.recall;
      sums.recallPlain += plain.recall;
      sums.top1Learned += learned.top1;
      sums.top1Plain += plain.top1;
      sums.recall5Lost += Math.max(0, plain.recall5 - learned.recall5);
      gain.push(learned.ap - plain.ap);
    }
  }
  const n = gain.length || 1;
  return {
    figure: {
      clauses: gain.length,
      recall3: { learned: sums.recallLearned / n, plain: sums.recallPlain / n },
      top1: { learned: sums.top1Learned / n, plain: sums.top1Plain / n },
    },
    gain,
    lost5: sums.recall5Lost / n,
  };
}

/** Average precision of a ranking's first five (hits[i]: whether the i-th was accepted). */
function averagePrecision(hits: boolean[], relevant: number): number {
  let found = 0;
  let sum = 0;
  hits.forEach((hit, i) => {
    if (hit) sum += ++found / (i + 1);
  });
  return sum / Math.min(relevant, hits.length || 1);
}

/**
 * How far down a provision goes that reviewers of this law rejected every time they were shown it
 * (r times, never accepted): the log of how much less often it is right than the law's other
 * suggestions, were acceptance in the law a Beta prior worth two looks, scaled down. A fixed prior
 * and not a learned weight, because the decisions cannot learn it: the one clause a provision is
 * accepted on sees it rejected everywhere else, and the unseen candidates never were decided.
 * A provision accepted even once is implemented somewhere in the law, so its rejections stay local.
 */
const rejectedInLaw = (r: number) => (r ? NEVER_ACCEPTED_WEIGHT * Math.log((r + 2) / 2) : 0);

const adjusted = (z: number, m: number) => z + clamp(m - z, -MAX_ADJUSTMENT, MAX_ADJUSTMENT);

/**
 * Whether the held-out gain is more than noise: its mean above 0.84 standard errors (one-sided
 * 80%). With the few decisions of a first review the estimate is noisy, and a learner that is in
 * truth as good as the matcher costs little (its moves are bounded); decisions without signal
 * (random) come out well below zero.
 */
function clearlyBetter(gain: number[]): boolean {
  const n = gain.length;
  if (gain.filter((g) => g !== 0).length < MIN_CHANGED_CLAUSES) return false;
  const mean = gain.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(gain.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  return mean > 0.005 && mean > 0.84 * (sd / Math.sqrt(n));
}

const PLAIN: Omit<ReviewLearner, 'status'> = {
  rescore: (clause) => [...clause.pool].sort((a, b) => b.z - a.z),
  ranks: () => false,
};

/**
 * What the decisions lack before learning can be tried, named for the analyst (which of the three
 * is missing), or undefined when there are enough of both kinds.
 */
export function learningNeeds(decisions: number, accepted: number): string | undefined {
  const rejected = decisions - accepted;
  if (decisions < MIN_DECISIONS)
    return `needs at least ${MIN_DECISIONS} decisions, some accepted and some rejected (${MIN_DECISIONS - decisions} more)`;
  if (!rejected) return 'needs some rejected decisions too: none rejected yet';
  if (!accepted) return 'needs some accepted decisions too: none accepted yet';
  return undefined;
}

/**
 * Trains on the decisions (over the given clauses, which must include every decided one) and
 * decides whether the learned ranking is used, at once (trainLearnerSteps does it in steps). When
 * it is not used, rescore keeps the plain ranking.
 */
export function trainLearner(
  clauses: ReadonlyMap<string, LearnerClause>,
  allDecisions: readonly LearnerDecision[],
  catalog: LearnerCatalog,
): ReviewLearner {
  const steps = trainLearnerSteps(clauses, allDecisions, catalog);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The training in short steps, each ending where the generator yields: a server trains between its
 * other work (a decision, an undo) instead of holding it back for the seconds a large review takes.
 */
export function* trainLearnerSteps(
  clauses: ReadonlyMap<string, LearnerClause>,
  allDecisions: readonly LearnerDecision[],
  catalog: LearnerCatalog,
): Training<ReviewLearner> {
  const decisions = allDecisions.filter((d) => clauses.has(d.clauseId));
  const status = (active: boolean, reason: string, figure: HeldOut | null): LearnerStatus => ({
    decisions: decisions.length,
    active,
    reason,
    heldOut: figure,
  });
  const accepted = decisions.filter((d) => d.accepted).length;
  const missing = learningNeeds(decisions.length, accepted);
  if (missing) return { ...PLAIN, status: status(false, missing, null) };
  const { figure, gain, lost5 } = yield* heldOut(clauses, decisions, catalog);
  if (figure.clauses < MIN_HELD_OUT_CLAUSES)
    return {
      ...PLAIN,
      status: status(
        false,
        `needs at least ${MIN_HELD_OUT_CLAUSES} reviewed clauses with an accepted standard`,
        figure,
      ),
    };
  if (lost5 > MAX_LOST_FROM_TOP5)
    return {
      ...PLAIN,
      status: status(
        false,
        'would push standards you accepted out of the top five on held-out decisions',
        figure,
      ),
    };
  if (!clearlyBetter(gain))
    return {
      ...PLAIN,
      status: status(
        false,
        'does not rank better than the matcher on held-out decisions by more than their noise',
        figure,
      ),
    };

  const { evidence, model } = yield* fit(clauses, decisions, catalog);
  return {
    status: status(true, 'ranks better than the matcher on held-out decisions', figure),
    // The held-out figure is measured within reviewed laws; a law nobody has reviewed yet keeps the
    // plain ranking (on the dev gold, what one law teaches did not carry over to another).
    ranks: (documentId) => evidence.hasDocument(documentId),
    rescore: (clause) =>
      evidence.hasDocument(clause.documentId)
        ? learnedRanking(evidence, model, clause)
        : PLAIN.rescore(clause),
  };
}
