// A ministry reviews offline: the lead imports three Pakistani laws, tags and decides, sends a review
// package; a second Lexgap with its own database and reviewer name opens it, decides, and saves it;
// the lead takes it back. Real laws, real SQLite, the real command line and the app's handlers.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../electron/app/workspace';
import { openSqliteStore } from '../electron/store/sql-store';
import type { ArgsOf, MethodName, ResultOf } from '../shared/api/contract';
import type { SuggestionView } from '../shared/model';
import { law, repoRoot, tempDir } from './helpers/paths';
import { lexgap } from './helpers/run-cli';

const LAWS = [
  law('PK/Child_Marriage_Restraint_Act_1929.pdf'),
  law('PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf'),
  law('PK/Guardians_and_Wards_Act_1890.pdf'),
];
const LEAD = 'Lead Analyst';
const MINISTRY = 'Ministry of Human Rights';
const REVIEWER = 'Ayesha Khan (Ministry of Human Rights)';

const dir = tempDir('lexgap-package-');
const leadDb = path.join(dir, 'lead.sqlite');
const sent = path.join(dir, 'PK-review.lexgap');

async function cli<T>(db: string, ...args: string[]): Promise<T> {
  const run = await lexgap(db, ...args);
  if (run.code !== 0) throw new Error(`lexgap ${args.join(' ')}: ${run.stderr}`);
  return run.json<T>();
}

/** The lead's 200 decisions: every third one a rejection, the rest accepted (every fifth partial). */
let leadDecided: SuggestionView[] = [];

beforeAll(async () => {
  await cli(leadDb, 'import', ...LAWS, '--country', 'PK', '--json');
  await cli(leadDb, 'settings', '--reviewer-name', LEAD, '--json');
  await cli(leadDb, 'tag', '--json');
  const all = await cli<SuggestionView[]>(leadDb, 'suggestions', '--json');
  leadDecided = all.slice(0, 200);
  const ids = (pick: (i: number) => boolean) => leadDecided.filter((_, i) => pick(i)).map((s) => s.id);
  await cli(leadDb, 'review', ...ids((i) => i % 3 === 0), 'reject', '--json');
  await cli(
    leadDb,
    'review',
    ...ids((i) => i % 3 !== 0 && i % 5 === 0),
    'accept',
    '--coverage',
    'partial',
    '--json',
  );
  await cli(
    leadDb,
    'review',
    ...ids((i) => i % 3 !== 0 && i % 5 !== 0),
    'accept',
    '--coverage',
    'full',
    '--json',
  );
  leadDecided = (await cli<SuggestionView[]>(leadDb, 'suggestions', '--json')).filter((s) =>
    leadDecided.some((d) => d.id === s.id),
  );
}, 600_000);

const exportPk = (out: string, ...more: string[]) =>
  cli<ResultOf<'exportPackage'>>(
    leadDb,
    'package',
    'export',
    '--country',
    'PK',
    '--for',
    MINISTRY,
    '--out',
    out,
    ...more,
    '--json',
  );

