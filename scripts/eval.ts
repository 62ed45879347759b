// `npm run eval [-- --json] [--gold FILE]`: reads each law of the dev gold with readLaw, matches
// every clause against the catalog (ranking only the instruments the gold uses) and prints clause
// counts, top-5 recall, top-1 precision and (country, provision) coverage per document and overall,
// then the same overall for the suggestions tagging stores (see storedPredictions), then the
// review simulation (see review-simulation.ts): what review does to the clauses not yet reviewed.
// Without --gold it then measures the team's own held-out check gold (scripts/gold/check.json: a
// Malay and a Vietnamese law, a labelled subset of their clauses) the same way, without simulation.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Catalog, Framework } from '../shared/catalog/types';
import { detectLanguage } from '../shared/language/detect-language';
import { useMalayStemmer } from '../electron/services/malay-stemmer';
import { buildMatcher } from '../shared/match/build-matcher';
import {
  evaluate,
  TOP_K,
  type GoldFile,
  type PredictedDocument,
  type Scores,
} from '../shared/match/evaluate';
import type { SegmentedClause } from '../shared/model';
import { DEFAULT_MIN_SCORE } from '../shared/review/queue-defaults';
import { goldDocumentPath } from './gold-path';
import {
  learningLines,
  simulateReview,
  simulationMissesLines,
  simulationTable,
  type ScenarioLearning,
} from './review-simulation';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const dataDir = path.resolve(repoRoot, '../shared/data');
/** The held-out check gold: own labels on laws in other languages than the dev gold's (scripts/gold/README.md). */
const checkGoldFile = path.join(repoRoot, 'scripts/gold/check.json');
/**
 * One bill in English and in Malay: without labels, how far the Malay text's suggestions agree with
 * the English text's, clause by clause (language handling, measured on a law no gold labels).
 */
const PARALLEL = {
  english: 'laws/MY/Sexual_Offences_against_Children_Bill_2017.pdf',
  other: 'laws/MY/RUU_Kesalahan_Seksual_terhadap_Kanak-Kanak_2017.pdf',
  title: 'Sexual Offences against Children Bill 2017',
};
/** The instruments the gold labels use: other frameworks are left out before ranking. */
export const GOLD_FRAMEWORKS = ['CRC', 'OPSC', 'OPAC', 'C138', 'C182'];

type ReadLaw = (
  data: Uint8Array,
  options: { fileName: string; language?: string },
) => Promise<{ clauses: SegmentedClause[]; titleGuess?: string | null }>;

export async function loadCatalogForEval(): Promise<Catalog> {
  const loader = path.join(repoRoot, 'electron/services/load-catalog.ts');
  if (fs.existsSync(loader)) {
    try {
      const mod = (await import(pathToFileURL(loader).href)) as { loadCatalog: () => Catalog };
      return mod.loadCatalog();
    } catch (error) {
      console.error(
        `catalog loader failed, reading the framework files as they are: ${String(error).slice(0, 200)}`,
      );
    }
  }
  // Without a working loader: the framework files as they are.
  const dir = path.join(repoRoot, 'resources/standards');
  const frameworks = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Framework)
    .filter((f) => Array.isArray(f.provisions));
  return { frameworks, ratifications: [], states: [] };
}

async function loadReadLaw(): Promise<ReadLaw> {
  const file = path.join(repoRoot, 'electron/services/read-law.ts');
  const mod = (await import(pathToFileURL(file).href)) as { readLaw: ReadLaw };
  return mod.readLaw;
}

/**
 * The same laws through the real store: imported, tagged as `lexgap tag` does, and each clause's
 * stored suggestions of the gold's instruments ranked by score. What an analyst reviews, after
 * what tagging keeps per clause.
 */
