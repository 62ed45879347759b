// The review simulation of `npm run eval`: an analyst reviews part of the dev gold through the API
// (the same store, decisions and re-tagging the app uses), and the clauses nobody reviewed are
// scored before and after. A careful analyst accepts the right standards among a clause's top five
// suggestions (of the gold's instruments) and rejects the rest of those five.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LexgapApi } from '../shared/api/contract';
import { evaluate, type GoldFile, type PredictedDocument, type Scores } from '../shared/match/evaluate';
import { goldDocumentPath } from './gold-path';
import { orderClauses, type ReviewOrder } from '../shared/review/review-order';
import type { SuggestionView } from '../shared/model';
import type { LearningStatus } from '../shared/api/contract';
import { describeLearning } from '../shared/review/queue-defaults';

type OpenApp = (config: { database: string }) => Promise<{ api: LexgapApi; close(): Promise<void> }>;

/** Share of each law's labelled clauses the analyst reviews in scenarios (a) and (c). */
export const REVIEWED_SHARE = 0.3;

const norm = (n: string) => n.trim().toLowerCase().replace(/\.$/, '');

export interface LawFigures {
  file: string;
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

/** The analyst's decisions on these gold clauses of one law, through reviewSuggestions. */
export async function review(
  session: Session,
  docIndex: number,
  clauses: { number: string; standards: string[] }[],
  frameworks: string[],
  acceptOnly: boolean,
): Promise<void> {
  const ranked = await rankedByClause(session.api, session.ids[docIndex], frameworks);
  const accept: string[] = [];
  const reject: string[] = [];
  for (const g of clauses) {
    for (const s of (ranked.get(norm(g.number)) ?? []).slice(0, 5)) {
      if (g.standards.includes(s.provisionId)) accept.push(s.id);
      else if (!acceptOnly) reject.push(s.id);
    }
  }
  if (accept.length)
    await session.api.reviewSuggestions({ ids: accept, decision: 'accept', coverage: 'full' });
  if (reject.length) await session.api.reviewSuggestions({ ids: reject, decision: 'reject' });
  await settled(session.api);
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

const labelled = (gold: GoldFile, i: number) => gold.documents[i].clauses.filter((c) => c.standards.length);

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
        for (let i = 0; i < gold.documents.length; i++)
          await review(
            session,
            i,
            labelled(gold, i).filter((c) => reviewed[i].has(norm(c.number))),
            frameworks,
            acceptOnly,
          );
        await session.api.tagDocuments({});
        learning.push({
          scenario: `${order === 'document' ? 'first' : 'most uncertain'} 30%${acceptOnly ? ', accepting only' : ''}`,
          status: await session.api.getLearningStatus({}),
        });
        const rest = restrict(gold, (i, n) => !reviewed[i].has(n));
        return {
          before: evaluate(rest, before).documents,
          after: evaluate(rest, await predictions(session, gold, frameworks)).documents,
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
  return learning.map((l) => `${l.scenario.padEnd(52)} ${describeLearning(l.status)}`);
}

/** The simulation as a table: per law and scenario, top-5 recall / top-1 precision before → after. */
export function simulationTable(rows: LawFigures[]): string[] {
  const out = [
    'review simulation (top-5 recall / top-1 precision of the clauses not reviewed; before → after)',
    `${'law'.padEnd(44)} ${'scenario'.padEnd(34)} ${'before'.padEnd(14)}   after`,
  ];
  const scenarios: [string, keyof Omit<LawFigures, 'file'>][] = [
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