describe('making a package', () => {
  it('holds the three laws, their suggestions and the lead decisions, and keeps them as sent', async () => {
    const made = await exportPk(sent);
    const total = (await cli<SuggestionView[]>(leadDb, 'suggestions', '--json')).length;
    expect(made).toMatchObject({ documents: 3, suggestions: total, leadDecisions: 200, blind: false });
    // It travels by e-mail: SQLite's 4 KiB pages (the file header's bytes 16–17), not the project's
    // 16 KiB, which would make it 0.6 MB larger.
    expect(fs.readFileSync(sent).readUInt16BE(16)).toBe(4096);
    expect(fs.readFileSync(leadDb).readUInt16BE(16)).toBe(16_384);

    // The package is a Lexgap project: the command line opens it with --db and no special code.
    const inside = await cli<SuggestionView[]>(sent, 'suggestions', '--status', 'accepted', '--json');
    expect(inside.length).toBe(leadDecided.filter((s) => s.status === 'accepted').length);
    expect(await cli(sent, 'settings', '--json')).toMatchObject({
      reviewerName: MINISTRY,
      leadReviewer: MINISTRY,
    });
    const show = await cli<ResultOf<'getProject'>>(sent, 'package', 'show', '--json');
    expect(show.package).toMatchObject({ madeFor: MINISTRY, createdBy: LEAD, documents: 3, reviewers: [] });

    // What was sent stays as sent: re-tagging, clause corrections and imports are refused there.
    const tag = await lexgap(sent, 'tag');
    expect(tag.code).toBe(1);
    expect(tag.stderr).toMatch(
      /review package for Ministry of Human Rights: its laws, clauses and suggestions stay/,
    );
    // So is work the import would not carry back, such as a recommendation.
    const recommend = await lexgap(
      sent,
      'recommendations',
      'add',
      ...['--cell', 'PK/CRC.19', '--type', 'amend', '--text', 'Ban corporal punishment'],
      ...['--priority', 'high', '--origin', 'consultation'],
    );
    expect(recommend.code).toBe(1);
    expect(recommend.stderr).toMatch(/review package for Ministry of Human Rights/);
  });

  it('leaves the lead decisions out of a blind package', async () => {
    const blind = path.join(dir, 'blind.lexgap');
    const made = await exportPk(
      blind,
      '--document',
      leadDecided[0].documentId,
      '--framework',
      'CRC',
      '--blind',
    );
    expect(made).toMatchObject({ documents: 1, blind: true, leadDecisions: 0 });
    const inside = await cli<SuggestionView[]>(blind, 'suggestions', '--json');
    expect(inside.length).toBe(made.suggestions);
    expect(inside.every((s) => s.status === 'suggested' && s.reviewer === null)).toBe(true);
    expect(inside.every((s) => s.provisionId.startsWith('CRC.'))).toBe(true);
  });
});

/** A call on the reviewer's Lexgap, as its window makes it. */
async function call<M extends MethodName>(ws: Workspace, method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  const result = await ws.dispatch(method, args);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as ResultOf<M>;
}

const returned = path.join(dir, 'PK-review-returned.lexgap');
/** The lead's project as it was before the returned package was imported. */
const beforeImport = path.join(dir, 'before-import.sqlite');
/** The suggestions the reviewer decided otherwise than the lead. */
const differing = new Set<string>();

describe("the reviewer's Lexgap", () => {
  let reviewer: Workspace;
  const reviewerDir = tempDir('lexgap-reviewer-');

  beforeAll(async () => {
    reviewer = await openWorkspace({ database: path.join(reviewerDir, 'own.sqlite') });
  });
  afterAll(async () => {
    await reviewer?.close();
  });

  it('opens the package in place of its own project, and goes back to it', async () => {
    await call(reviewer, 'updateSettings', { reviewerName: REVIEWER });
    const opened = await call(reviewer, 'openPackage', {
      name: path.basename(sent),
      dataBase64: fs.readFileSync(sent).toString('base64'),
    });
    expect(opened).toMatchObject({ reopened: false, package: { madeFor: MINISTRY, canClose: true } });
    expect(await call(reviewer, 'listDocuments', {})).toHaveLength(3);
    await call(reviewer, 'closePackage', {});
    expect(await call(reviewer, 'listDocuments', {})).toHaveLength(0);
    // Opening the same package again goes back to the work done in it.
    const again = await call(reviewer, 'openPackage', { path: sent });
    expect(again.reopened).toBe(true);
  });

  it('makes 200 decisions under its own reviewer name, 37 of them not the lead ones', async () => {
    // Decisions are recorded under the name the reviewer's own Lexgap has, not the addressee's.
    expect(await call(reviewer, 'getSettings', {})).toMatchObject({ reviewerName: REVIEWER });
    // 20 accepted by the lead rejected, 10 rejected accepted, 7 full made partial; the rest agreed.
    const accepted = leadDecided.filter((s) => s.status === 'accepted');
    const rejected = leadDecided.filter((s) => s.status === 'rejected');
    for (const s of accepted.slice(0, 20)) differing.add(s.id);
    for (const s of rejected.slice(0, 10)) differing.add(s.id);
    for (const s of accepted.filter((a) => a.coverage === 'full').slice(20, 27)) differing.add(s.id);
    expect(differing.size).toBe(37);
    for (const s of leadDecided) {
      const flip = differing.has(s.id);
      if (s.status === 'rejected')
        await call(reviewer, 'reviewSuggestions', {
          ids: [s.id],
          ...(flip ? { decision: 'accept', coverage: 'full' } : { decision: 'reject' }),
        });
      else
        await call(reviewer, 'reviewSuggestions', {
          ids: [s.id],
          ...(flip && accepted.indexOf(s) < 20
            ? { decision: 'reject', note: 'section 4 sets no such duty' }
            : { decision: 'accept', coverage: flip ? 'partial' : (s.coverage ?? 'full') }),
        });
    }
    const project = await call(reviewer, 'getProject', {});
    expect(project.package?.reviewers).toEqual([expect.objectContaining({ name: REVIEWER, decisions: 200 })]);
  });

  it('saves the package with its decisions, to send back', async () => {
    const file = await call(reviewer, 'getPackageFile', {});
    fs.writeFileSync(returned, Buffer.from(file.dataBase64, 'base64'));
    // Named apart from the package sent, so neither side saves one over the other.
    expect(file.fileName).toBe('PK-review-Ministry-of-Human-Rights-returned.lexgap');
    // Still open and working after the save.
    expect(await call(reviewer, 'listDocuments', {})).toHaveLength(3);
  });

  it('saves it while other calls are still being answered (a Review screen polling), and answers those too', async () => {
    const others = Array.from({ length: 8 }, (_, i) =>
      call(reviewer, i % 2 ? 'getLearningStatus' : 'listSuggestions', {}),
    );
    // Two saves at once, too: each waits for the other's reading, neither for the other's end.
    const [file, twice] = await Promise.all([
      call(reviewer, 'getPackageFile', {}),
      call(reviewer, 'getPackageFile', {}),
    ]);
    expect(Buffer.from(file.dataBase64, 'base64').byteLength).toBe(fs.statSync(returned).size);
    expect(twice.dataBase64).toBe(file.dataBase64);
    const answers = await Promise.allSettled(others);
    expect(answers.filter((a) => a.status === 'rejected')).toEqual([]);
  });
});

