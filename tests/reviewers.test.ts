// Several reviewers on real laws through the real handlers and SQLite: each reviewer's decisions are
// kept apart, the lead's settle the suggestion, reviewers who differ leave it undecided and listed,
// undo takes back only its reviewer's decisions, and a batch of another reviewer's decisions
// recorded twice changes nothing the second time.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import type { ReviewerDecisionRow, SuggestionView } from '../shared/model';
import { bySuggestion, disagreementState } from '../shared/review/adjudicate';
import { describeSuggestionEntry } from '../shared/review/describe-review';
import { law, tempDir } from './helpers/paths';
import { lexgap } from './helpers/run-cli';

const LEAD = 'Lead Analyst';
const MINISTRY = 'Ministry of Human Rights';
const DECIDED = 200;
const DIFFERENT = 37;

let db: string;
let units: SuggestionView[];

/** Opens the same database as another reviewer, runs `work`, and closes it. */
async function as<T>(reviewer: string, work: (app: App) => Promise<T>): Promise<T> {
  const app = await openApp({ database: db, reviewer });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

/** What the lead decides on the i-th unit: mostly accept (a fifth of them partial), every third reject. */
const leadDecision = (i: number) =>
  i % 3 === 0
    ? { decision: 'reject' as const }
    : { decision: 'accept' as const, coverage: i % 5 === 0 ? ('partial' as const) : ('full' as const) };

/** The ministry agrees except on the first DIFFERENT units: the other decision, or the other coverage. */
const ministryDecision = (i: number) => {
  const own = leadDecision(i);
  if (i >= DIFFERENT) return own;
  if (own.decision === 'reject') return { decision: 'accept' as const, coverage: 'full' as const };
  return i % 2 === 0
    ? { decision: 'reject' as const }
    : {
        decision: 'accept' as const,
        coverage: own.coverage === 'full' ? ('partial' as const) : ('full' as const),
      };
};

async function decideAll(app: App, decide: (i: number) => ReturnType<typeof leadDecision>): Promise<void> {
  for (const [i, s] of units.entries()) await app.api.reviewSuggestions({ ids: [s.id], ...decide(i) });
}

const disagreements = (rows: ReviewerDecisionRow[], leadName: string) =>
  [...bySuggestion(rows).values()].filter((d) => disagreementState(d, leadName) !== 'none');

beforeAll(async () => {
  db = path.join(tempDir(), 'db.sqlite');
  const lead = await openApp({ database: db });
  await lead.api.updateSettings({ reviewerName: LEAD });
  const imported = await lead.api.importDocuments({
    files: [
      { path: law('PK/Child_Marriage_Restraint_Act_1929.pdf') },
      { path: law('PK/Prevention_of_Trafficking_in_Persons_Act_2018.pdf') },
      { path: law('PK/Zainab_Alert_Response_and_Recovery_Act_2020.pdf') },
    ],
    country: 'PK',
  });
  expect(imported.failed).toEqual([]);
  await lead.api.tagDocuments({});
  units = (await lead.api.listSuggestions({ country: 'PK' })).slice(0, DECIDED);
  expect(units.length).toBe(DECIDED);
  await lead.close();
}, 300_000);

describe('decisions per reviewer', () => {
  it("keeps the lead's and a ministry's decisions apart; the lead's stand and every difference is listed", async () => {
    await as(LEAD, (app) => decideAll(app, leadDecision));
    await as(MINISTRY, (app) => decideAll(app, ministryDecision));
    await as(LEAD, async (app) => {
      expect((await app.api.getSettings({})).leadReviewer).toBe(LEAD);
      const rows = await app.store.listReviewerDecisions({ country: 'PK' });
      expect(rows.length).toBe(2 * DECIDED);
      expect(rows.filter((r) => r.reviewer === MINISTRY).length).toBe(DECIDED);
      expect(disagreements(rows, LEAD).length).toBe(DIFFERENT);
      // The lead's decision is the effective one everywhere.
      const now = new Map((await app.api.listSuggestions({ country: 'PK' })).map((s) => [s.id, s]));
      for (const [i, u] of units.entries()) {
        const want = leadDecision(i);
        const s = now.get(u.id);
        expect([s?.status, s?.coverage, s?.reviewer]).toEqual([
          want.decision === 'accept' ? 'accepted' : 'rejected',
          want.decision === 'accept' ? want.coverage : null,
          LEAD,
        ]);
      }
      // The API and the command line list exactly the decisions that differ, each reviewer beside the other.
      const list = await app.api.listDisagreements({ country: 'PK' });
      expect([list.lead, list.open, list.resolved, list.disagreements.length]).toEqual([
        LEAD,
        DIFFERENT,
        0,
        DIFFERENT,
      ]);
      expect(new Set(list.disagreements.map((d) => d.suggestionId))).toEqual(
        new Set(units.slice(0, DIFFERENT).map((u) => u.id)),
      );
      expect(list.disagreements[0].decisions.map((d) => d.reviewer)).toEqual([LEAD, MINISTRY]);
      const cli = await lexgap(db, 'disagreements', '--country', 'PK', '--json');
      expect(cli.json<{ disagreements: unknown[] }>().disagreements.length).toBe(DIFFERENT);
      // Agreement over the 200 units both decided: they agree on 163.
      const [all] = (await app.api.getAgreement({ country: 'PK' })).figures;
      expect(all.pairs).toEqual([
        expect.objectContaining({
          reviewers: [LEAD, MINISTRY],
          n: DECIDED,
          observed: (DECIDED - DIFFERENT) / DECIDED,
        }),
      ]);
      expect([all.alpha.units, all.alpha.n]).toEqual([DECIDED, 2 * DECIDED]);
      // The audit log keeps every opinion, under its reviewer.
      const audit = await app.api.listAudit({ entityId: units[0].id });
      expect(audit.map((e) => [e.actor, e.action])).toEqual([
        [MINISTRY, 'review'],
        [LEAD, 'review'],
      ]);
    });
  });

  it('the matrix and its exports say whose decisions back each citation and which the ministry validated', async () => {
    await as(LEAD, async (app) => {
      const matrix = await app.api.buildMatrix({ countries: ['PK'] });
      const citations = matrix.groups.flatMap((g) =>
        g.rows.flatMap((r) => r.cells.flatMap((c) => c.evidence)),
      );
      const index = new Map(units.map((u, i) => [u.id, i]));
      const cited = citations.filter((c) => index.has(c.suggestionId));
      expect(cited.length).toBeGreaterThan(10);
      for (const c of cited) {
        const i = index.get(c.suggestionId) ?? -1;
        expect(c.reviewer).toBe(LEAD);
        // The ministry validated exactly the accepted tags it decided the same way.
        const same = i >= DIFFERENT;
        expect(c.validatedBy?.map((v) => v.reviewer) ?? []).toEqual(same ? [MINISTRY] : []);
      }
      const validatedCell = matrix.groups
        .flatMap((g) => g.rows.flatMap((r) => r.cells))
        .find((c) => c.validatedBy?.length);
      expect(validatedCell?.validatedBy?.[0].reviewer).toBe(MINISTRY);
      // JSON carries the agreement figures; the workbook has them on a sheet of their own.
      expect(matrix.agreement?.[0].pairs[0]).toMatchObject({ n: DECIDED, reviewers: [LEAD, MINISTRY] });
      const xlsx = await app.api.exportMatrix({ countries: ['PK'], format: 'xlsx' });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(xlsx.dataBase64 ?? '', 'base64') as unknown as ExcelJS.Buffer);
      const sheet = wb.getWorksheet('Agreement');
      expect(sheet?.getRow(2).getCell(9).value).toBe(DECIDED);
      const evidence = wb.getWorksheet('Evidence');
      const header = (evidence?.getRow(1).values as string[]).indexOf('Validated by');
      const validated = (evidence?.getColumn(header).values ?? []).filter((v) =>
        String(v).startsWith(MINISTRY),
      );
      expect(validated.length).toBeGreaterThan(0);
    });
  });

  it("undo takes back only its reviewer's last decision", async () => {
    const first = units[2]; // the lead accepted it in full; the ministry rejected it
    await as(MINISTRY, async (app) => {
      await app.api.reviewSuggestions({ ids: [first.id], decision: 'reset' });
      const rows = await app.store.listReviewerDecisions({ suggestionIds: [first.id] });
      expect(rows.map((r) => r.reviewer)).toEqual([LEAD]);
      const undone = await app.api.undoLastReview({});
      expect(undone.undone).toBe(1);
      // What the suggestion is, the lead's acceptance standing, and the ministry's own decision given back.
      expect(undone.summary).toMatch(
        /^the setting back to undecided of .+: it is accepted in full, by the other reviewers’ decisions \(yours is rejected again\)$/,
      );
      const back = await app.store.listReviewerDecisions({ suggestionIds: [first.id] });
      expect(back.map((r) => [r.reviewer, r.status])).toEqual([
        [LEAD, 'accepted'],
        [MINISTRY, 'rejected'],
      ]);
      // Review's History says the same of the undo: the ministry's rejection back, the lead's acceptance standing.
      const [newest] = await app.api.listAudit({ entityId: first.id, limit: 1 });
      expect(describeSuggestionEntry(newest)).toBe(
        `${MINISTRY} undid their decision (now rejected); the suggestion stays accepted (full), by the other reviewers’ decisions`,
      );
    });
    // The lead's undo does not touch the ministry's decisions.
    await as(LEAD, async (app) => {
      const undone = await app.api.undoLastReview({});
      expect(undone.undone).toBe(1);
      const rows = await app.store.listReviewerDecisions({ reviewer: MINISTRY });
      expect(rows.length).toBe(DECIDED);
      // Redo the lead's last decision so the rest of the file sees the whole set.
      const i = units.length - 1;
      await app.api.reviewSuggestions({ ids: [units[i].id], ...leadDecision(i) });
    });
  });

  it('without a lead decision, reviewers who differ leave the suggestion undecided; agreeing ones decide it', async () => {
    const [a, b] = (
      await as(LEAD, (app) => app.api.listSuggestions({ country: 'PK', status: 'suggested' }))
    ).slice(0, 2);
    await as('Reviewer One', (app) => app.api.reviewSuggestions({ ids: [a.id, b.id], decision: 'accept' }));
    await as('Reviewer Two', async (app) => {
      await app.api.reviewSuggestions({ ids: [a.id], decision: 'reject', note: 'not about children' });
      await app.api.reviewSuggestions({ ids: [b.id], decision: 'accept' });
      const [sa, sb] = await app.store.getSuggestions([a.id, b.id]);
      expect([sa.status, sa.reviewer]).toEqual(['suggested', null]);
      expect([sb.status, sb.coverage, sb.reviewer]).toEqual(['accepted', 'full', 'Reviewer Two']);
      // The lead settles it.
    });
    await as(LEAD, async (app) => {
      const [settled] = await app.api.reviewSuggestions({
        ids: [a.id],
        decision: 'accept',
        coverage: 'partial',
      });
      expect([settled.status, settled.coverage, settled.reviewer]).toEqual(['accepted', 'partial', LEAD]);
      const rows = await app.store.listReviewerDecisions({ suggestionIds: [a.id] });
      expect(disagreementState(rows, LEAD)).toBe('resolved');
      // A resolved disagreement is listed only when asked for; the open ones stay.
      const open = await app.api.listDisagreements({ country: 'PK' });
      expect(open.disagreements.some((d) => d.suggestionId === a.id)).toBe(false);
      const all = await app.api.listDisagreements({ country: 'PK', includeResolved: true });
      expect(all.disagreements.find((d) => d.suggestionId === a.id)?.state).toBe('resolved');
      expect(all.resolved).toBe(1);
    });
  });

  it("records a ministry's batch idempotently: the second time changes nothing", async () => {
    await as(LEAD, async (app) => {
      const before = await app.store.listReviewerDecisions();
      const mine = before.filter((r) => r.reviewer === MINISTRY);
      const batch = {
        reviewer: MINISTRY,
        lead: LEAD,
        recordedAt: new Date().toISOString(),
        decisions: mine.map(({ suggestionId, status, coverage, note, at }) => ({
          suggestionId,
          status,
          coverage,
          note,
          at,
        })),
      };
      const result = await app.store.recordReviewerDecisions(batch);
      expect([result.changed.length, result.unchanged, result.missing.length]).toEqual([0, DECIDED, 0]);
      expect(await app.store.listReviewerDecisions()).toEqual(before);
      expect(await app.store.integrityCheck()).toBe('ok');
    });
  });
});
