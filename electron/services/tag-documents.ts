// Tagging: score every clause against the catalog, re-rank with what review has taught (when that
// ranks better on held-out decisions, see review-learner.ts), and store the suggestions without
// touching any reviewed one.
import type { TagResult } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { Catalog } from '../../shared/catalog/types';
import {
  buildMatcher,
  type ClauseInput,
  type Matcher,
  type MatchResult,
} from '../../shared/match/build-matcher';
import {
  trainLearnerSteps,
  type LearnerCatalog,
  type LearnerClause,
  type LearnerStatus,
  type PoolCandidate,
  type ReviewLearner,
  type Training,
} from '../../shared/match/learner/review-learner';
import { logit, sigmoid } from '../../shared/match/learner/logistic';
import { clauseTerms, type Terms } from '../../shared/match/learner/text-vectors';
import type { ClauseForTagging, ComputedSuggestion, Store } from '../store/store';
import { useMalayStemmer } from './malay-stemmer';
import { newId } from '../../shared/ids';

/**
 * Suggestions kept per clause: the best five of each instrument, so that Review filtered to one
 * instrument (or a gap study of a few) shows their own best candidates, not only those that also
 * beat every other instrument's. Scores are calibrated on outcomes (even 0.1–0.2 is right about
 * one time in seven) and clauses in languages with fewer cues than English score lower, so the
 * floor only drops what is near noise.
 */
export const KEPT_SUGGESTIONS = { perFramework: 5, minScore: 0.01 } as const;
/**
 * Of those, the ones scored below 0.02 (stored score) are kept only among the clause's own best
 * five: Review hides them unless the analyst lowers its minimum well below the default 0.05, on the
 * dev gold leaving them out changes neither the stored top-5 recall nor the review simulation
 * (`npm run eval`; a floor of 0.03 does), and they were a third of the rows tagging stored.
 */
export const KEPT_BELOW_FLOOR = { score: 0.02, perClause: 5 } as const;
/** The matcher's candidates the learner may re-rank: deeper than what is kept, so that a standard
 *  ranked sixth by the matcher can still reach the five kept. */
const POOL = { limit: Infinity, perFramework: 15, minScore: 0.001 } as const;
/** The plain ranking's stored suggestions, asked of the matcher directly: none it would not store. */
export const PLAIN_KEPT = {
  limit: Infinity,
  ...KEPT_SUGGESTIONS,
  keepWhile: (score: number, rank: number) => storedAt(storedScore(score), rank),
} as const;

/** Clauses matched between two turns of the event loop, where progress is read and cancel arrives. */
const BATCH = 8;

interface Prepared {
  matcher: Matcher;
  learnerCatalog: LearnerCatalog;
  /**
   * Each clause's plain pool and words, by clause id, with what they were matched from: the
   * matcher's part does not change with review, but does when the clause is corrected.
   */
  pools: Map<string, { input: ClauseInput; entry: LearnerClause }>;
  /** Each clause's suggestions as the plain ranking keeps them, by clause id, with what they were matched from. */
  plainKept: Map<string, { input: ClauseInput; results: MatchResult[] }>;
  /**
   * The learner of the last decisions seen, and the pools it was trained on: Review asks for its
   * status often, decisions change rarely (and a corrected decided clause has a new pool).
   */
  last?: { key: string; clauses: Map<string, LearnerClause>; learner: ReviewLearner };
  /** The training under way, if any, for the same decisions and pools. */
  training?: { key: string; clauses: Map<string, LearnerClause>; learner: Promise<ReviewLearner> };
  /** Per country, the learner whose ranking was last stored (null: the plain ranking). */
  stored: Map<string, ReviewLearner | null>;
  /**
   * Laws whose suggestions were last stored in the plain order of their pools by a run whose
   * learner does not re-rank them (nobody reviewed them): a country's next such run has nothing to
   * change there, as a country's run with the same learner has nothing to change anywhere.
   */
  storedPlain: Set<string>;
}

const prepared = new WeakMap<Catalog, Prepared>();
/** A promise whose failure is thrown where it is awaited, not unhandled when nothing awaits it. */
const caught = <T>(promise: Promise<T>): Promise<T> => {
  promise.catch(() => undefined);
  return promise;
};
/** The next turn of the event loop, after the writes going first (`pause`) if any are under way. */
const nextTurn = async (pause?: () => Promise<void>) => {
  await new Promise<void>((resolve) => setImmediate(resolve));
  await pause?.();
};
const MAX_CACHED_CLAUSES = 50_000;

