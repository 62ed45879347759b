// Tagging: score every clause against the catalog, learning from the reviews made so far, and store
// the suggestions without touching any reviewed one.
import type { TagResult } from '../../shared/api/contract';
import type { Catalog } from '../../shared/catalog/types';
import { buildMatcher, type Matcher } from '../../shared/match/build-matcher';
import { trainFeedback } from '../../shared/match/feedback-model';
import type { ComputedSuggestion, Store } from '../store/store';
import { useMalayStemmer } from './malay-stemmer';
import { newId } from '../../shared/ids';

/**
 * Suggestions kept per clause: the best five of each instrument, so that Review filtered to one
 * instrument (or a gap study of a few) shows their own best candidates, not only those that also
 * beat every other instrument's. Scores are calibrated on outcomes (even 0.1–0.2 is right about
 * one time in seven) and clauses in languages with fewer cues than English score lower, so the
 * floor only drops what is near noise.
 */
export const KEPT_SUGGESTIONS = { limit: Infinity, perFramework: 5, minScore: 0.01 } as const;

/** Clauses matched between two turns of the event loop, where progress is read and cancel arrives. */
const BATCH = 32;

const matchers = new WeakMap<Catalog, Matcher>();
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function matcherFor(catalog: Catalog): Matcher {
  let matcher = matchers.get(catalog);
  if (!matcher) {
    matcher = buildMatcher(catalog);
    matchers.set(catalog, matcher);
  }
  return matcher;
}

export async function tagDocuments(
  store: Store,
  catalog: Catalog,
  options: { documentId?: string; signal?: AbortSignal; onProgress?: (fraction: number) => void } = {},
): Promise<TagResult> {
  const started = performance.now();
  useMalayStemmer();
  const items = await store.clausesForTagging(options.documentId);
  const documentIds = options.documentId
    ? [options.documentId]
    : (await store.listDocuments()).map((d) => d.id);
  const matcher = matcherFor(catalog);
  const feedback = trainFeedback(await store.reviewDecisions());

  const computed: ComputedSuggestion[] = [];
  for (const [i, item] of items.entries()) {
    // Matching is synchronous: without a turn now and then, the window's progress polls and its
    // Cancel would wait for the whole run.
    if (i % BATCH === 0 && i > 0) {
      options.onProgress?.(i / items.length);
      await nextTurn();
    }
    if (options.signal?.aborted) throw new Error('tagging cancelled');
    const { clause } = item;
    const ranked = matcher.matchClause(
      {
        text: clause.text,
        heading: clause.heading,
        path: clause.path,
        documentTitle: item.documentTitle,
        language: item.language,
        number: clause.number,
        documentId: clause.documentId,
        country: item.country,
      },
      { ...KEPT_SUGGESTIONS, feedback },
    );
    ranked.forEach((r) =>
      computed.push({
        id: newId('s'),
        clauseId: clause.id,
        documentId: clause.documentId,
        provisionId: r.provisionId,
        score: Math.round(r.score * 1000) / 1000,
        matched: r.matched,
      }),
    );
  }
  const [added, kept] = documentIds.length
    ? await store.transaction((tx) => tx.replaceSuggestions(documentIds, computed, new Date().toISOString()))
    : [0, 0];
  options.onProgress?.(1);
  return {
    documents: documentIds.length,
    clauses: items.length,
    suggestions: added,
    kept,
    durationMs: Math.round(performance.now() - started),
  };
}
