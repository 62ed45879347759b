// The review simulation of `npm run eval`: an analyst reviews part of the dev gold through the API
// (the same store, decisions and re-tagging the app uses), and the clauses nobody reviewed are
// scored before and after. A careful analyst accepts the right standards among a clause's top five
// suggestions (of the gold's instruments) and rejects the rest of those five.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LexgapApi } from '../shared/api/contract';
import {
  evaluate,
  TOP_K,
  type GoldFile,
  type PredictedDocument,
  type Scores,
} from '../shared/match/evaluate';
import { goldDocumentPath } from './gold-path';
import { orderClauses, type ReviewOrder } from '../shared/review/review-order';
import type { SuggestionView } from '../shared/model';
import type { LearningStatus } from '../shared/api/contract';
import { describeLearning } from '../shared/review/queue-defaults';

type OpenApp = (config: { database: string }) => Promise<{ api: LexgapApi; close(): Promise<void> }>;

/** Share of each law's labelled clauses the analyst reviews in scenarios (a) and (c). */
export const REVIEWED_SHARE = 0.3;

const norm = (n: string) => n.trim().toLowerCase().replace(/\.$/, '');

/** How often the analyst of a scenario accepted and rejected one standard. */
export interface Tally {
  accepted: number;
  rejected: number;
}

/**
 * A gold standard of an unreviewed clause that is not among its top five after review (scenario
 * (a)): where it stood among the clause's stored suggestions before and after (1 = first; null:
 * not stored, i.e. outside the best five of its instrument), and what the decisions said about it.
 */
export interface MissedStandard {
  clause: string;
  standard: string;
  rankBefore: number | null;
  rankAfter: number | null;
  /** Decisions on this standard in the same law, and in every law of the scenario. */
  inLaw: Tally;
  inAll: Tally;
}

export interface LawFigures {
  file: string;
  /** (a): the rest's gold standards still outside the top five after review. */
  restMisses: MissedStandard[];
  /** (a), (c) and uncertainty order: the law's unreviewed rest, before and after. */
  reviewed: { before: Scores; after: Scores };
  acceptOnly: { before: Scores; after: Scores };
  uncertainty: { before: Scores; after: Scores };
  /** (b): the whole law, with decisions on the other laws only. */
  leaveOut: { before: Scores; after: Scores };
}

/** What the learner said after each scenario's decisions: active or not, and its held-out figure. */
export interface ScenarioLearning {
  scenario: string;
  status: LearningStatus;
}

export interface Session {
  api: LexgapApi;
  ids: string[];
  close(): Promise<void>;
}

/** Each law's suggestions of the gold's instruments, per clause number, best first. */
export async function rankedByClause(
  api: LexgapApi,
  documentId: string,
  frameworks: string[],
): Promise<Map<string, SuggestionView[]>> {
  const clauses = await api.listClauses({ documentId });
  const numberOf = new Map(clauses.map((c) => [c.id, norm(c.number)]));
  const out = new Map<string, SuggestionView[]>();
  for (const c of clauses) if (!out.has(norm(c.number))) out.set(norm(c.number), []);
  const suggestions = (await api.listSuggestions({ documentId }))
    .filter((s) => frameworks.includes(s.frameworkId))
    .sort((a, b) => b.score - a.score);
  for (const s of suggestions) {
    const n = numberOf.get(s.clauseId)!;
    // A clause number printed twice: the first clause is the one the gold means.
    const first = clauses.find((c) => norm(c.number) === n)!;
    if (first.id === s.clauseId) out.get(n)!.push(s);
  }
  return out;
}

async function predictions(session: Session, gold: GoldFile, frameworks: string[]) {
  return Promise.all(
    gold.documents.map(async (doc, i): Promise<PredictedDocument> => {
      const ranked = await rankedByClause(session.api, session.ids[i], frameworks);
      return {
        file: doc.file,
        clauses: [...ranked].map(([number, list]) => ({ number, ranked: list.map((s) => s.provisionId) })),
      };
    }),
  );
}

/** The analyst's decisions on these gold clauses of one law, through reviewSuggestions; per standard, how many of each. */
export async function review(
  session: Session,
  docIndex: number,
  clauses: { number: string; standards: string[] }[],
  frameworks: string[],
  acceptOnly: boolean,
): Promise<Map<string, Tally>> {
  const ranked = await rankedByClause(session.api, session.ids[docIndex], frameworks);
  const accept: string[] = [];
  const reject: string[] = [];
  const tally = new Map<string, Tally>();
  const count = (provisionId: string, key: keyof Tally) => {
    const t = tally.get(provisionId) ?? { accepted: 0, rejected: 0 };
    t[key]++;
    tally.set(provisionId, t);
  };
  for (const g of clauses) {
    for (const s of (ranked.get(norm(g.number)) ?? []).slice(0, 5)) {
      if (g.standards.includes(s.provisionId)) {
        accept.push(s.id);
        count(s.provisionId, 'accepted');
      } else if (!acceptOnly) {
        reject.push(s.id);
        count(s.provisionId, 'rejected');
      }
    }
  }
  if (accept.length)
    await session.api.reviewSuggestions({ ids: accept, decision: 'accept', coverage: 'full' });
  if (reject.length) await session.api.reviewSuggestions({ ids: reject, decision: 'reject' });
  await settled(session.api);
  return tally;
}