function prepare(catalog: Catalog): Prepared {
  let p = prepared.get(catalog);
  if (!p) {
    const crossRefs = new Map<string, string[]>();
    for (const f of catalog.frameworks)
      for (const pr of f.provisions) crossRefs.set(pr.id, pr.crossRefs ?? []);
    p = {
      matcher: buildMatcher(catalog),
      learnerCatalog: { frameworkOf: (id) => id.slice(0, id.indexOf('.')), crossRefs },
      pools: new Map(),
      plainKept: new Map(),
      stored: new Map(),
      storedPlain: new Set(),
    };
    prepared.set(catalog, p);
  }
  return p;
}

const clauseInput = ({ clause, documentTitle, language }: ClauseForTagging): ClauseInput => ({
  text: clause.text,
  heading: clause.heading,
  path: clause.path,
  documentTitle,
  language,
  number: clause.number,
});

const sameInput = (a: ClauseInput, b: ClauseInput) =>
  a.text === b.text &&
  a.heading === b.heading &&
  a.documentTitle === b.documentTitle &&
  a.language === b.language &&
  a.number === b.number &&
  a.path.join('\u0000') === b.path.join('\u0000');

/**
 * What the plain ranking keeps of a clause is what the matcher keeps when asked for just that: no
 * deeper pool, with evidence for candidates that are never stored. Kept between runs, as the pools
 * are, so that tagging again in the app matches only what changed.
 */
function plainKeptOf(p: Prepared, item: ClauseForTagging): MatchResult[] {
  const input = clauseInput(item);
  const cached = p.plainKept.get(item.clause.id);
  if (cached && sameInput(cached.input, input)) return cached.results;
  const results = p.matcher.matchClause(input, PLAIN_KEPT);
  if (p.plainKept.size >= MAX_CACHED_CLAUSES) p.plainKept.clear();
  p.plainKept.set(item.clause.id, { input, results });
  return results;
}

function poolOf(p: Prepared, item: ClauseForTagging): LearnerClause {
  const { clause } = item;
  const input = clauseInput(item);
  const cached = p.pools.get(clause.id);
  if (cached && sameInput(cached.input, input) && cached.entry.country === item.country) return cached.entry;
  const pool: PoolCandidate[] = p.matcher
    .matchClause(input, POOL)
    .map((r) => ({ provisionId: r.provisionId, z: logit(r.score), matched: r.matched }));
  // The words only matter to a learner that has decisions to compare them with.
  let terms: Terms | undefined;
  const entry: LearnerClause = {
    id: clause.id,
    documentId: clause.documentId,
    country: item.country,
    ordinal: clause.ordinal,
    get terms() {
      return (terms ??= clauseTerms(clause.heading, clause.text, item.language));
    },
    pool,
  };
  if (p.pools.size >= MAX_CACHED_CLAUSES) p.pools.clear();
  p.pools.set(clause.id, { input, entry });
  return entry;
}

/** A score as it is stored and shown: three decimals. */
const storedScore = (score: number) => Math.round(1000 * score) / 1000;

/** Whether the kept suggestion at `rank` of its clause (0: the best) is stored, by its stored score. */
const storedAt = (score: number, rank: number) =>
  score >= KEPT_BELOW_FLOOR.score || rank < KEPT_BELOW_FLOOR.perClause;

/** What a clause keeps: the best of each framework above the floor, as the matcher would keep them. */
function kept(ranked: PoolCandidate[], frameworkOf: (id: string) => string): PoolCandidate[] {
  const perFramework = new Map<string, number>();
  const zMin = logit(KEPT_SUGGESTIONS.minScore);
  return ranked
    .filter((c) => {
      if (c.z < zMin) return false;
      const f = frameworkOf(c.provisionId);
      const n = perFramework.get(f) ?? 0;
      perFramework.set(f, n + 1);
      return n < KEPT_SUGGESTIONS.perFramework;
    })
    .filter((c, rank) => storedAt(storedScore(sigmoid(c.z)), rank));
}

export interface TagOptions {
  documentId?: string;
  /** Only this country's documents (the re-scoring after a decision). */
  country?: string;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  /**
   * Rows already offered for review stay, re-scored, even where the ranking no longer keeps them:
   * the background re-score runs between a reviewer reading the queue and deciding on a row in it,
   * and must not delete the row they are about to decide on.
   */
  keepOffered?: boolean;
  /**
   * Resolves when the writes that go first (an undo, a decision) are done: the learner's training
   * (seconds with a large review) waits on it between its steps, so those writes never wait for it.
   */
  pause?: () => Promise<void>;
}

/**
 * The learner as the decisions made so far train it, over the clauses they were made on. `known`
 * gives the clauses of this run, asked for only when a decision was made.
 */