/** Every reviewer's decision in a project and every suggestion's effective state, as comparable rows. */
async function decisionsOf(db: string): Promise<string[]> {
  const store = await openSqliteStore(db);
  try {
    expect(await store.integrityCheck()).toBe('ok');
    const decisions = (await store.listReviewerDecisions()).map(
      (d) => `${d.suggestionId} ${d.reviewer}: ${d.status} ${d.coverage} ${d.note} ${d.at}`,
    );
    const effective = (await store.listSuggestions({}))
      .filter((s) => s.status !== 'suggested')
      .map((s) => `${s.id} = ${s.status} ${s.coverage} ${s.reviewer}`);
    return [...decisions, ...effective].sort();
  } finally {
    await store.close();
  }
}

/** Changes a copy of the returned package with plain SQL, as a tool other than Lexgap would. */
async function tampered(name: string, sql: string): Promise<string> {
  const file = path.join(dir, name);
  fs.copyFileSync(returned, file);
  await new Promise<void>((resolve, reject) => {
    const db = new sqlite3.Database(file, (error) => {
      if (error) return reject(error);
      db.exec(sql, (err) => db.close(() => (err ? reject(err) : resolve())));
    });
  });
  return file;
}

describe('taking it back', () => {
  it('refuses a package altered outside Lexgap, saying what, and changes nothing', async () => {
    const before = await decisionsOf(leadDb);
    const clause = await tampered(
      'clause.lexgap',
      "UPDATE clauses SET text = text || ' and any other person' WHERE id = (SELECT MIN(id) FROM clauses)",
    );
    const run = await lexgap(leadDb, 'package', 'import', clause);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^lexgap: clause\.lexgap was altered outside Lexgap: the clauses of “.+” are not as sent; nothing was imported\n$/,
    );
    const manifest = await tampered(
      'manifest.lexgap',
      "UPDATE settings SET value = replace(value, '\"blind\":false', '\"blind\":true') WHERE key = 'package.manifest'",
    );
    expect((await lexgap(leadDb, 'package', 'import', manifest)).stderr).toMatch(
      /manifest\.lexgap was altered outside Lexgap: its manifest is not as it was signed/,
    );
    const decision = await tampered(
      'decision.lexgap',
      `UPDATE reviewer_decisions SET status = 'rejected', coverage = NULL
         WHERE status = 'accepted' AND suggestion_id = (SELECT MIN(suggestion_id) FROM reviewer_decisions
           WHERE reviewer = '${REVIEWER}' AND status = 'accepted') AND reviewer = '${REVIEWER}'`,
    );
    expect((await lexgap(leadDb, 'package', 'import', decision)).stderr).toMatch(
      /decision\.lexgap was altered outside Lexgap: Ayesha Khan \(Ministry of Human Rights\)'s decision on .+ is not in its audit log; nothing was imported/,
    );
    const bytes = path.join(dir, 'bytes.lexgap');
    const data = fs.readFileSync(returned);
    data.fill(0x55, 4096, 8192);
    fs.writeFileSync(bytes, data);
    expect((await lexgap(leadDb, 'package', 'import', bytes)).stderr).toMatch(
      /bytes\.lexgap (is damaged|is not a Lexgap review package|was altered outside Lexgap)/,
    );
    expect(await decisionsOf(leadDb)).toEqual(before);
  });

  it('refuses a package made from another project, or a project file that is no package', async () => {
    const other = path.join(dir, 'other.sqlite');
    await cli(other, 'import', LAWS[0], '--country', 'PK', '--json');
    const run = await lexgap(other, 'package', 'import', returned);
    expect(run.stderr).toMatch(
      /PK-review-returned\.lexgap was made from another project \(.+\), not this one/,
    );
    expect((await lexgap(other, 'package', 'import', leadDb)).stderr).toMatch(
      /lead\.sqlite is not a Lexgap review package: it has no package manifest/,
    );
    expect((await lexgap(other, 'package', 'import', LAWS[0])).stderr).toMatch(
      /Child_Marriage_Restraint_Act_1929\.pdf is not a Lexgap review package: it is not a Lexgap file, or is damaged/,
    );
  });

  it('refuses a package made with another standards catalog than the project has now', async () => {
    const resources = tempDir('lexgap-catalog-');
    fs.cpSync(path.join(repoRoot, 'resources/standards'), path.join(resources, 'standards'), {
      recursive: true,
    });
    const release = path.join(resources, 'standards/catalog.json');
    const catalog = JSON.parse(fs.readFileSync(release, 'utf8')) as { version: string };
    fs.writeFileSync(release, JSON.stringify({ ...catalog, version: '9.9.9' }));
    const before = await decisionsOf(leadDb);
    const ws = await openWorkspace({ database: leadDb, resourcesDir: resources });
    try {
      const result = await ws.dispatch('importPackage', { path: returned });
      expect(result).toMatchObject({
        ok: false,
        error: {
          message: expect.stringMatching(
            new RegExp(
              `was made with another standards catalog \\(catalog ${catalog.version.replaceAll('.', '\\.')}, .+\\) than this project's now \\(catalog 9\\.9\\.9, `,
            ),
          ),
        },
      });
    } finally {
      await ws.close();
    }
    expect(await decisionsOf(leadDb)).toEqual(before);
  });

  it("records the reviewer's 200 decisions beside the lead's: 37 disagreements, nothing lost", async () => {
    const before = await decisionsOf(leadDb);
    fs.copyFileSync(leadDb, beforeImport);
    const result = await cli<ResultOf<'importPackage'>>(leadDb, 'package', 'import', returned, '--json');
    expect(result).toMatchObject({ decisions: 200, recorded: 200, unchanged: 0, notRecorded: 0 });
    expect(result.reviewers).toEqual([expect.objectContaining({ name: REVIEWER, decisions: 200 })]);
    expect(result.summary).toMatch(
      /^PK-review-returned\.lexgap: 200 decisions by Ayesha Khan \(Ministry of Human Rights\) \(200, .+\); 200 recorded$/,
    );
    // The disagreements listed are exactly the 37 the reviewer decided otherwise, each open for the lead.
    const listed = await cli<ResultOf<'listDisagreements'>>(
      leadDb,
      'disagreements',
      '--country',
      'PK',
      '--json',
    );
    expect(listed).toMatchObject({ lead: LEAD, open: 37, resolved: 0 });
    expect(listed.disagreements.map((d) => d.suggestionId).sort()).toEqual([...differing].sort());
    expect(listed.disagreements[0].decisions.map((d) => d.reviewer).sort()).toEqual([REVIEWER, LEAD].sort());

    // Nothing lost: every row there was is still there, the lead's decisions still settle each
    // suggestion, and the reviewer's 200 are there under their name.
    const after = await decisionsOf(leadDb);
    expect(after.filter((row) => !row.includes(` ${REVIEWER}: `))).toEqual(before);
    expect(after.filter((row) => row.includes(` ${REVIEWER}: `))).toHaveLength(200);
  });

  it('changes nothing when the same package is imported again', async () => {
    const before = await decisionsOf(leadDb);
    const again = await lexgap(leadDb, 'package', 'import', returned);
    expect(again.stdout).toMatch(
      /200 decisions by .+; nothing new: every one is already recorded \(imported before\)\n$/,
    );
    expect(await decisionsOf(leadDb)).toEqual(before);
  });
});

