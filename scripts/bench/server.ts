// `lexgap serve` under load: the built server (dist/cli.mjs) on a throwaway PostgreSQL with a real
// imported and tagged corpus, 20 reviewer accounts each signing in and making 500 decisions over
// HTTP at once. Every decision must be stored exactly once (one decision row and one audit entry
// per reviewer and suggestion). Latency and throughput are reported against the server's cheapest
// round trip (GET /auth/mode) measured the same way in the same run. Then the same load again on a
// fresh copy, the server killed with SIGKILL part-way: after a restart nothing is partial (each
// decision is there with its audit entry, or absent), and the clients, asking the audit log which of
// their unanswered decisions landed, send the rest and end with exactly 20 × 500.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { openApp } from '../../electron/app/open-app';
import { copyDatabase } from '../../electron/store/copy-database';
import { openSqlDriver } from '../../electron/store/open-store';
import type { AuditEntry, SuggestionView } from '../../shared/model';
import { startTestPostgres } from '../../tests/helpers/postgres-cluster';
import { TeamClient, request } from '../../tests/helpers/team-client';
import type { BenchReport } from './_report';

const REVIEWERS = 20;
const DECISIONS = 500;
const PASSWORD = 'a long enough password';
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const cli = path.join(repoRoot, 'dist/cli.mjs');
const laws = path.resolve(repoRoot, '../shared/data/laws/PK');
const reviewerName = (i: number) => `reviewer${String(i + 1).padStart(2, '0')}`;

/** What reviewer `r` decides on the `j`-th suggestion: mostly accept (some partial), every third reject. */
const decisionOf = (r: number, j: number) =>
  (r + j) % 3 === 0
    ? { decision: 'reject' as const }
    : { decision: 'accept' as const, coverage: (r + j) % 5 === 0 ? ('partial' as const) : ('full' as const) };

interface Server {
  url: string;
  child: ChildProcess;
}

async function startServer(database: string): Promise<Server> {
  const child = spawn(process.execPath, [cli, '--db', database, 'serve', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`lexgap serve exited (${code}): ${stderr}`)));
  });
  return { url: line.trim(), child };
}

function stopServer(server: Server, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.kill(signal);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (x: number) => `${x.toFixed(1)} ms`;
function latency(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  return `p50 ${ms(percentile(s, 50))}, p95 ${ms(percentile(s, 95))}, p99 ${ms(percentile(s, 99))}`;
}

/** The project every run starts from: real laws of Pakistan, tagged, with the reviewers' accounts. */
async function makeCorpus(file: string): Promise<{ suggestions: string[]; clauses: number }> {
  const app = await openApp({ database: file, reviewer: 'lead' });
  try {
    const imported = await app.api.importDocuments({
      files: [
        'Child_Marriage_Restraint_Act_1929.pdf',
        'Prevention_of_Trafficking_in_Persons_Act_2018.pdf',
        'Zainab_Alert_Response_and_Recovery_Act_2020.pdf',
        'Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf',
      ].map((f) => ({ path: path.join(laws, f) })),
      country: 'PK',
    });
    if (imported.failed.length) throw new Error(`import failed: ${JSON.stringify(imported.failed)}`);
    await app.api.tagDocuments({});
    await app.api.addAccount({ name: 'lead', role: 'lead', password: PASSWORD });
    for (let i = 0; i < REVIEWERS; i++)
      await app.api.addAccount({ name: reviewerName(i), role: 'reviewer', password: PASSWORD });
    await app.api.updateSettings({ leadReviewer: 'lead' });
    const all: SuggestionView[] = await app.api.listSuggestions({ country: 'PK' });
    if (all.length < DECISIONS) throw new Error(`only ${all.length} suggestions to decide`);
    return {
      suggestions: all.slice(0, DECISIONS).map((s) => s.id),
      clauses: imported.documents.reduce((n, d) => n + d.clauses, 0),
    };
  } finally {
    await app.close();
  }
}

/** 20 clients × `perClient` GET /auth/mode at once: the floor every API call stands on. */
async function roundTrips(url: string, perClient: number): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: REVIEWERS }, async () => {
      for (let i = 0; i < perClient; i++) {
        const start = performance.now();
        const reply = await request(url, '/auth/mode');
        if (reply.status !== 200) throw new Error(`/auth/mode: ${reply.status}`);
        times.push(performance.now() - start);
      }
    }),
  );
  return times;
}

