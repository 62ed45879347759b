// The Islamabad Capital Territory Child Protection (Amendment) Act, 2022 amends ss. 6 and 8 of the
// 2018 Act: imported in either order, Lexgap proposes the link and the sections, the analyst confirms
// it, and what cites an amended section names both acts.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import type { LexgapApi } from '../shared/api/contract';
import type { Matrix } from '../shared/matrix/types';
import type { Clause } from '../shared/model';
import { law, tempDir } from './helpers/paths';
import { lexgap } from './helpers/run-cli';

describe('an amending act and the act it amends', () => {
  let app: App;
  let api: LexgapApi;
  let db: string;
  let amendingId: string;
  let amendedId: string;
  let act2018: Clause[];

  beforeAll(async () => {
    db = path.join(tempDir(), 'db.sqlite');
    app = await openApp({ database: db });
    api = app.api;
    // The amending act first (its text layer is poor OCR: read with OCR, as its import warning advises).
    const amending = await api.importDocuments({
      files: [{ path: law('PK/Islamabad_Capital_Territory_Child_Protection_Amendment_Act.pdf') }],
      country: 'PK',
      ocr: 'force',
    });
    amendingId = amending.documents[0].id;
    expect(await api.listAmendments({})).toEqual([]);
    const amended = await api.importDocuments({
      files: [{ path: law('PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf') }],
      country: 'PK',
    });
    amendedId = amended.documents[0].id;
    act2018 = await api.listClauses({ documentId: amendedId });
    // A law that amends nothing is linked to nothing.
    await api.importDocuments({
      files: [{ path: law('PK/Child_Marriage_Restraint_Act_1929.pdf') }],
      country: 'PK',
    });
  }, 240_000);

  afterAll(async () => {
    await app?.close();
  });

  const evidenceOf = (matrix: Matrix, provisionId: string) =>
    matrix.groups
      .flatMap((g) => g.rows)
      .find((r) => r.provisionId === provisionId)
      ?.cells.find((c) => c.country === 'PK')
      ?.evidence.map((c) => c.citation);
  const sectionOf2018 = (number: string) => act2018.find((c) => c.number === number)?.id;

  it('takes the title and year the amending act gives itself, though OCR misread its "1."', async () => {
    // OCR reads its s. 1 as "[. Short title and commencement.—(1) This Act shall be called the …", so
    // the short-title sentence lies outside any clause.
    const amending = await api.getDocument({ documentId: amendingId });
    expect([amending.title, amending.year]).toEqual([
      'Islamabad Capital Territory Child Protection (Amendment) Act, 2022',
      2022,
    ]);
  });

  it('finds its s. 1 and s. 2 though OCR read "1." as "[." and "2." behind a speck', async () => {
    const clauses = await api.listClauses({ documentId: amendingId });
    // (OCR prints s. 3's "2018" as "2818": the heading is checked up to it.)
    expect(clauses.map((c) => [c.number, c.heading.slice(0, 34)])).toEqual([
      ['1', 'Short title and commencement'],
      ['2', 'Amendment of section 6, Act XXI of'],
      ['3', 'Amendment of section 8, Act XXI of'],
    ]);
    expect(clauses[0].text).toMatch(/This Act shall be called/);
    // No section reported missing: only how the number of s. 1 was read, to check against the page.
    const amending = await api.getDocument({ documentId: amendingId });
    expect(amending.numberingWarnings).toEqual(['s. 1 read from “[.” (page 1)']);
  });

  it('is proposed as amending the 2018 Act, with the sections it changes', async () => {
    const links = await api.listAmendments({});
    expect(links).toHaveLength(1);
    const [link] = links;
    expect(link).toMatchObject({
      amendingDocumentId: amendingId,
      amendedDocumentId: amendedId,
      status: 'proposed',
      reviewer: null,
    });
    expect(link.evidence).toMatch(/Islamabad Capital Territory Child Protection/);
    // "Amendment of section 6 …" and "Amendment of section 8 …": each amended section found in the 2018 Act.
    expect(link.sections.map((s) => [s.amendedNumber, s.amendedClauseId])).toEqual([
      ['6', sectionOf2018('6')],
      ['8', sectionOf2018('8')],
    ]);
    expect(await api.listAmendments({ documentId: amendedId })).toEqual(links);
  });

  it('is confirmed on the command line, and a citation of an amended section names both acts', async () => {
    const confirmed = await lexgap(db, 'amendment', 'confirm', amendingId, amendedId, '--json');
    expect(confirmed.code).toBe(0);
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', reviewer: expect.any(String) });

    // The amending section is cited as printed (s. 2), with no correction by the analyst.
    const amendingSection = (await api.listClauses({ documentId: amendingId })).find((c) =>
      /section 6/.test(c.heading),
    );
    expect(amendingSection?.number).toBe('2');

    const s6 = sectionOf2018('6') ?? '';
    await api.addManualTag({ clauseId: s6, provisionId: 'CRC.19', coverage: 'partial' });
    const matrix = await api.buildMatrix({ countries: ['PK'], frameworks: ['CRC'] });
    expect(evidenceOf(matrix, 'CRC.19')).toEqual([
      'Islamabad Capital Territory Child Protection Act, 2018, s. 6, as amended by Islamabad Capital Territory Child Protection (Amendment) Act, 2022, s. 2',
    ]);
    // The export's evidence table (beside the matrix CSV) cites it the same way.
    const out = path.join(tempDir(), 'matrix.csv');
    await api.exportMatrix({ countries: ['PK'], frameworks: ['CRC'], format: 'csv', path: out });
    expect(fs.readFileSync(out.replace(/\.csv$/, '.evidence.csv'), 'utf8')).toContain(
      's. 6, as amended by Islamabad Capital Territory Child Protection (Amendment) Act, 2022, s. 2',
    );
  });

  it('dismissed, it stays listed as dismissed and no citation names it', async () => {
    const dismissed = await api.reviewAmendment({
      amendingDocumentId: amendingId,
      amendedDocumentId: amendedId,
      decision: 'dismiss',
    });
    expect(dismissed.status).toBe('dismissed');
    const matrix = await api.buildMatrix({ countries: ['PK'], frameworks: ['CRC'] });
    expect(evidenceOf(matrix, 'CRC.19')).toEqual([
      'Islamabad Capital Territory Child Protection Act, 2018, s. 6',
    ]);
    // A later import does not propose it again.
    await api.importDocuments({
      files: [{ path: law('PK/Guardians_and_Wards_Act_1890.pdf') }],
      country: 'PK',
    });
    expect((await api.listAmendments({})).map((a) => a.status)).toEqual(['dismissed']);
    const audit = await api.listAudit({ entityId: amendingId });
    expect(audit.map((a) => a.action).slice(0, 2)).toEqual(['amendment_dismiss', 'amendment_confirm']);
  }, 120_000);
});