/** Runs `lexgap package import` in its own process and kills it (SIGKILL) after `afterMs`. */
function importThenKill(db: string, file: string, afterMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/lexgap.mjs', '--db', db, 'package', 'import', file], {
      cwd: repoRoot,
      stdio: 'ignore',
    });
    let killed = false;
    const timer = setTimeout(() => {
      killed = child.kill('SIGKILL');
    }, afterMs);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve(killed && signal === 'SIGKILL');
    });
  });
}

/**
 * Runs `lexgap package import` in its own process and kills it (SIGKILL) once it has held the
 * database's write lock for `heldMs`: inside its transaction. The lock is seen from here by trying
 * to begin a write of our own (and letting go at once) every millisecond or so.
 */
function importKilledInTransaction(db: string, file: string, heldMs: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/lexgap.mjs', '--db', db, 'package', 'import', file], {
      cwd: repoRoot,
      stdio: 'ignore',
    });
    const probe = new sqlite3.Database(db);
    let busySince: number | undefined;
    let killed = false;
    let exited = false;
    const poll = () => {
      if (exited) return;
      probe.exec('BEGIN IMMEDIATE', (error) => {
        if (!error) {
          busySince = undefined;
          probe.exec('ROLLBACK', () => setTimeout(poll, 1));
          return;
        }
        if (!/SQLITE_BUSY/.test(String(error))) return reject(error);
        busySince ??= Date.now();
        if (Date.now() - busySince >= heldMs) killed = child.kill('SIGKILL');
        else setTimeout(poll, 1);
      });
    };
    probe.configure('busyTimeout', 0);
    poll();
    child.on('exit', (_code, signal) => {
      exited = true;
      probe.close(() => resolve(killed && signal === 'SIGKILL'));
    });
  });
}