interface Load {
  times: number[];
  wallMs: number;
  /** Per reviewer, the suggestion indexes whose decision the server answered. */
  answered: Set<number>[];
}

/**
 * Every reviewer signs in and decides their suggestions one after another, all reviewers at once.
 * `stopAfter`: once that many decisions are answered in all, `onStop` runs (the kill); a client
 * whose call fails stops there (its decision unanswered).
 */
async function decide(
  url: string,
  suggestions: string[],
  pending: Set<number>[],
  stopAfter?: { count: number; onStop: () => Promise<void> },
): Promise<Load> {
  const times: number[] = [];
  const answered = pending.map(() => new Set<number>());
  let stopping: Promise<void> | undefined;
  const start = performance.now();
  await Promise.all(
    pending.map(async (todo, r) => {
      const client = new TeamClient(url);
      const signedIn = await client.signIn(reviewerName(r), PASSWORD);
      if (signedIn.status !== 200) throw new Error(`${reviewerName(r)} cannot sign in: ${signedIn.text}`);
      for (const j of todo) {
        const t = performance.now();
        let reply;
        try {
          reply = await client.call('reviewSuggestions', { ids: [suggestions[j]], ...decisionOf(r, j) });
        } catch {
          return; // the server went away mid-call: this decision is unanswered
        }
        if (!reply.body.ok) throw new Error(`${reviewerName(r)}: ${reply.status} ${reply.text}`);
        times.push(performance.now() - t);
        answered[r].add(j);
        if (stopAfter && !stopping && times.length >= stopAfter.count) stopping = stopAfter.onStop();
        if (stopping) {
          await stopping;
          return;
        }
      }
    }),
  );
  return { times, wallMs: performance.now() - start, answered };
}

interface Stored {
  decisions: number;
  perReviewer: Map<string, number>;
  audit: number;
  /** Decisions without their audit entry, or audit entries without their decision. */
  partial: number;
  /** (reviewer, suggestion) pairs audited more than once. */
  duplicates: number;
}

/** What the database holds of the reviewers' decisions, read straight from PostgreSQL. */
async function stored(url: string): Promise<Stored> {
  const db = await openSqlDriver(url);
  try {
    const rows = await db.all<{ reviewer: string; suggestion_id: string }>(
      "SELECT reviewer, suggestion_id FROM reviewer_decisions WHERE reviewer LIKE 'reviewer%'",
    );
    const audits = await db.all<{ actor: string; entity_id: string; n: number }>(
      `SELECT actor, entity_id, COUNT(*) AS n FROM audit_log WHERE action = 'review' AND actor LIKE 'reviewer%'
       GROUP BY actor, entity_id`,
    );
    const decided = new Set(rows.map((r) => `${r.reviewer} ${r.suggestion_id}`));
    const audited = new Set(audits.map((a) => `${a.actor} ${a.entity_id}`));
    const perReviewer = new Map<string, number>();
    for (const r of rows) perReviewer.set(r.reviewer, (perReviewer.get(r.reviewer) ?? 0) + 1);
    return {
      decisions: rows.length,
      perReviewer,
      audit: audits.reduce((n, a) => n + Number(a.n), 0),
      partial:
        [...decided].filter((k) => !audited.has(k)).length +
        [...audited].filter((k) => !decided.has(k)).length,
      duplicates: audits.filter((a) => Number(a.n) > 1).length,
    };
  } finally {
    await db.close();
  }
}

function exactlyOnce(s: Stored): string | null {
  const wrong = [...Array(REVIEWERS).keys()].filter((r) => s.perReviewer.get(reviewerName(r)) !== DECISIONS);
  if (
    s.decisions !== REVIEWERS * DECISIONS ||
    wrong.length ||
    s.partial ||
    s.duplicates ||
    s.audit !== s.decisions
  )
    return `${s.decisions} decisions, ${s.audit} audit entries, ${s.partial} partial, ${s.duplicates} duplicated, reviewers short: ${wrong.map(reviewerName).join(', ')}`;
  return null;
}