/** The gold standards of these clauses that `after` leaves out of a clause's top five, with their ranks and decisions. */
export function missedStandards(
  clauses: GoldFile['documents'][number]['clauses'],
  before: PredictedDocument,
  after: PredictedDocument,
  inLaw: ReadonlyMap<string, Tally>,
  inAll: ReadonlyMap<string, Tally>,
): MissedStandard[] {
  const rankIn = (doc: PredictedDocument, number: string, standard: string) => {
    const i = doc.clauses.find((c) => norm(c.number) === norm(number))?.ranked.indexOf(standard) ?? -1;
    return i < 0 ? null : i + 1;
  };
  const none: Tally = { accepted: 0, rejected: 0 };
  return clauses.flatMap((g) =>
    g.standards
      .filter((standard) => {
        const rank = rankIn(after, g.number, standard);
        return rank === null || rank > TOP_K;
      })
      .map((standard) => ({
        clause: g.number.trim().replace(/\.$/, ''),
        standard,
        rankBefore: rankIn(before, g.number, standard),
        rankAfter: rankIn(after, g.number, standard),
        inLaw: inLaw.get(standard) ?? none,
        inAll: inAll.get(standard) ?? none,
      })),
  );
}

/** Waits for the background re-scoring that decisions start. */
export async function settled(api: LexgapApi): Promise<void> {
  while ((await api.getLearningStatus({})).pending) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** The gold restricted to some clauses of each law (the rest after review). */
const restrict = (gold: GoldFile, keep: (docIndex: number, number: string) => boolean): GoldFile => ({
  documents: gold.documents.map((d, i) => ({
    ...d,
    clauses: d.clauses.filter((c) => keep(i, norm(c.number))),
  })),
});

const labelledOnly = (clauses: GoldFile['documents'][number]['clauses']) =>
  clauses.filter((c) => c.standards.length);
const labelled = (gold: GoldFile, i: number) => labelledOnly(gold.documents[i].clauses);

export async function simulateReview(options: {
  gold: GoldFile;
  goldFile: string;
  frameworks: string[];
  openApp: OpenApp;
  /** Receives the learner's status after each scenario's decisions. */
  learning?: ScenarioLearning[];
}): Promise<LawFigures[]> {
  const { gold, goldFile, frameworks, openApp } = options;
  const learning = options.learning ?? [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-sim-'));
  const base = path.join(dir, 'base.sqlite');
  try {
    // Imported and tagged once; each scenario starts from a copy.
    const first = await openApp({ database: base });
    const ids: string[] = [];
    try {
      for (const doc of gold.documents) {
        const imported = await first.api.importDocuments({
          files: [{ path: goldDocumentPath(goldFile, doc.file) }],
          country: doc.country,
          title: doc.title,
        });
        if (!imported.documents[0])
          throw new Error(`${doc.file}: ${imported.failed[0]?.message ?? 'not imported'}`);
        ids.push(imported.documents[0].id);
      }
      await first.api.tagDocuments({});
    } finally {
      await first.close();
    }
    let copies = 0;
    const open = async (): Promise<Session> => {
      const file = path.join(dir, `copy-${copies++}.sqlite`);
      fs.copyFileSync(base, file);
      const h = await openApp({ database: file });
      return { api: h.api, ids, close: h.close };
    };

    const plain = await open();
    const before = await predictions(plain, gold, frameworks);
    // Uncertainty order is read from the suggestions as tagged, before any decision.
    const uncertainFirst = await Promise.all(
      gold.documents.map(async (_, i) => {
        const ranked = await rankedByClause(plain.api, ids[i], frameworks);
        const numbers = labelled(gold, i).map((c) => norm(c.number));
        const order = orderClauses(
          numbers,
          (n) => (ranked.get(n) ?? []).slice(0, 5).map((s) => s.score),
          'uncertainty',
        );
        return new Set(order.slice(0, Math.round(numbers.length * REVIEWED_SHARE)));
      }),
    );
    await plain.close();

    const reviewPart = async (order: ReviewOrder, acceptOnly: boolean) => {
      const session = await open();
      try {
        const reviewed = gold.documents.map((_, i) => {
          const numbers = labelled(gold, i).map((c) => norm(c.number));
          return order === 'document'
            ? new Set(numbers.slice(0, Math.round(numbers.length * REVIEWED_SHARE)))
            : uncertainFirst[i];
        });
        const tallies: Map<string, Tally>[] = [];
        for (let i = 0; i < gold.documents.length; i++)
          tallies.push(
            await review(
              session,
              i,
              labelled(gold, i).filter((c) => reviewed[i].has(norm(c.number))),
              frameworks,
              acceptOnly,
            ),
          );
        const inAll = new Map<string, Tally>();
        for (const t of tallies)
          for (const [p, { accepted, rejected }] of t) {
            const sum = inAll.get(p) ?? { accepted: 0, rejected: 0 };
            inAll.set(p, { accepted: sum.accepted + accepted, rejected: sum.rejected + rejected });
          }
        await session.api.tagDocuments({});
        learning.push({
          scenario: `${order === 'document' ? 'first' : 'most uncertain'} 30%${acceptOnly ? ', accepting only' : ''}`,
          status: await session.api.getLearningStatus({}),
        });
        const rest = restrict(gold, (i, n) => !reviewed[i].has(n));
        const after = await predictions(session, gold, frameworks);
        return {
          before: evaluate(rest, before).documents,
          after: evaluate(rest, after).documents,
          misses: rest.documents.map((d, i) =>
            missedStandards(labelledOnly(d.clauses), before[i], after[i], tallies[i], inAll),
          ),
        };
      } finally {
        await session.close();
      }
    };
    const reviewed = await reviewPart('document', false);
    const acceptOnly = await reviewPart('document', true);
    const uncertainty = await reviewPart('uncertainty', false);

    const whole = evaluate(gold, before).documents;
    const leaveOut: Scores[] = [];
    for (let out = 0; out < gold.documents.length; out++) {
      const session = await open();
      try {
        for (let i = 0; i < gold.documents.length; i++)
          if (i !== out) await review(session, i, labelled(gold, i), frameworks, false);
        await session.api.tagDocuments({});
        learning.push({
          scenario: `all but ${path.basename(gold.documents[out].file)}`,
          status: await session.api.getLearningStatus({}),
        });
        leaveOut.push(evaluate(gold, await predictions(session, gold, frameworks)).documents[out]);
      } finally {
        await session.close();
      }
    }
    return gold.documents.map((d, i) => ({
      file: d.file,
      restMisses: reviewed.misses[i],
      reviewed: { before: reviewed.before[i], after: reviewed.after[i] },
      acceptOnly: { before: acceptOnly.before[i], after: acceptOnly.after[i] },
      uncertainty: { before: uncertainty.before[i], after: uncertainty.after[i] },
      leaveOut: { before: whole[i], after: leaveOut[i] },
    }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const f3 = (x: number) => x.toFixed(3);
const pair = (s: Scores) => `${f3(s.recallAt5)} / ${f3(s.precisionAt1)}`;

/** One line per scenario: which ranking the decisions left active, and its held-out figure. */
export function learningLines(learning: ScenarioLearning[]): string[] {
  return learning.map((l) => {
    const { line, detail } = describeLearning(l.status);
    return `${l.scenario.padEnd(52)} ${line}. ${detail}`;
  });
}

const tallyText = (t: Tally) => `${t.accepted}/${t.rejected}`;

/**
 * Per law, the standards (a) leaves out of its rest's top five: where each stood before and after
 * review among the clause's stored suggestions ("–": not stored, outside its instrument's best
 * five), and how often the reviewed part accepted/rejected it, in that law and in all. A standard no
 * decision ever accepted cannot be learned from them: only the matcher or the catalog can find it.
 */
export function simulationMissesLines(rows: LawFigures[]): string[] {
  const rank = (r: number | null) => (r === null ? '–' : String(r));
  const out = [
    '(a) what the rest still misses — clause:standard, rank before→after (–: not stored), accepted/rejected by the law’s decisions (by all laws’)',
  ];
  for (const row of rows) {
    if (!row.restMisses.length) continue;
    out.push(`${path.basename(row.file)}:`);
    for (const m of row.restMisses)
      out.push(
        `  ${`${m.clause}:${m.standard}`.padEnd(12)} ${`${rank(m.rankBefore)}→${rank(m.rankAfter)}`.padEnd(6)} ${tallyText(m.inLaw)} (${tallyText(m.inAll)})`,
      );
  }
  return out;
}

/** The simulation as a table: per law and scenario, top-5 recall / top-1 precision before → after. */
export function simulationTable(rows: LawFigures[]): string[] {
  const out = [
    'review simulation (top-5 recall / top-1 precision of the clauses not reviewed; before → after)',
    `${'law'.padEnd(44)} ${'scenario'.padEnd(34)} ${'before'.padEnd(14)}   after`,
  ];
  const scenarios: [string, keyof Omit<LawFigures, 'file' | 'restMisses'>][] = [
    ['(a) first 30%, accept + reject', 'reviewed'],
    ['(b) other laws only, whole law', 'leaveOut'],
    ['(c) first 30%, accepting only', 'acceptOnly'],
    ['(d) 30% most uncertain first', 'uncertainty'],
  ];
  for (const row of rows) {
    for (const [label, key] of scenarios) {
      const { before, after } = row[key];
      out.push(`${path.basename(row.file).padEnd(44)} ${label.padEnd(34)} ${pair(before)} → ${pair(after)}`);
    }
  }
  return out;
}