describe('an import killed part way', () => {
  it('leaves the database intact, with the decisions as before or all of them, never some', async () => {
    const base = beforeImport;
    const before = await decisionsOf(base);
    // A clean import, timed, gives the state a finished one leaves and how long one takes.
    const done = path.join(dir, 'done.sqlite');
    fs.copyFileSync(base, done);
    const started = Date.now();
    expect(await importThenKill(done, returned, 600_000)).toBe(false);
    const took = Date.now() - started;
    const after = await decisionsOf(done);
    expect(after).not.toEqual(before);

    const outcomes: string[] = [];
    for (const share of [0.5, 0.65, 0.75, 0.82, 0.88, 0.92, 0.96, 1.0, 1.1]) {
      const db = path.join(dir, `killed-${share}.sqlite`);
      fs.copyFileSync(base, db);
      const killed = await importThenKill(db, returned, Math.round(took * share));
      const now = await decisionsOf(db); // integrity_check is 'ok', or this fails
      const state = JSON.stringify(now) === JSON.stringify(before) ? 'before' : 'after';
      if (state === 'after') expect(now).toEqual(after);
      outcomes.push(`${killed ? 'killed' : 'finished'}:${state}`);
      // Importing again afterwards completes it, whatever the kill left.
      expect((await lexgap(db, 'package', 'import', returned)).code).toBe(0);
      expect(await decisionsOf(db)).toEqual(after);
    }
    // Killed while its transaction held the lock (the import's only write), the moment that matters.
    for (const heldMs of [2, 10, 25, 50, 100]) {
      const db = path.join(dir, `held-${heldMs}.sqlite`);
      fs.copyFileSync(base, db);
      const killed = await importKilledInTransaction(db, returned, heldMs);
      const now = await decisionsOf(db);
      const state = JSON.stringify(now) === JSON.stringify(before) ? 'before' : 'after';
      if (state === 'after') expect(now).toEqual(after);
      outcomes.push(`${killed ? 'killed in its transaction' : 'finished'}:${state}`);
    }
    console.log(`import took ${took} ms; ${outcomes.join(', ')}`);
    expect(outcomes).toContain('killed:before');
    expect(outcomes).toContain('killed in its transaction:before');
  }, 600_000);
});
