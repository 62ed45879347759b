// The Word report as a ministry opens it: three Pakistani acts imported into a real SQLite project,
// tagged, partly accepted, two cells rated (a Gap and a Contradicts) and recommendations attached
// (one to two cells); `lexgap report` writes the DOCX, LibreOffice Writer (headless) prints it to
// PDF, and the PDF's text must hold every law, every gap and every recommendation, in order.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../electron/app/open-app';
import { citeLaw } from '../shared/coverage/cite-clause';
import type { Matrix } from '../shared/matrix/types';
import type { DocumentRecord } from '../shared/model';
import { PARTS } from '../shared/report/report-model';
import { law, tempDir } from './helpers/paths';
import { lexgap } from './helpers/run-cli';
import { printWithLibreOffice } from './helpers/libreoffice';

const dir = tempDir('lexgap-report-');
const db = path.join(dir, 'db.sqlite');
const LAWS = [
  'PK/Child_Marriage_Restraint_Act_1929.pdf',
  'PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf',
  'PK/National_Commission_on_the_Rights_of_Child_Amendment_Act_2022.pdf',
];
let laws: DocumentRecord[] = [];
let matrix: Matrix;
let text = '';

/** Whitespace as one space: LibreOffice wraps lines and pdftotext keeps the breaks. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Each needle found after the one before it; the first one missing or out of order is named. */
function inOrder(haystack: string, needles: string[], from = 0): number {
  let at = from;
  for (const needle of needles) {
    const found = haystack.indexOf(flat(needle), at);
    expect(found, `"${needle}" after position ${at}`).toBeGreaterThanOrEqual(0);
    at = found + flat(needle).length;
  }
  return at;
}

