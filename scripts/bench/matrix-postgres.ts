// The matrix of 11 countries built through the API from a database of 100,000 clauses and 50,000
// accepted tags, as the Matrix screen asks for it (every instrument, check proposals included): on
// PostgreSQL (target under 200 ms) against the same library on SQLite in the same run. The library is written once to SQLite and moved to a throwaway PostgreSQL server with
// `lexgap db copy`'s code, which is timed too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp, type App } from '../../electron/app/open-app';
import { loadCatalog } from '../../electron/services/load-catalog';
import { copyDatabase } from '../../electron/store/copy-database';
import { openSqliteStore } from '../../electron/store/sql-store';
import type { ComputedSuggestion } from '../../electron/store/store';
import { nationalUndated, type SegmentedClause } from '../../shared/model';
import { startTestPostgres } from '../../tests/helpers/postgres-cluster';
import type { BenchReport } from './_report';
import { seededRandom } from './_seeded-random';

const COUNTRIES = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'PK'];
const CLAUSES = 100_000;
const LAWS_PER_COUNTRY = 10;
const ACCEPTED = 50_000;
const PENDING = 30_000;
const NOW = '2026-12-04T00:00:00.000Z';

/** 110 laws of about 900 clauses each, 50,000 accepted (55,000 reviewers' decisions) and 30,000 undecided suggestions. */
export async function writeLibrary(file: string): Promise<void> {
  const rand = seededRandom(7);
  const provisions = loadCatalog().frameworks.flatMap((f) => f.provisions.map((p) => p.id));
  const store = await openSqliteStore(file);
  const laws = COUNTRIES.length * LAWS_PER_COUNTRY;
  const perLaw = CLAUSES / laws;
  const text =
    'Any person who, having the care of a child, abuses, neglects or abandons the child commits an offence. '.repeat(
      3,
    );
  const clauseIds: string[] = [];
  const docOf: string[] = [];
  for (let l = 0; l < laws; l++) {
    const country = COUNTRIES[l % COUNTRIES.length];
    const id = `d${l}`;
    const count = Math.round((l + 1) * perLaw) - Math.round(l * perLaw);
    const clauses: SegmentedClause[] = Array.from({ length: count }, (_, i) => ({
      eid: `sec_${i + 1}`,
      number: String(i + 1),
      kind: 'section',
      heading: `Section ${i + 1}`,
      path: ['Part I'],
      text,
      pageStart: 1 + Math.floor(i / 4),
      pageEnd: 1 + Math.floor(i / 4),
      boxes: [],
      source: 'text',
      ocrConfidence: null,
    }));
    await store.insertDocument({
      record: {
        id,
        file: `${id}.pdf`,
        title: `${country} Child Act ${1990 + l}`,
        country,
        year: 1990 + (l % 30),
        language: 'en',
        status: 'in_force',
        pages: Math.ceil(count / 4),
        sha256: `sha-${id}`,
        importedAt: NOW,
        ocrPages: [],
        failedPages: [],
        textQualityWarning: null,
        numberingWarnings: [],
        ...nationalUndated(),
      },
      fileName: `${id}.pdf`,
      fileBytes: new Uint8Array([37, 80, 68, 70]),
      clauses,
    });
    for (const c of clauses) {
      clauseIds.push(`${id}:${c.eid}`);
      docOf.push(id);
    }
  }
  const seen = new Set<string>();
  const computed: ComputedSuggestion[] = [];
  while (computed.length < ACCEPTED + PENDING) {
    const i = Math.floor(rand() * clauseIds.length);
    const provisionId = provisions[Math.floor(rand() * provisions.length)];
    const key = `${i} ${provisionId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const n = computed.length;
    computed.push({
      id: `${n < ACCEPTED ? 'a' : 'p'}${n}`,
      clauseId: clauseIds[i],
      documentId: docOf[i],
      provisionId,
      score: Math.round(rand() * 1000) / 1000,
      matched: [{ term: 'neglects', kind: 'keyword', start: 48, end: 56 }],
    });
  }
  const docs = [...new Set(docOf)];
  await store.replaceSuggestions(docs, computed, NOW);
  const accepted = await store.getSuggestions(computed.slice(0, ACCEPTED).map((c) => c.id));
  // Decided as the Review screen decides: each reviewer's decision recorded beside the one that
  // stands, and one in ten accepted again by a second reviewer (validations, agreement figures).
  await store.transaction(async (tx) => {
    for (const [i, s] of accepted.entries()) {
      const decision = {
        status: 'accepted' as const,
        coverage: i % 5 < 3 ? ('full' as const) : ('partial' as const),
        note: i % 3 ? null : 'Reviewed against the checklist.',
      };
      for (const reviewer of i % 10 ? ['Analyst'] : ['Analyst', 'Ministry'])
        await tx.setReviewerDecision({ suggestionId: s.id, reviewer, ...decision, at: NOW, recordedAt: NOW });
      await tx.saveSuggestion({ ...s, ...decision, reviewer: 'Analyst', reviewedAt: NOW });
    }
  });
  await store.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Wall time, and this process's CPU time (all its threads; a PostgreSQL server's own is not in it). */
interface Took {
  wall: number;
  cpu: number;
}

interface Timing {
  /** buildMatrix again with nothing written since: what the store keeps is used. */
  warm: Took[];
  /** buildMatrix just after a review (one suggestion accepted): accepted tags and decisions read again. */
  cold: Took[];
  /** The first build after opening: the ages check proposals read from every clause, read once. */
  first: Took;
  cells: number;
}

async function measure(app: App, runs: number): Promise<Timing> {
  // The Matrix screen's matrix: every instrument, check proposals included.
  const build = async (): Promise<{ took: Took; cells: number }> => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const matrix = await app.api.buildMatrix({ countries: COUNTRIES });
    const used = process.cpuUsage(cpu);
    const took = { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
    const evidence = matrix.groups.reduce(
      (n, g) => n + g.rows.reduce((m, r) => m + r.cells.reduce((k, c) => k + c.evidence.length, 0), 0),
      0,
    );
    if (evidence === 0) throw new Error('a matrix without evidence');
    return { took, cells: matrix.groups.reduce((n, g) => n + g.rows.length, 0) * COUNTRIES.length };
  };
  // An undecided suggestion accepted, as the Review screen records it (the reviewer's decision and
  // the one that stands), through the store: the re-score a review starts in the background would
  // run during the measurement.
  const review = (i: number) =>
    app.store.transaction(async (tx) => {
      const [s] = await tx.getSuggestions([`p${ACCEPTED + i}`]);
      const decision = { status: 'accepted' as const, coverage: 'full' as const, note: null };
      await tx.setReviewerDecision({
        suggestionId: s.id,
        reviewer: 'Analyst',
        ...decision,
        at: NOW,
        recordedAt: NOW,
      });
      await tx.saveSuggestion({ ...s, ...decision, reviewer: 'Analyst', reviewedAt: NOW });
    });
  const first = await build();
  const t: Timing = { warm: [], cold: [], first: first.took, cells: first.cells };
  for (let i = 0; i < runs; i++) {
    await review(i);
    t.cold.push((await build()).took);
    t.warm.push((await build()).took);
  }
  return t;
}

export async function run(): Promise<BenchReport> {
  const server = await startTestPostgres();
  if (!server) return { name: 'matrix-postgres', lines: ['skipped: PostgreSQL is not installed here'] };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-bench-pg-'));
  try {
    const file = path.join(dir, 'library.sqlite');
    let start = performance.now();
    await writeLibrary(file);
    const written = performance.now() - start;
    const url = await server.freshSchema();
    start = performance.now();
    const copied = await copyDatabase(file, url);
    const copyMs = performance.now() - start;
    const rows = copied.tables.reduce((n, t) => n + t.rows, 0);

    const results: [string, Timing][] = [];
    for (const [name, database] of [
      ['PostgreSQL', url],
      ['SQLite', file],
    ] as const) {
      const app = await openApp({ database });
      try {
        results.push([name, await measure(app, 9)]);
      } finally {
        await app.close();
      }
    }
    const [pgT, sqliteT] = results.map(([, t]) => t);
    const wall = (xs: Took[]) => median(xs.map((x) => x.wall));
    const stats = (xs: Took[]) => {
      const w = xs.map((x) => x.wall);
      return `median ${ms(median(w))} (min ${ms(Math.min(...w))}, max ${ms(Math.max(...w))}), CPU ${ms(median(xs.map((x) => x.cpu)))}, over ${xs.length} runs`;
    };
    const target = (label: string, x: number) =>
      `${label} ${ms(x)} = ${(x / 200).toFixed(2)}× the target, ${x < 200 ? 'met' : 'NOT met'}`;
    return {
      name: 'matrix-postgres',
      lines: [
        `library: ${CLAUSES.toLocaleString('en')} clauses in ${COUNTRIES.length * LAWS_PER_COUNTRY} laws of ${COUNTRIES.length} countries, ${ACCEPTED.toLocaleString('en')} accepted (55,000 reviewers' decisions, two reviewers) and ${PENDING.toLocaleString('en')} undecided suggestions; ${pgT.cells.toLocaleString('en')} cells; written to SQLite in ${(written / 1000).toFixed(1)} s`,
        `lexgap db copy SQLite → PostgreSQL: ${rows.toLocaleString('en')} rows in ${(copyMs / 1000).toFixed(1)} s`,
        ...results.flatMap(([name, t]) => [
          `${name}: buildMatrix (API, 11 countries, every instrument, check proposals included), nothing written since the last build: ${stats(t.warm)}`,
          `${name}: the same just after a review (one suggestion accepted; accepted tags and decisions read again, the ages kept): ${stats(t.cold)}`,
          `${name}: the first build after opening (the ages read from all ${CLAUSES.toLocaleString('en')} clauses): ${ms(t.first.wall)}, CPU ${ms(t.first.cpu)}`,
        ]),
        `PostgreSQL / SQLite: ${(wall(pgT.warm) / wall(sqliteT.warm)).toFixed(2)}× with nothing written since, ${(wall(pgT.cold) / wall(sqliteT.cold)).toFixed(2)}× just after a review`,
        `target: matrix of 11 countries from PostgreSQL under 200 ms: ${target('with nothing written since', wall(pgT.warm))}; ${target('just after a review', wall(pgT.cold))}; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores (read CPU times and ratios when it is above 2)`,
      ],
    };
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