export async function run(): Promise<BenchReport> {
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: npm run build first`);
  const pg = await startTestPostgres();
  if (!pg) return { name: 'server', lines: ['skipped: PostgreSQL is not installed here'] };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-bench-server-'));
  const servers: Server[] = [];
  try {
    const template = path.join(dir, 'corpus.sqlite');
    const { suggestions, clauses } = await makeCorpus(template);
    const all = () => Array.from({ length: REVIEWERS }, () => new Set([...Array(DECISIONS).keys()]));
    const lines: string[] = [
      `corpus: 4 laws of Pakistan, ${clauses} clauses, tagged; ${REVIEWERS} reviewers × ${DECISIONS} decisions on the same ${DECISIONS} suggestions; lexgap serve (dist/cli.mjs) on PostgreSQL, one client connection per request`,
    ];

    // 1. The whole load, nothing killed.
    const urlA = await pg.freshSchema();
    await copyDatabase(template, urlA);
    const a = await startServer(urlA);
    servers.push(a);
    const floor = await roundTrips(a.url, 100);
    const load = await decide(a.url, suggestions, all());
    await stopServer(a, 'SIGTERM');
    const storedA = await stored(urlA);
    const problemA = exactlyOnce(storedA);
    if (problemA) throw new Error(`not every decision stored exactly once: ${problemA}`);
    lines.push(
      `reference, GET /auth/mode (${REVIEWERS} clients at once): ${latency(floor)}`,
      `reviewSuggestions over HTTP (${REVIEWERS} reviewers at once, ${load.times.length.toLocaleString('en')} decisions): ${latency(load.times)}; ${((load.times.length / load.wallMs) * 1000).toFixed(0)} decisions/s`,
      `p95 decision / p95 round trip: ${(
        percentile(
          [...load.times].sort((x, y) => x - y),
          95,
        ) /
        percentile(
          [...floor].sort((x, y) => x - y),
          95,
        )
      ).toFixed(1)}×`,
      `stored: ${storedA.decisions.toLocaleString('en')} decisions, ${DECISIONS} per reviewer, each with one audit entry: exactly once, none lost`,
    );

    // 2. The same load on a fresh copy, the server killed part-way, restarted, the rest sent again.
    const urlB = await pg.freshSchema();
    await copyDatabase(template, urlB);
    let b = await startServer(urlB);
    servers.push(b);
    const killAt = Math.floor((REVIEWERS * DECISIONS) / 3);
    const first = await decide(b.url, suggestions, all(), {
      count: killAt,
      onStop: () => stopServer(b, 'SIGKILL'),
    });
    const afterKill = await stored(urlB);
    if (afterKill.partial) throw new Error(`${afterKill.partial} partial decisions after SIGKILL`);
    const answered = first.answered.reduce((n, s) => n + s.size, 0);
    const restartStart = performance.now();
    b = await startServer(urlB);
    servers.push(b);
    const restartMs = performance.now() - restartStart;
    // Each client asks which of its unanswered decisions landed (its audit entry) and sends the rest.
    let landed = 0;
    const rest = await Promise.all(
      first.answered.map(async (done, r) => {
        const client = new TeamClient(b.url);
        await client.signIn(reviewerName(r), PASSWORD);
        const todo = new Set<number>();
        for (let j = 0; j < DECISIONS; j++) {
          if (done.has(j)) continue;
          const audit = await client.value<AuditEntry[]>('listAudit', { entityId: suggestions[j] });
          if (audit.some((e) => e.actor === reviewerName(r) && e.action === 'review')) landed += 1;
          else todo.add(j);
        }
        return todo;
      }),
    );
    const second = await decide(b.url, suggestions, rest);
    await stopServer(b, 'SIGTERM');
    const storedB = await stored(urlB);
    const problemB = exactlyOnce(storedB);
    if (problemB) throw new Error(`after the kill and the retries: ${problemB}`);
    lines.push(
      `SIGKILL after ${answered.toLocaleString('en')} answered decisions: ${afterKill.decisions.toLocaleString('en')} stored, each with its audit entry (0 partial); ${landed} landed without their answer reaching the client`,
      `restart: ${ms(restartMs)} to serving; the clients sent the other ${second.times.length.toLocaleString('en')} and the database holds exactly ${storedB.decisions.toLocaleString('en')} decisions (${REVIEWERS} × ${DECISIONS}), ${storedB.audit.toLocaleString('en')} audit entries, none twice`,
      `load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
    );
    return { name: 'server', lines };
  } finally {
    for (const s of servers) await stopServer(s, 'SIGKILL');
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