beforeAll(async () => {
  const opened = await openApp({ database: db });
  try {
    const { api } = opened;
    await api.updateSettings({ reviewerName: 'Ayesha Khan' });
    const imported = await api.importDocuments({ files: LAWS.map((f) => ({ path: law(f) })), country: 'PK' });
    expect(imported.failed).toEqual([]);
    await api.tagDocuments({});
    // The two best CRC suggestions accepted: findings with quotes.
    const best = (await api.listSuggestions({ country: 'PK', framework: 'CRC' })).slice(0, 2);
    await api.reviewSuggestions({ ids: best.map((s) => s.id), decision: 'accept', coverage: 'partial' });
    await api.setCellOverride({
      country: 'PK',
      provisionId: 'CRC.34',
      level: 'gap',
      rationale: 'No offence of commercial sexual exploitation of children in the laws searched.',
    });
    await api.setCellOverride({
      country: 'PK',
      provisionId: 'CHK.MARRIAGE_AGE',
      level: 'contradicts',
      rationale: 'The Child Marriage Restraint Act 1929 lets girls marry at 16.',
    });
    const marriageAct = imported.documents.find((d) => d.file.startsWith('Child_Marriage'))!;
    await api.addRecommendation({
      cells: [{ country: 'PK', subdivision: null, provisionId: 'CHK.MARRIAGE_AGE' }],
      type: 'amend',
      text: 'Raise the minimum age of marriage to 18 for girls and boys alike.',
      responsibleBody: 'Ministry of Law and Justice',
      priority: 'high',
      targetDate: '2027-06',
      origin: 'analysis',
      evidence: [marriageAct.id],
    });
    await api.addRecommendation({
      cells: [{ country: 'PK', subdivision: null, provisionId: 'CHK.MARRIAGE_AGE' }],
      type: 'implement',
      text: 'Train nikah registrars to refuse marriages under the legal age.',
      priority: 'low',
      origin: 'workshop',
    });
    await api.addRecommendation({
      cells: [
        { country: 'PK', subdivision: null, provisionId: 'CRC.34' },
        { country: 'PK', subdivision: null, provisionId: 'CHK.MARRIAGE_AGE' },
      ],
      type: 'enact',
      text: 'Enact offences of sexual exploitation of children, including through child marriage.',
      priority: 'medium',
      origin: 'consultation',
    });
    laws = await api.listDocuments({ country: 'PK' });
    matrix = await api.buildMatrix({ countries: ['PK'], frameworks: ['CRC', 'CHK'] });
  } finally {
    await opened.close();
  }

  const docx = path.join(dir, 'pk.docx');
  const run = await lexgap(
    db,
    'report',
    '--country',
    'PK',
    '--framework',
    'CRC',
    '--framework',
    'CHK',
    '--out',
    docx,
  );
  expect(run.code, run.stderr).toBe(0);
  text = flat(printWithLibreOffice(docx, dir));
}, 300_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the Word report opened in LibreOffice Writer', () => {
  it('prints its parts in order, with page numbers in the footer', () => {
    inOrder(text, [
      'Child protection legislation: gap analysis of Pakistan',
      'Contents',
      ...Object.values(PARTS).slice(0, 1),
    ]);
    // Each part heading appears in the contents, then again as its own heading, in the same order.
    const afterContents = inOrder(text, Object.values(PARTS));
    inOrder(text, Object.values(PARTS), afterContents);
    expect(text).toMatch(/Page 2 of \d+/);
  });

  it('names every law read, in the method and in Annex A, in the order of their years', () => {
    expect(laws).toHaveLength(3);
    const titles = [...laws]
      .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
      .map((d) => citeLaw(d.title, d.year));
    expect(text).toContain('3 laws were read');
    inOrder(text, [PARTS.annexLaws, ...titles]);
  });

  it('lists every gap of the matrix, then each one again with its recommendations, most urgent first', () => {
    const rows = matrix.groups.flatMap((g) => g.rows);
    const gaps = rows.filter((r) => ['gap', 'contradicts'].includes(r.cells[0].level));
    expect(gaps.map((r) => r.provisionId)).toEqual(['CRC.34', 'CHK.MARRIAGE_AGE']);
    // In the summary, as the main gaps.
    inOrder(text, ['Main gaps', ...gaps.map((r) => `${r.provisionId} ${r.title}`)]);
    // In Gaps and recommendations: CRC.34 with the shared recommendation (R1), then the marriage age
    // with the high one (R2) and the low one (R3), referring back to R1.
    const start = text.lastIndexOf(PARTS.gaps);
    inOrder(
      text,
      [
        'CRC.34 Sexual exploitation',
        'R1. Enact: Enact offences of sexual exploitation of children, including through child marriage.',
        'Priority: Medium',
        'CHK.MARRIAGE_AGE',
        'The Child Marriage Restraint Act 1929 lets girls marry at 16.',
        'R2. Amend: Raise the minimum age of marriage to 18 for girls and boys alike.',
        'Priority: High · Responsible: Ministry of Law and Justice · Target: 2027-06',
        'R3. Implement: Train nikah registrars to refuse marriages under the legal age.',
        'See also R1 above.',
        PARTS.annexLaws,
      ],
      start,
    );
    expect(matrix.recommendations).toHaveLength(3);
    for (const r of matrix.recommendations) expect(text).toContain(flat(r.text));
  });

  it('gives a Gap rated over undecided suggestions with those suggestions, as the other exports do', () => {
    const gap = matrix.groups.flatMap((g) => g.rows).find((r) => r.provisionId === 'CRC.34')!.cells[0];
    const pending = gap.override!.pendingCandidates;
    expect(pending.length).toBeGreaterThan(0);
    const overridden = flat(
      `Undecided suggestions this rating overrides: ${pending.map((c) => `${c.citation} (${c.score.toFixed(2)})`).join('; ')}`,
    );
    // Under the rating in Findings, and again under the gap in Gaps and recommendations.
    inOrder(
      text,
      ['CRC.34 Sexual exploitation', 'Analyst rating:', overridden],
      text.lastIndexOf(PARTS.findings),
    );
    inOrder(text, ['CRC.34 Sexual exploitation', overridden, 'R1. Enact'], text.lastIndexOf(PARTS.gaps));
  });

  it('quotes each accepted clause under its standard with the page it is printed on', () => {
    const cited = matrix.groups.flatMap((g) => g.rows).filter((r) => r.cells[0].evidence.length);
    expect(cited.length).toBeGreaterThan(0);
    const findings = text.lastIndexOf(PARTS.findings);
    for (const row of cited) {
      const c = row.cells[0].evidence[0];
      inOrder(
        text,
        [
          `${row.provisionId} ${row.title}`,
          c.citation,
          c.printedPage ? `p. ${c.printedPage}` : `PDF p. ${c.page}`,
        ],
        findings,
      );
    }
  });
});
