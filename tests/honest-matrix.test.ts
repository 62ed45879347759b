// The matrix a ministry receives, built from real laws through the real handlers and command line:
// quotes hold the words that matched, a Gap says why and what it overrides, n/a is not open work,
// procedural articles stay out unless asked for.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import type { Dispatch } from '../electron/api/dispatch';
import type { LexgapApi } from '../shared/api/contract';
import type { Matrix } from '../shared/matrix/types';
import type { SuggestionView } from '../shared/model';
import { citationQuote } from '../shared/coverage/quote-clause';
import { lexgap } from './helpers/run-cli';
import { law, tempDir } from './helpers/paths';

const dir = tempDir('lexgap-honest-');
const dbPath = path.join(dir, 'db.sqlite');
let opened: App;
let api: LexgapApi;
let dispatch: Dispatch;
let childBill: string;
let interpretation: SuggestionView[];

beforeAll(async () => {
  opened = await openApp({ database: dbPath });
  api = opened.api;
  dispatch = opened.dispatch;
  await api.updateSettings({ reviewerName: 'Nur Aisyah' });
  const my = await api.importDocuments({ files: [{ path: law('MY/Child_Bill_1999.pdf') }], country: 'MY' });
  const pk = await api.importDocuments({
    files: [{ path: law('PK/Child_Marriage_Restraint_Act_1929.pdf') }],
    country: 'PK',
  });
  expect([...my.failed, ...pk.failed]).toEqual([]);
  childBill = my.documents[0].id;
  await api.tagDocuments({});
  // Every suggestion on the Child Bill's interpretation section (s. 2, about 8,000 characters).
  interpretation = (await api.listSuggestions({ documentId: childBill })).filter(
    (s) => s.clauseNumber === '2',
  );
  expect(interpretation.length).toBeGreaterThan(3);
  await api.reviewSuggestions({
    ids: interpretation.map((s) => s.id),
    decision: 'accept',
    coverage: 'partial',
  });
});