async function learnerFor(
  store: Store,
  p: Prepared,
  known: () => Promise<ClauseForTagging[]>,
  decisionsRead = store.reviewDecisions(),
  pause?: () => Promise<void>,
) {
  const decisions = await decisionsRead;
  const key = decisions
    .map((d) => `${d.clauseId}\u0000${d.provisionId}\u0000${d.accepted ? 1 : 0}`)
    .join('\n');
  const clauses = new Map<string, LearnerClause>();
  const decided = new Set(decisions.map((d) => d.clauseId));
  const byId = new Map(decided.size ? (await known()).map((k) => [k.clause.id, k]) : []);
  // Decisions on clauses outside this run (another document, another country) still teach.
  if ([...decided].some((id) => !byId.has(id) && !p.pools.has(id)))
    for (const item of await store.clausesForTagging()) byId.set(item.clause.id, item);
  let pooled = 0;
  for (const id of decided) {
    const item = byId.get(id);
    // A clause of this run is matched again if it was corrected; others as last matched.
    const entry = item ? poolOf(p, item) : p.pools.get(id)?.entry;
    if (entry) {
      clauses.set(id, entry);
      // Its words, for the training (read once per clause, the first time after opening).
      void entry.terms;
    }
    // Matching pools and reading words takes seconds the first time: other calls go in between.
    if (++pooled % BATCH === 0) await nextTurn(pause);
  }
  const same = (run: { key: string; clauses: Map<string, LearnerClause> } | undefined) =>
    run?.key === key &&
    run.clauses.size === clauses.size &&
    [...clauses].every(([id, entry]) => run.clauses.get(id) === entry);
  if (same(p.last)) return p.last!.learner;
  // A status read and a re-score asking at once share one training.
  if (same(p.training)) return p.training!.learner;
  // A step per turn: a decision or an undo sent meanwhile is answered between two steps, not after
  // the seconds a large review's training takes.
  const training = inTurns(trainLearnerSteps(clauses, decisions, p.learnerCatalog), pause);
  p.training = { key, clauses, learner: training };
  try {
    const learner = await training;
    p.last = { key, clauses, learner };
    return learner;
  } finally {
    if (p.training?.learner === training) p.training = undefined;
  }
}

/** Runs a training one step per turn of the event loop, each after the writes going first. */
async function inTurns<T>(steps: Training<T>, pause?: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn(pause);
  }
}

