// Matrix build time: 11 countries × the full catalog × 50,000 accepted tags (target under 50 ms),
// against a naive build that filters the tags for every cell, and against serialising the result.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Catalog, Framework, Provision } from '../../shared/catalog/types';
import { assess } from '../../shared/coverage/assess';
import { citeClause } from '../../shared/coverage/cite-clause';
import { buildMatrix, type BuildMatrixInput } from '../../shared/matrix/build-matrix';
import type { AcceptedTag, CellOverride, ClauseKind } from '../../shared/model';
import type { BenchReport } from './_report';
import { seededRandom } from './_seeded-random';

const COUNTRIES = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'PK'];
const TAGS = 50_000;

// The shipped catalog when it loads; otherwise the reason, and a synthetic one of the same size.
async function loadRealCatalog(): Promise<{ catalog: Catalog | null; note: string }> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const file = path.resolve(here, '../../electron/services/load-catalog.ts');
  if (!fs.existsSync(file)) return { catalog: null, note: 'no loadCatalog yet' };
  try {
    const mod = (await import(pathToFileURL(file).href)) as { loadCatalog: (dir?: string) => Catalog };
    return { catalog: mod.loadCatalog(), note: 'resources/standards (loadCatalog)' };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return { catalog: null, note: `loadCatalog failed (${reason})` };
  }
}

export function syntheticCatalog(): Catalog {
  const sizes: [string, number][] = [
    ['CRC', 54],
    ['OPSC', 17],
    ['OPAC', 13],
    ['OPIC', 24],
    ['C138', 18],
    ['C182', 16],
    ['ACTIP', 31],
    ['CHK', 227],
  ];
  const frameworks: Framework[] = sizes.map(([id, n]) => {
    const groups = Array.from({ length: 8 }, (_, g) => ({ id: `g${g}`, title: `Group ${g + 1}` }));
    const provisions: Provision[] = Array.from({ length: n }, (_, i) => ({
      id: `${id}.${i + 1}`,
      frameworkId: id,
      number: String(i + 1),
      title: `${id} provision ${i + 1}`,
      summary: 'A summary in our own words.',
      group: `g${i % 8}`,
      substantive: true,
      procedural: false,
      generalPrinciple: false,
      crossRefs: [],
      verified: true,
      weight: 1,
      cues: {},
    }));
    return {
      id,
      name: id,
      shortName: id,
      kind: id === 'CHK' ? 'checklist' : 'convention',
      body: 'UN',
      adopted: null,
      entryIntoForce: null,
      binding: id !== 'CHK',
      provisional: false,
      verified: true,
      groups,
      provisions,
    };
  });
  return { frameworks, ratifications: [], states: COUNTRIES.map((code) => ({ code, name: code })) };
}

export function makeInput(catalog: Catalog): BuildMatrixInput {
  const rand = seededRandom(42);
  const provisions = catalog.frameworks.flatMap((f) => f.provisions.map((p) => p.id));
  const kinds: ClauseKind[] = ['section', 'article', 'clause', 'schedule'];
  const text =
    'Any person who, having the care of a child, abuses, neglects or abandons the child commits an offence. '.repeat(
      4,
    );
  const tags: AcceptedTag[] = Array.from({ length: TAGS }, (_, i) => {
    const country = COUNTRIES[Math.floor(rand() * COUNTRIES.length)];
    const clause = Math.floor(rand() * 3000);
    const doc = clause % 12;
    return {
      suggestionId: `s${i}`,
      country,
      provisionId: provisions[Math.floor(rand() * provisions.length)],
      coverage: rand() < 0.6 ? 'full' : 'partial',
      note: rand() < 0.3 ? 'Reviewed against the checklist.' : null,
      reviewer: 'Analyst',
      reviewedAt: '2026-11-20T10:00:00.000Z',
      documentId: `${country}-d${doc}`,
      documentTitle: `${country} Child Act ${1990 + doc}`,
      documentYear: 1990 + doc,
      documentStatus: 'in_force',
      clauseId: `${country}-c${clause}`,
      clauseNumber: String(clause % 250),
      clauseKind: kinds[clause % kinds.length],
      clauseHeading: 'Heading',
      clauseText: text,
      pageStart: 1 + (clause % 120),
      pageEnd: 1 + (clause % 120),
      printedPage: String(clause % 120),
      matched: [{ term: 'neglects', kind: 'keyword', start: 48, end: 56 }],
      clauseSource: 'text',
      ocrConfidence: null,
    };
  });
  const overrides: CellOverride[] = Array.from({ length: 500 }, (_, i) => ({
    country: COUNTRIES[i % COUNTRIES.length],
    provisionId: provisions[Math.floor(rand() * provisions.length)],
    level: (['gap', 'contradicts', 'not_applicable', 'partial'] as const)[i % 4],
    rationale: 'Analyst rating.',
    reviewedDocumentIds: [],
    pendingCandidates: [],
    citedClauses: [],
    reviewer: 'Analyst',
    at: '2026-11-21T09:00:00.000Z',
  }));
  return {
    catalog,
    // Through JSON, as rows arrive from SQLite: flat strings, one object per row (template literals
    // would leave rope strings that every map lookup must flatten).
    tags: JSON.parse(JSON.stringify(tags)) as AcceptedTag[],
    countries: COUNTRIES.map((code) => ({
      code,
      name: catalog.states.find((s) => s.code === code)?.name ?? code,
    })),
    overrides,
    now: '2026-11-23T00:00:00.000Z',
  };
}