afterAll(async () => {
  await opened.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const cellOf = (matrix: Matrix, country: string, provisionId: string) => {
  for (const g of matrix.groups)
    for (const r of g.rows)
      if (r.provisionId === provisionId) return r.cells.find((c) => c.country === country)!;
  throw new Error(`no row ${provisionId}`);
};

describe('quotes from a long interpretation section', () => {
  it('each quote is the definition that matched, holding its matched words, cut with "…"', async () => {
    const matrix = await api.buildMatrix({ countries: ['MY'] });
    const citations = matrix.groups.flatMap((g) =>
      g.rows.flatMap((r) => r.cells.flatMap((c) => c.evidence.filter((e) => e.clauseNumber === '2'))),
    );
    expect(citations.length).toBe(interpretation.length);
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    for (const cited of citations) {
      const c = { ...cited, ...citationQuote(cited), quoteTerms: citationQuote(cited).terms };
      const matched = interpretation
        .find((s) => s.id === c.suggestionId)!
        .matched.filter((m) => m.start >= 0);
      // Suggested from cross-references alone: no words to find, the opening words are quoted.
      if (!matched.length) {
        expect(c.quote).toMatch(/^\(1\) In this Act/);
        continue;
      }
      // Most of a suggestion's matched words lie in the one definition quoted.
      expect(
        c.quoteTerms.length,
        `${c.suggestionId} quotes some of ${JSON.stringify(matched)}: ${c.quote}`,
      ).toBeGreaterThan(0);
      for (const words of c.quoteTerms) expect(c.quote).toContain(words);
      expect(matched.some((m) => c.quote.includes(flat(c.clauseText.slice(m.start, m.end))))).toBe(true);
      expect(c.quote.length).toBeLessThan(c.clauseText.length / 4);
      expect(c.quote).toMatch(/^… .* …$/);
    }
    const crc1 = citationQuote(cellOf(matrix, 'MY', 'CRC.1').evidence.find((e) => e.clauseNumber === '2')!);
    expect(crc1.quote).toMatch(/child"— \(a\) means a person under the age of eighteen years/);
  });

  it('the definition of a child reaches the HTML report and the evidence CSV', async () => {
    const html = Buffer.from(
      (await api.exportMatrix({ format: 'html', countries: ['MY'], frameworks: ['CRC'] })).dataBase64!,
      'base64',
    ).toString('utf8');
    expect(html).toMatch(/a person <mark>under the age of eighteen years<\/mark>/);
    const out = path.join(dir, 'matrix.csv');
    await api.exportMatrix({ format: 'csv', countries: ['MY'], frameworks: ['CRC'], path: out });
    const rows = Papa.parse<Record<string, string>>(
      fs.readFileSync(out.replace(/\.csv$/, '.evidence.csv'), 'utf8').replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    ).data;
    const crc1 = rows.find((r) => r.provision_id === 'CRC.1' && r.clause_number === '2')!;
    expect(crc1.quote).toContain('means a person under the age of eighteen years');
    expect(crc1).toMatchObject({ reviewer: 'Nur Aisyah', ocr_confidence: '', provision_verified: 'yes' });
    // PDF page 12 prints "Bill 9" at its head: the citation gives the page a reader turns to.
    expect([crc1.page, crc1.printed_page, crc1.page_cited]).toEqual(['12', '9', 'p. 9']);
  });
});

describe('an honest Gap', () => {
  it('is refused without a rationale, with a message naming the cell', async () => {
    const refused = await dispatch('setCellOverride', {
      country: 'MY',
      provisionId: 'CRC.19',
      level: 'gap',
      rationale: '   ',
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'invalid_args',
        message: expect.stringMatching(/^A Gap rating of CRC\.19 for MY needs a rationale/),
      },
    });
    expect(cellOf(await api.buildMatrix({ countries: ['MY'] }), 'MY', 'CRC.19').override).toBeNull();
  });

  it('records the laws searched and the undecided suggestions it overrides, best first', async () => {
    const pending = (await api.listSuggestions({ country: 'MY', provisionId: 'CRC.19', status: 'suggested' }))
      .map((s) => s.score)
      .sort((a, b) => b - a);
    expect(pending.length).toBeGreaterThan(0);
    const saved = await api.setCellOverride({
      country: 'MY',
      provisionId: 'CRC.19',
      level: 'gap',
      rationale: 'Read ss. 31–33: neglect and ill-treatment only, no general ban on violence.',
    });
    expect(saved.reviewedDocumentIds).toEqual([childBill]);
    expect(saved.pendingCandidates.map((c) => c.score)).toEqual(pending.slice(0, 20));
    expect(saved.pendingCandidates[0].citation).toMatch(/^Child Bill 1999, s\. \d+/);
    const cell = cellOf(await api.buildMatrix({ countries: ['MY'] }), 'MY', 'CRC.19');
    expect(cell.override?.reviewedDocuments).toEqual([{ id: childBill, title: 'Child Bill 1999' }]);
    expect(cell.override?.reviewer).toBe('Nur Aisyah');
  });
});

describe('what is not open work', () => {
  it("Pakistan's ACTIP cells read n/a and count apart from the not reviewed", async () => {
    const matrix = await api.buildMatrix({ countries: ['PK', 'MY'], frameworks: ['ACTIP'] });
    const [pk, my] = matrix.columns;
    const rows = matrix.groups.flatMap((g) => g.rows);
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) expect(r.cells[0]).toMatchObject({ level: 'not_applicable' });
    expect(pk.totals).toMatchObject({ not_applicable: rows.length, not_reviewed: 0 });
    expect(my.totals.not_applicable).toBe(0);
  });

  it('procedural articles are left out unless asked for, from the command line too', async () => {
    const ids = (m: Matrix) => m.groups.flatMap((g) => g.rows.map((r) => r.provisionId));
    const usual = await api.buildMatrix({ countries: ['MY'], frameworks: ['CRC', 'C138'] });
    expect(ids(usual)).toContain('CRC.42');
    expect(ids(usual)).not.toContain('CRC.43');
    expect(ids(usual)).not.toContain('C138.10');
    expect(usual.hiddenProcedural).toBe(12 + 9);
    await opened.close();
    const cli = await lexgap(
      dbPath,
      'matrix',
      '--framework',
      'CRC',
      '--include-procedural',
      '--format',
      'json',
    );
    expect(cli.code).toBe(0);
    const all = (JSON.parse(cli.stdout) as { matrix: Matrix }).matrix;
    expect(ids(all)).toEqual(expect.arrayContaining(['CRC.43', 'CRC.54']));
    expect(all.hiddenProcedural).toBe(0);
    opened = await openApp({ database: dbPath });
  });
});