export async function tagDocuments(
  store: Store,
  catalog: Catalog,
  options: TagOptions = {},
): Promise<TagResult & { learning: LearnerStatus }> {
  const started = performance.now();
  useMalayStemmer();
  const p = prepare(catalog);
  const listed = options.documentId ? undefined : await store.listDocuments(options.country);
  const documentIds = listed?.map((d) => d.id) ?? [options.documentId ?? ''];
  // The small reads first: SQLite answers in the order it was asked.
  const decisionsRead = store.reviewDecisions();
  // Every row still offered, read (in SQLite's own thread) while the learner trains on this one.
  const offeredRead = options.keepOffered ? store.offeredSuggestions(documentIds) : undefined;
  // Each law's clauses are read on their own, the next law's while this thread matches one: one
  // read of every law held the matching of the first back until the last was read, and reads of
  // every law asked for at once were turned into objects here while the first law was matched,
  // delaying its storing, which every later law's storing follows.
  const reads: Promise<ClauseForTagging[]>[] = [];
  const readLaw = (k: number) => (reads[k] ??= caught(store.clausesForTagging(documentIds[k])));
  if (documentIds.length) readLaw(0);
  for (const read of [decisionsRead, offeredRead]) read?.catch(() => undefined);
  // The matcher builds its indexes for these laws' languages (the first clause of each would) while
  // SQLite reads the first law in its own thread.
  for (const language of new Set(listed?.map((d) => d.language)))
    p.matcher.matchClause({ text: '', heading: '', path: [], documentTitle: '', language }, { limit: 1 });
  const everyClause = async () => (await Promise.all(documentIds.map((_, k) => readLaw(k)))).flat();

  // The learner first: it needs the pools of the decided clauses only (kept in the pool cache).
  const learner = await learnerFor(store, p, everyClause, decisionsRead, options.pause);
  const ranking = learner.status.active ? learner : null;
  // A re-score that would store the same ranking as last time (the plain one, or the same learner)
  // has nothing to change.
  if (
    options.country &&
    !options.documentId &&
    p.stored.has(options.country) &&
    p.stored.get(options.country) === ranking
  )
    return {
      documents: documentIds.length,
      clauses: (await everyClause()).length,
      suggestions: 0,
      kept: 0,
      durationMs: Math.round(performance.now() - started),
      learning: learner.status,
    };

  const now = new Date().toISOString();
  const offered = new Set((await offeredRead)?.map((s) => `${s.clauseId}\u0000${s.provisionId}`));
  // Rows offered for review and outside what is kept now stay, so they need the deeper pool.
  const plain = !ranking && offered.size === 0;
  // The run's size for its progress, before every law is read: what the laws listed hold.
  const expected = listed?.reduce((sum, d) => sum + d.clauses, 0);
  let total = 0;
  let matched = 0;
  const countries = new Set<string>();
  const stopIfCancelled = () => {
    if (options.signal?.aborted) throw new ApiError('cancelled', 'tagging cancelled');
  };
  /** One document's suggestions, as the ranking keeps them. */
  const suggestionsOf = async (documentItems: ClauseForTagging[]): Promise<ComputedSuggestion[]> => {
    const computed: ComputedSuggestion[] = [];
    for (const item of documentItems) {
      // Matching is synchronous: without a turn now and then, the window's progress polls and its
      // Cancel would wait for the whole run (and the document before this one would not be stored).
      if (matched % BATCH === 0 && matched > 0) {
        options.onProgress?.((0.9 * matched) / Math.max(expected ?? total, total));
        await nextTurn();
      }
      stopIfCancelled();
      matched += 1;
      const { id: clauseId, documentId } = item.clause;
      if (plain) {
        plainKeptOf(p, item).forEach((r, rank) => {
          const score = storedScore(r.score);
          if (storedAt(score, rank))
            computed.push({
              id: newId('s'),
              clauseId,
              documentId,
              provisionId: r.provisionId,
              score,
              matched: r.matched,
            });
        });
        continue;
      }
      const pool = poolOf(p, item);
      const ranked = learner.rescore(pool);
      const keep = new Set(kept(ranked, p.learnerCatalog.frameworkOf));
      for (const r of ranked.filter((c) => keep.has(c) || offered.has(`${clauseId}\u0000${c.provisionId}`)))
        computed.push({
          id: newId('s'),
          clauseId,
          documentId,
          provisionId: r.provisionId,
          score: storedScore(sigmoid(r.z)),
          matched: r.matched,
        });
    }
    return computed;
  };
  /** Whether a law's suggestions are stored from the pools in their plain order (see storedPlain). */
  const unranked = (documentId: string) => !plain && !learner.ranks(documentId);
  /** The laws' suggestions, a law at a time, matched as its clauses arrive. */
  async function* matchedLaws() {
    for (const [k, documentId] of documentIds.entries()) {
      const documentItems = await readLaw(k);
      if (k + 1 < documentIds.length) readLaw(k + 1);
      total += documentItems.length;
      for (const item of documentItems) countries.add(item.country);
      if (options.country && !options.documentId && unranked(documentId) && p.storedPlain.has(documentId))
        continue;
      yield { documentId, computed: await suggestionsOf(documentItems) };
    }
  }
  const laws = matchedLaws();
  // The first law is matched while the transaction waits to begin (SQLite begins one only once the
  // reads asked for are answered: here the second law's).
  const first = laws.next();
  first.catch(() => undefined);
  // One transaction, a document at a time: SQLite stores one document's suggestions (in sqlite3's
  // own thread, on the other core) while this thread matches the next.
  const [added, keptCount] = await store
    .transaction(async (tx) => {
      const storing: Promise<[number, number]>[] = [];
      try {
        // caught: a write that fails while the next law is matched (a read-only file, a full disk)
        // is reported below, not left unhandled, which would end the process.
        for (let law = await first; !law.done; law = await laws.next())
          storing.push(caught(tx.replaceSuggestions([law.value.documentId], law.value.computed, now)));
      } catch (error) {
        // Nothing may still be writing when the transaction rolls back.
        await Promise.allSettled(storing);
        throw error;
      }
      const counts = await Promise.all(storing);
      // Cancelled while the last laws were written: rolled back, as a cancel during matching is.
      stopIfCancelled();
      return counts.reduce(([a, k], [da, dk]) => [a + da, k + dk], [0, 0]);
    })
    .finally(() => laws.return(undefined));
  if (options.documentId) {
    p.stored.clear();
    p.storedPlain.clear();
  } else {
    for (const country of countries) p.stored.set(country, ranking);
    for (const documentId of documentIds)
      if (unranked(documentId)) p.storedPlain.add(documentId);
      else p.storedPlain.delete(documentId);
  }
  options.onProgress?.(1);
  return {
    documents: documentIds.length,
    clauses: total,
    suggestions: added,
    kept: keptCount,
    durationMs: Math.round(performance.now() - started),
    learning: learner.status,
  };
}

/** Whether review currently re-ranks suggestions, with the held-out figure behind that choice. */
export async function learningStatus(
  store: Store,
  catalog: Catalog,
  pause?: () => Promise<void>,
): Promise<LearnerStatus> {
  useMalayStemmer();
  return (await learnerFor(store, prepare(catalog), async () => [], undefined, pause)).status;
}