async function storedPredictions(
  gold: GoldFile,
  goldFile: string,
): Promise<{ predictions: PredictedDocument[]; rows: { score: number; right: boolean }[] }> {
  const openAppFile = path.join(repoRoot, 'electron/app/open-app.ts');
  const { openApp } = (await import(
    pathToFileURL(openAppFile).href
  )) as typeof import('../electron/app/open-app');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-eval-'));
  const { api, close } = await openApp({ database: path.join(dir, 'eval.sqlite') });
  try {
    const ids: string[] = [];
    for (const doc of gold.documents) {
      const file = goldDocumentPath(goldFile, doc.file);
      const imported = await api.importDocuments({
        files: [{ path: file }],
        country: doc.country,
        title: doc.title,
      });
      if (!imported.documents[0])
        throw new Error(`${doc.file}: ${imported.failed[0]?.message ?? 'not imported'}`);
      ids.push(imported.documents[0].id);
    }
    await api.tagDocuments({});
    const rows: { score: number; right: boolean }[] = [];
    const predictions = await Promise.all(
      gold.documents.map(async (doc, i) => {
        const suggestions = (await api.listSuggestions({ documentId: ids[i] }))
          .filter((s) => GOLD_FRAMEWORKS.includes(s.frameworkId))
          .sort((a, b) => b.score - a.score);
        // Each stored row on a labelled clause, and whether the gold has it: what a queue floor hides.
        const numberOf = new Map(
          (await api.listClauses({ documentId: ids[i] })).map((c) => [c.id, c.number]),
        );
        for (const s of suggestions) {
          const g = doc.clauses.find((c) => c.number === numberOf.get(s.clauseId));
          if (g?.standards.length) rows.push({ score: s.score, right: g.standards.includes(s.provisionId) });
        }
        return {
          file: doc.file,
          clauses: (await api.listClauses({ documentId: ids[i] })).map((c) => ({
            number: c.number,
            ranked: suggestions.filter((s) => s.clauseId === c.id).map((s) => s.provisionId),
          })),
        };
      }),
    );
    return { predictions, rows };
  } finally {
    await close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What the Review queue's default floor hides of the stored rows on labelled clauses, and how often those are right. */
function floorLine(rows: { score: number; right: boolean }[], floor: number): string {
  const below = rows.filter((r) => r.score < floor);
  const above = rows.filter((r) => r.score >= floor);
  const share = (xs: typeof rows) => (xs.length ? xs.filter((r) => r.right).length / xs.length : 0);
  return `below the default minimum score ${floor}: ${below.length} of ${rows.length} stored rows (${pct(below.length / (rows.length || 1))}), right ${pct(share(below))} of them; at or above it right ${pct(share(above))}`;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * One row of scores. A gold that labels every clause of its laws compares the clause counts; one that
 * labels a subset (the check gold) says how many of the law's clauses are labelled, since the clauses
 * it leaves out are not segmentation errors.
 */
/** Wide enough for the longest law path of the golds (the Malay bill's, 60 characters). */
const LABEL_WIDTH = 62;

export function line(label: string, s: Scores, labels: 'all' | 'subset' = 'all'): string {
  const counts =
    labels === 'subset'
      ? `${s.goldClauses} of ${s.predictedClauses} clauses labelled (missing ${s.missing.length})`
      : `${s.predictedClauses} clauses read, ${s.goldClauses} in gold (missing ${s.missing.length}, extra ${s.extra.length})`;
  return `${label.padEnd(LABEL_WIDTH)} ${counts.padEnd(50)} recall@5 ${pct(s.recallAt5).padStart(6)}  precision@1 ${pct(s.precisionAt1).padStart(6)}  pairs ${s.pairsFound}/${s.pairs} (${pct(s.pairShare)})`;
}

/** Each clause of the gold's laws as readLaw segments them, ranked by the matcher among GOLD_FRAMEWORKS. */
async function matchedPredictions(
  gold: GoldFile,
  goldFile: string,
  matcher: ReturnType<typeof buildMatcher>,
  readLaw: ReadLaw,
): Promise<PredictedDocument[]> {
  const predictions: PredictedDocument[] = [];
  for (const doc of gold.documents) {
    const file = goldDocumentPath(goldFile, doc.file);
    const { clauses } = await readLaw(new Uint8Array(fs.readFileSync(file)), {
      fileName: path.basename(file),
    });
    const language = detectLanguage(clauses.map((c) => c.text).join('\n'));
    predictions.push({
      file: doc.file,
      clauses: clauses.map((c) => ({
        number: c.number,
        ranked: matcher
          .matchClause(
            {
              text: c.text,
              heading: c.heading,
              path: c.path,
              documentTitle: doc.title,
              language,
              number: c.number,
            },
            { limit: 5, frameworks: GOLD_FRAMEWORKS },
          )
          .map((r) => r.provisionId),
      })),
    });
  }
  return predictions;
}

/** Top-5 overlap and top-1 agreement of the other-language text's suggestions with the English text's. */
async function parallelAgreement(
  matcher: ReturnType<typeof buildMatcher>,
  readLaw: ReadLaw,
): Promise<{ clauses: number; overlap: number; top1: number }> {
  const docs = [PARALLEL.english, PARALLEL.other].map((file) => ({
    file,
    country: 'MY',
    title: PARALLEL.title,
    clauses: [],
  }));
  const [english, other] = await matchedPredictions({ documents: docs }, checkGoldFile, matcher, readLaw);
  const otherByNumber = new Map(other.clauses.map((c) => [c.number, c.ranked.slice(0, TOP_K)]));
  let clauses = 0;
  let overlap = 0;
  let top1 = 0;
  for (const c of english.clauses) {
    const theirs = otherByNumber.get(c.number);
    if (!c.number || !theirs) continue;
    const ours = c.ranked.slice(0, TOP_K);
    clauses++;
    overlap += ours.filter((id) => theirs.includes(id)).length / TOP_K;
    if (ours[0] && ours[0] === theirs[0]) top1++;
  }
  return { clauses, overlap: clauses ? overlap / clauses : 0, top1 };
}

/** Which gold standards fall outside the top 5, counted per provision. */
function missesLine(gold: GoldFile, predictions: PredictedDocument[]): string {
  const misses = new Map<string, number>();
  gold.documents.forEach((doc, i) => {
    const byNumber = new Map(predictions[i].clauses.map((c) => [c.number, c.ranked]));
    for (const g of doc.clauses)
      for (const s of g.standards)
        if (!(byNumber.get(g.number) ?? []).includes(s)) misses.set(s, (misses.get(s) ?? 0) + 1);
  });
  return `missed: ${[...misses]
    .sort((a, b) => b[1] - a[1])
    .map(([s, n]) => `${s}×${n}`)
    .join(' ')}`;
}

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const goldArg = args.indexOf('--gold');
  const goldFile = goldArg >= 0 ? path.resolve(args[goldArg + 1]) : path.join(dataDir, 'gold/dev.json');
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as GoldFile;
  const started = performance.now();
  const catalog = await loadCatalogForEval();
  useMalayStemmer();
  const matcher = buildMatcher(catalog);
  const readLaw = await loadReadLaw();

  const predictions = await matchedPredictions(gold, goldFile, matcher, readLaw);
  const result = evaluate(gold, predictions);
  const storedRun = await storedPredictions(gold, goldFile);
  const stored = evaluate(gold, storedRun.predictions);
  const { openApp } = (await import(
    pathToFileURL(path.join(repoRoot, 'electron/app/open-app.ts')).href
  )) as typeof import('../electron/app/open-app');
  const learning: ScenarioLearning[] = [];
  const simulation = await simulateReview({ gold, goldFile, frameworks: GOLD_FRAMEWORKS, openApp, learning });
  // The check gold after the dev gold (only when no other gold was asked for): other languages, own labels.
  const checkGold =
    goldArg < 0 && fs.existsSync(checkGoldFile)
      ? (JSON.parse(fs.readFileSync(checkGoldFile, 'utf8')) as GoldFile)
      : null;
  const checkPredictions = checkGold
    ? await matchedPredictions(checkGold, checkGoldFile, matcher, readLaw)
    : [];
  const check = checkGold ? evaluate(checkGold, checkPredictions) : null;
  const checkStored = checkGold
    ? evaluate(checkGold, (await storedPredictions(checkGold, checkGoldFile)).predictions)
    : null;
  if (json) {
    process.stdout.write(
      `${JSON.stringify(
        {
          ...result,
          stored: stored.overall,
          simulation,
          learning,
          ...(check && checkStored ? { check: { ...check, stored: checkStored.overall } } : {}),
        },
        null,
        2,
      )}\n`,
    );
    return;
  }
  for (const d of result.documents) {
    console.log(line(d.file, d));
    if (d.missing.length) console.log(`  missing: ${d.missing.join(', ')}`);
    if (d.extra.length) console.log(`  extra: ${d.extra.join(', ')}`);
  }
  console.log(line('overall', result.overall));
  console.log(line('overall, as `tag` stores them for review', stored.overall));
  console.log(floorLine(storedRun.rows, DEFAULT_MIN_SCORE));
  if (args.includes('--misses')) console.log(missesLine(gold, predictions));
  console.log('');
  for (const row of simulationTable(simulation)) console.log(row);
  if (args.includes('--misses')) for (const row of simulationMissesLines(simulation)) console.log(row);
  console.log('');
  console.log(
    'the learner after each scenario (held out: trained without a stretch of the reviewed clauses)',
  );
  for (const row of learningLines(learning)) console.log(row);
  if (checkGold && check && checkStored) {
    // A labelled subset of each law's clauses: the others are not scored, so "extra" is not listed.
    console.log('');
    console.log('check (own labels, other languages: scripts/gold/check.json, a subset of clauses)');
    for (const d of check.documents) {
      console.log(line(d.file, d, 'subset'));
      if (d.missing.length) console.log(`  missing: ${d.missing.join(', ')}`);
    }
    console.log(line('check overall', check.overall, 'subset'));
    console.log(line('check overall, as `tag` stores them for review', checkStored.overall, 'subset'));
    if (args.includes('--misses')) console.log(missesLine(checkGold, checkPredictions));
    const parallel = await parallelAgreement(matcher, readLaw);
    console.log(
      `the same bill in Malay and in English, ${parallel.clauses} clauses: top-5 overlap ${pct(parallel.overlap)}, same top suggestion ${parallel.top1} of ${parallel.clauses}`,
    );
  }
  console.error(`(${Math.round(performance.now() - started)} ms)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