// The obvious implementation: scan every tag for every cell.
function naiveCellCount(input: BuildMatrixInput): number {
  let cells = 0;
  for (const f of input.catalog.frameworks) {
    for (const p of f.provisions) {
      for (const c of input.countries) {
        const tags = input.tags.filter((t) => t.country === c.code && t.provisionId === p.id);
        const override = input.overrides.find((o) => o.country === c.code && o.provisionId === p.id);
        assess(tags, override);
        tags.forEach((t) => citeClause(t));
        cells += 1;
      }
    }
  }
  return cells;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

// CPU time of this process (all its threads, the garbage collector's included): less sensitive than
// wall time to the other jobs sharing the machine's two cores.
function cpuTime(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(1)} ms`;

export async function run(): Promise<BenchReport> {
  const real = await loadRealCatalog();
  const catalog = real.catalog ?? syntheticCatalog();
  const input = makeInput(catalog);
  const provisionCount = catalog.frameworks.reduce((n, f) => n + f.provisions.length, 0);

  for (let i = 0; i < 3; i++) buildMatrix(input);
  const builds = Array.from({ length: 15 }, () => time(() => buildMatrix(input)));
  const matrix = buildMatrix(input);
  const serialise = median(Array.from({ length: 5 }, () => time(() => JSON.stringify(matrix))));
  const naive = median(Array.from({ length: 3 }, () => time(() => naiveCellCount(input))));
  const build = median(builds);
  const buildCpu = median(Array.from({ length: 15 }, () => cpuTime(() => buildMatrix(input))));
  const load = os.loadavg()[0];

  return {
    name: 'matrix',
    lines: [
      `catalog: ${real.catalog ? real.note : `synthetic, as ${real.note}`}, ${catalog.frameworks.length} instruments, ${provisionCount} provisions`,
      `input: ${COUNTRIES.length} countries × ${provisionCount} provisions = ${COUNTRIES.length * provisionCount} cells, ${TAGS.toLocaleString('en')} accepted tags, ${input.overrides.length} overrides`,
      `buildMatrix: median ${ms(build)} over ${builds.length} runs (min ${ms(Math.min(...builds))}, max ${ms(Math.max(...builds))}); target < 50 ms: ${build < 50 ? 'met' : 'NOT met'}`,
      `buildMatrix CPU time (process.cpuUsage): median ${ms(buildCpu)}; 1-minute load average during the run ${load.toFixed(1)} on ${os.cpus().length} cores`,
      `reference, naive filter per cell: median ${ms(naive)} over 3 runs → buildMatrix is ${(naive / build).toFixed(0)}× faster`,
      `reference, JSON.stringify of the built matrix: median ${ms(serialise)} → build/serialise ratio ${(build / serialise).toFixed(2)}`,
    ],
  };
}
