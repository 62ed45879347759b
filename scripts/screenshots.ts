// `npx tsx scripts/screenshots.ts [NAME...]`: docs/screenshots/*.png at 1440×900 (only the NAMEs given,
// e.g. `matrix matrix-cell`), from the built app (dist/serve.mjs) with real laws imported, tagged and
// partly reviewed. Every picture in the README comes from here: report-html is the top of the HTML matrix
// report at 1280 px, and the report-* pages are the Word report printed by LibreOffice (soffice, pdftoppm).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Matrix } from '../shared/matrix/types';
import type { Amendment, DocumentRecord, SuggestionView } from '../shared/model';
import { law, lawsDir, repoRoot, tempDir } from '../tests/helpers/paths';
import { printMarkdownLaw } from '../tests/helpers/print-markdown-law';
import { callApi, decideAs, importViaApi, startApp } from '../tests/e2e/start-app';
import { printWithLibreOffice } from '../tests/helpers/libreoffice';
import { lexgap } from '../tests/helpers/run-cli';
import { addAccount } from '../tests/helpers/team-server';
import { openTeamServer } from '../electron/http/open-team-server';

const OUT = path.join(repoRoot, 'docs/screenshots');
const LAWS: [string, string[]][] = [
  [
    'MY',
    [
      'MY/Child_Bill_1999.pdf',
      'MY/Sexual_Offences_against_Children_Bill_2017.pdf',
      'MY/Anti-Trafficking_in_Persons_Bill_2007.pdf',
      'MY/Evidence_of_Child_Witness_Bill_2007.pdf',
    ],
  ],
  [
    'PK',
    [
      'PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf',
      'PK/Child_Marriage_Restraint_Act_1929.pdf',
      'PK/Guardians_and_Wards_Act_1890.pdf',
    ],
  ],
  ['VN', ['VN/Luat_Tre_em_2016.pdf']],
];

const app = await startApp({ width: 1440, height: 900 });
const { page } = app;
try {
  await callApi(page, 'updateSettings', { reviewerName: 'N. Ibrahim' });
  for (const [country, files] of LAWS) await importViaApi(page, country, files.map(law));
  // The ICT Act was made for Islamabad Capital Territory; the 1929 Act is national, with the dates it prints.
  const laws = await callApi<DocumentRecord[]>(page, 'listDocuments', { country: 'PK' });
  const lawNamed = (title: RegExp) => laws.find((d) => title.test(d.title))!.id;
  await callApi(page, 'updateDocument', {
    documentId: lawNamed(/Islamabad Capital Territory/),
    jurisdiction: 'PK-IS',
  });
  await callApi(page, 'updateDocument', {
    documentId: lawNamed(/Child Marriage Restraint/),
    status: 'in_force',
    enactedOn: '1929-10-01',
    inForceFrom: '1930-04-01',
  });
  await callApi(page, 'tagDocuments', {});

  // Partly reviewed: the strongest suggestion of each clause accepted (the weaker ones partial),
  // the weakest rejected, the rest of the queue still to review.
  const all = await callApi<SuggestionView[]>(page, 'listSuggestions');
  const best = new Map<string, SuggestionView>();
  for (const s of all) if (s.score > (best.get(s.clauseId)?.score ?? 0)) best.set(s.clauseId, s);
  const top = [...best.values()].filter((s) => s.score >= 0.55);
  const strong = top.filter((_, i) => i % 3 !== 2);
  const full = strong.filter((s) => s.score >= 0.7).map((s) => s.id);
  const partial = strong.filter((s) => s.score < 0.7).map((s) => s.id);
  const weak = all
    .filter((s) => s.score < 0.2)
    .filter((_, i) => i % 4 === 0)
    .map((s) => s.id);
  if (full.length)
    await callApi(page, 'reviewSuggestions', { ids: full, decision: 'accept', coverage: 'full' });
  if (partial.length)
    await callApi(page, 'reviewSuggestions', { ids: partial, decision: 'accept', coverage: 'partial' });
  if (weak.length) await callApi(page, 'reviewSuggestions', { ids: weak, decision: 'reject' });
  await callApi(page, 'setCellOverride', {
    country: 'PK',
    provisionId: 'CRC.1',
    level: 'contradicts',
    rationale: 'The Child Marriage Restraint Act sets 18 for boys and 16 for girls.',
  });
  // A Gap over a weak suggestion nobody decided: the rating records it as overridden.
  const accepted = new Set(
    (await callApi<SuggestionView[]>(page, 'listSuggestions', { country: 'VN', status: 'accepted' })).map(
      (s) => s.provisionId,
    ),
  );
  const open = (
    await callApi<SuggestionView[]>(page, 'listSuggestions', {
      country: 'VN',
      framework: 'CRC',
      status: 'suggested',
    })
  ).filter((s) => !accepted.has(s.provisionId) && s.score < 0.3);
  if (open.length)
    await callApi(page, 'setCellOverride', {
      country: 'VN',
      provisionId: open[0].provisionId,
      level: 'gap',
      rationale: 'Read the Law on Children: the suggested article is about a different duty.',
    });
  process.stdout.write(
    `${all.length} suggestions; accepted ${full.length + partial.length}, rejected ${weak.length}\n`,
  );
  // The state above frozen as the study's baseline; what follows is the follow-up cycle's work.
  await callApi(page, 'createBaseline', { name: 'Baseline 2026' });

  fs.mkdirSync(OUT, { recursive: true });
  // `npx tsx scripts/screenshots.ts document review-note`: only the named pictures are written.
  const only = process.argv.slice(2);
  const wanted = (name: string) => !only.length || only.includes(name);
  const shot = async (
    name: string,
    on = page,
    clip?: { x: number; y: number; width: number; height: number },
  ) => {
    if (!wanted(name)) return;
    await on.waitForTimeout(600);
    await on.screenshot({ path: path.join(OUT, `${name}.png`), ...(clip ? { clip, fullPage: true } : {}) });
    process.stdout.write(`docs/screenshots/${name}.png\n`);
  };

  await page.reload();
  await page.click('[data-screen=library]');
  await page.locator('.card h2', { hasText: 'VN' }).waitFor();
  await shot('library');
  // The Edit dialog: where a law applies and the dates its status took effect.
  await page
    .locator('table.docs tr', { hasText: 'Child Marriage Restraint' })
    .getByRole('button', { name: 'Edit' })
    .click();
  await page.getByLabel('In force from').waitFor();
  await shot('library-edit');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.click('[data-screen=library]');
  await page
    .locator('tr', { hasText: 'Sexual Offences' })
    .first()
    .getByRole('button', { name: 'Open' })
    .click();
  await page.locator('[data-testid=clause-list] [data-clause="14"]').first().click();
  await page.locator('[data-testid=clause-highlight]').first().waitFor();
  await page.locator('[data-testid=doc-suggestion]').first().waitFor();
  // A click in the clause text sets the split point: the correction actions are all enabled.
  await page.locator('[data-testid=clause-text]').click({ position: { x: 60, y: 30 } });
  await page.getByRole('button', { name: 'Split here' }).and(page.locator(':enabled')).waitFor();
  await shot('document');

  await page.click('[data-screen=review]');
  await page.locator('[data-testid=review-row]').first().waitFor();
  await page.getByLabel('Country').selectOption('MY');
  await page.waitForTimeout(500);
  for (let i = 0; i < 6; i++) await page.keyboard.press('j');
  await page.locator('[data-testid=review-detail] .clause-text').waitFor();
  await shot('review');
  // The note dialog: in the window, not a browser prompt; the decision stays as it is.
  await page.waitForTimeout(300);
  await page.keyboard.press('n');
  await page.getByRole('dialog').waitFor();
  await page.keyboard.type('Check against the amending act before deciding.');
  await shot('review-note');
  await page.keyboard.press('Escape');

  await page.click('[data-screen=standards]');
  await page.locator('[data-testid=standards-tree]').waitFor();
  await shot('standards');

  // ACTIP: Pakistan is outside ASEAN (n/a, hatched), most article numbers are marked unverified.
  await page.click('[data-screen=matrix]');
  await page.getByLabel('Instrument').selectOption('ACTIP');
  await page.locator('[data-cell="PK/ACTIP.5"][data-level=not_applicable]').waitFor();
  await shot('matrix');

  // The checklist with its measurable checks: Pakistan's marriage age confirmed as a contradiction,
  // the other ages still proposals, and the check drawer open on Viet Nam's definition of the child.
  await callApi(page, 'reviewCheck', { country: 'PK', provisionId: 'CHK.MARRIAGE_AGE', decision: 'confirm' });
  await page.getByLabel('Instrument').selectOption('CHK');
  await page.locator('[data-cell="VN/CHK.CHILD_DEFINITION"]').click();
  await page.locator('[data-testid=check-panel]').waitFor();
  await shot('checks');

  // A Contradicts citing its clause: the picker found s. 2 of the Child Marriage Restraint Act by number.
  await page.locator('[data-cell="PK/CHK.CHILD_DEFINITION"]').click();
  await page.getByLabel('Level').selectOption('contradicts');
  await page
    .getByLabel('Rationale')
    .fill('A girl is a child only under 16: s. 2 of the Child Marriage Restraint Act.');
  await page.getByRole('button', { name: 'Cite clauses…' }).click();
  const picker = page.getByTestId('clause-picker');
  await picker.getByLabel('Search clauses').fill('2');
  await picker.locator('.picker-clause').first().locator('input[type=checkbox]').check();
  await shot('matrix-cite');
  await picker.getByRole('button', { name: 'Cancel' }).click();

  // The cell panel: Malaysia's definition of a child quoted from the Child Bill's interpretation section.
  await page.reload();
  await page.click('[data-screen=matrix]');
  await page.getByLabel('Instrument').selectOption('CRC');
  await page.locator('[data-cell="MY/CRC.1"]').click();
  await page.locator('[data-testid=cell-drawer] blockquote mark').first().waitFor();
  await shot('matrix-cell');

  // A Gap without its rationale, refused, beside the undecided suggestions it would override.
  await page.getByRole('button', { name: 'Close' }).click();
  const undecided = await callApi<SuggestionView[]>(page, 'listSuggestions', {
    country: 'MY',
    framework: 'CRC',
    status: 'suggested',
  });
  const target = undecided.find((s) => s.provisionId === 'CRC.28') ?? undecided[0];
  await page.locator(`[data-cell="MY/${target.provisionId}"]`).click();
  await page.getByLabel('Level').selectOption('gap');
  await page.locator('[data-testid=pending-candidates] li').first().waitFor();
  await page.getByRole('button', { name: 'Save rating' }).click();
  await page.getByRole('alert').waitFor();
  await shot('matrix-gap');

  // Pakistan split into its national laws and Islamabad Capital Territory, as of 1 January 2019: the
  // ICT Act is evidence in its own column only, and the drawer names whose law each citation is.
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('Split by subdivision').check();
  await page.getByLabel('As of').fill('2019-01-01');
  await page.locator('th[data-column="PK-IS"]').waitFor();
  const split = await callApi<Matrix>(page, 'buildMatrix', {
    frameworks: ['CRC'],
    split: ['PK'],
    asOf: '2019-01-01',
  });
  const ictCell = split.groups
    .flatMap((g) => g.rows.flatMap((r) => r.cells))
    .find((c) => c.country === 'PK-IS' && c.evidence.some((e) => e.jurisdiction === 'PK-IS'));
  if (ictCell) {
    await page.locator(`[data-cell="PK-IS/${ictCell.provisionId}"]`).click();
    await page.getByTestId('evidence-jurisdiction').first().waitFor();
    // Clicking may scroll the grid a little to reach the cell: the as-of banner above it stays in the picture.
    await page.getByTestId('as-of').scrollIntoViewIfNeeded();
  }
  await shot('matrix-subdivisions');

  // Recommendations: Pakistan's marriage age (national and Islamabad), resting on the 1929 Act and the
  // 2018 Act, and two more of lower priority; the cell panel with its recommendations and the form.
  const pkLaws = await callApi<{ id: string; title: string }[]>(page, 'listDocuments', { country: 'PK' });
  const lawId = (title: string) => pkLaws.find((d) => d.title.includes(title))?.id;
  const marriageClauses = await callApi<{ id: string; number: string }[]>(page, 'listClauses', {
    documentId: lawId('Marriage'),
  });
  await callApi(page, 'addRecommendation', {
    cells: [
      { country: 'PK', provisionId: 'CRC.1' },
      { country: 'PK', subdivision: 'PK-IS', provisionId: 'CRC.1' },
    ],
    type: 'amend',
    text: 'Amend the Child Marriage Restraint Act to set 18 as the minimum age of marriage for girls and boys alike.',
    responsibleBody: 'Ministry of Law and Justice',
    priority: 'high',
    targetDate: '2027-06',
    origin: 'workshop',
    evidence: [marriageClauses.find((c) => c.number === '2')?.id ?? lawId('Marriage')!],
  });
  await callApi(page, 'addRecommendation', {
    cells: [{ country: 'PK', provisionId: 'CRC.1' }],
    type: 'implement',
    text: 'Register every marriage and check the ages of both parties against birth registration.',
    responsibleBody: 'Provincial local government departments',
    priority: 'medium',
    targetDate: '2028',
    status: 'agreed',
    origin: 'consultation',
    evidence: [lawId('Islamabad')!],
  });
  await callApi(page, 'addRecommendation', {
    cells: [{ country: 'MY', provisionId: 'CRC.19' }],
    type: 'enact',
    text: 'Prohibit corporal punishment of children in all settings, including the home.',
    priority: 'low',
    origin: 'analysis',
  });
  await page.reload();
  await page.click('[data-screen=matrix]');
  await page.getByLabel('Instrument').selectOption('CRC');
  await page.locator('[data-cell="PK/CRC.1"]').click();
  const recs = page.locator('[data-testid=cell-recommendations]');
  await recs.locator('[data-testid=recommendation]').first().waitFor();
  await recs.scrollIntoViewIfNeeded();
  await recs.getByRole('button', { name: 'Add recommendation' }).click();
  const form = page.locator('[data-testid=recommendation-dialog]');
  await form.getByLabel('Type').selectOption('implement');
  await form
    .getByLabel('Recommendation', { exact: true })
    .fill('Train nikah registrars to refuse to register a marriage where either party is under 18.');
  await form.getByLabel('Responsible body').fill('Islamabad Capital Territory Administration');
  await form.getByLabel('Priority').selectOption('medium');
  await form.getByLabel('Target date').fill('2027');
  await form.getByLabel('Origin').selectOption('workshop');
  await shot('recommendation-panel');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Close' }).click();

  await page.click('[data-screen=recommendations]');
  await page.locator('[data-testid=recommendations] tbody tr').first().waitFor();
  await shot('recommendations');

  // The follow-up cycle: two more clauses accepted, a cell rated, and the Guardians and Wards Act
  // marked repealed; the Baselines screen shows each changed cell since Baseline 2026 and why.
  const more = (
    await callApi<SuggestionView[]>(page, 'listSuggestions', {
      country: 'VN',
      framework: 'CRC',
      status: 'suggested',
    })
  )
    .sort((a, b) => b.score - a.score)
    .slice(0, 2)
    .map((x) => x.id);
  await callApi(page, 'reviewSuggestions', { ids: more, decision: 'accept', coverage: 'partial' });
  await callApi(page, 'setCellOverride', {
    country: 'MY',
    provisionId: 'CRC.28',
    level: 'gap',
    rationale: 'Read all four bills: none provides for free primary education.',
  });
  const guardians = pkLaws.find((d) => d.title.includes('Wards'));
  if (guardians) await callApi(page, 'updateDocument', { documentId: guardians.id, status: 'repealed' });
  await page.click('[data-screen=baselines]');
  await page.locator('[data-testid=changes] tbody tr').first().waitFor();
  await shot('baselines');

  await page.click('[data-screen=export]');
  await page.getByRole('button', { name: 'Export matrix' }).waitFor();
  await shot('export');

  // Export › Report: the Word report of the three countries on the CRC and the checklist, saved.
  await page.getByLabel('Checklist', { exact: true }).check();
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Word report (.docx)' }).click(),
  ]);
  await saved.path();
  await page.getByText(/^Saved .*\.docx/).waitFor();
  await shot('export-report');

  // The HTML matrix report on the checklist, Pakistan split: Islamabad Capital Territory's name does not
  // fit under its code, so every name goes to the key above the codes; the top of the page as a reader
  // scrolls it (legend, coverage by country, the heat map's first groups).
  if (wanted('report-html')) {
    const html = await callApi<{ dataBase64: string }>(page, 'exportMatrix', {
      frameworks: ['CHK'],
      split: ['PK'],
      format: 'html',
    });
    const reader = await (await app.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    try {
      await reader.setContent(Buffer.from(html.dataBase64, 'base64').toString('utf8'));
      await shot('report-html', reader, { x: 0, y: 0, width: 1280, height: 2400 });
    } finally {
      await reader.context().close();
    }
  }

  // The country report on Pakistan (CRC and the checklist) as Word writes it, printed to PDF by
  // LibreOffice Writer: its title page, Method, the start of the gap matrix, Gaps and recommendations.
  const pages: [string, RegExp][] = [
    ['report-title', /^/],
    ['report-method', /^Method\b/],
    ['report-matrix', /^Gap matrix\b/],
    ['report-gaps', /^Gaps and recommendations\b/],
  ];
  if (pages.some(([name]) => wanted(name))) {
    const dir = tempDir('lexgap-screenshots-report-');
    const docx = path.join(dir, 'report-PK.docx');
    const report = await callApi<{ dataBase64: string }>(page, 'exportReport', {
      countries: ['PK'],
      frameworks: ['CRC', 'CHK'],
      format: 'docx',
    });
    fs.writeFileSync(docx, Buffer.from(report.dataBase64, 'base64'));
    printWithLibreOffice(docx, dir);
    const pdf = docx.replace(/\.docx$/, '.pdf');
    const pageText = (n: number) =>
      execFileSync('pdftotext', ['-f', `${n}`, '-l', `${n}`, pdf, '-'], { encoding: 'utf8' }).trim();
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    for (const [name, heading] of pages) {
      if (!wanted(name)) continue;
      // The part's own page, not the contents that list it (A4 at 70 dpi: 579 × 819).
      const at =
        name === 'report-title'
          ? 1
          : Array.from({ length: count }, (_, i) => i + 1).find(
              (i) => heading.test(pageText(i)) && !/^Contents/.test(pageText(i)),
            );
      if (!at) throw new Error(`${name}: no page of the report starts with ${heading}`);
      const png = path.join(OUT, name);
      execFileSync('pdftoppm', ['-r', '70', '-f', `${at}`, '-l', `${at}`, '-png', '-singlefile', pdf, png]);
      process.stdout.write(`docs/screenshots/${name}.png (page ${at} of ${count})\n`);
    }
  }

  await page.click('[data-screen=settings]');
  await page.locator('[aria-label="Reviewer name"]:enabled').waitFor();
  await shot('settings');

  // Review packages: the lead makes one for the ministry, a second Lexgap (its own server and
  // database) opens it and decides, and the lead imports it back.
  await page.click('[data-screen=library]');
  await page.getByRole('button', { name: 'Make review package…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Package country').selectOption('PK');
  await dialog.getByLabel('Package for').fill('Ministry of Human Rights');
  await shot('package-make');
  const [made] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Make package' }).click(),
  ]);
  const files = tempDir('lexgap-screenshots-');
  const sentFile = path.join(files, made.suggestedFilename());
  await made.saveAs(sentFile);
  const returnedFile = path.join(files, 'returned.lexgap');
  const ministry = await startApp({ width: 1440, height: 900 });
  try {
    const other = ministry.page;
    await callApi(other, 'updateSettings', { reviewerName: 'A. Khan (Ministry of Human Rights)' });
    await other.setInputFiles('[data-testid=open-package-input]', sentFile);
    await other.locator('[data-testid=package-banner]').waitFor();
    const offered = await callApi<SuggestionView[]>(other, 'listSuggestions', { minScore: 0.3 });
    const [agree, differ] = [
      offered.filter((s) => s.status === 'accepted'),
      offered.filter((s) => s.status === 'suggested'),
    ];
    if (agree.length)
      await callApi(other, 'reviewSuggestions', {
        ids: agree.slice(0, 9).map((s) => s.id),
        decision: 'accept',
      });
    if (agree.length > 9)
      await callApi(other, 'reviewSuggestions', {
        ids: agree.slice(9, 12).map((s) => s.id),
        decision: 'reject',
        note: 'Applies to marriages only.',
      });
    if (differ.length)
      await callApi(other, 'reviewSuggestions', {
        ids: differ.slice(0, 5).map((s) => s.id),
        decision: 'accept',
        coverage: 'partial',
      });
    await other.reload();
    await other.locator('[data-testid=package-banner]').waitFor();
    await shot('package-open', other);
    const file = await callApi<{ dataBase64: string }>(other, 'getPackageFile');
    fs.writeFileSync(returnedFile, Buffer.from(file.dataBase64, 'base64'));
  } finally {
    await ministry.close();
  }
  await page.setInputFiles('[data-testid=import-package-input]', returnedFile);
  await page.getByRole('status').filter({ hasText: 'recorded' }).waitFor();
  await shot('package-import');
  // Amending acts: the ICT Amendment Act (read with OCR) proposed as amending the 2018 Act, confirmed,
  // and s. 6 of the 2018 Act with its amendment beside it.
  if (!only.length || only.includes('amendments')) {
    const amending = law('PK/Islamabad_Capital_Territory_Child_Protection_Amendment_Act.pdf');
    await callApi(page, 'importDocuments', {
      country: 'PK',
      ocr: 'force',
      files: [{ name: path.basename(amending), dataBase64: fs.readFileSync(amending).toString('base64') }],
    });
    const [link] = await callApi<Amendment[]>(page, 'listAmendments', {});
    await callApi(page, 'reviewAmendment', {
      amendingDocumentId: link.amendingDocumentId,
      amendedDocumentId: link.amendedDocumentId,
      decision: 'confirm',
    });
    await page.reload();
    await page.click('[data-screen=library]');
    await page
      .locator(`tr[data-document="${link.amendedDocumentId}"]`)
      .getByRole('button', { name: 'Open' })
      .click();
    await page.locator('[data-testid=clause-list] [data-clause="6"]').click();
    await page.locator('[data-testid=clause-history]').waitFor();
    await shot('amendments');
  }

  // Versions: the Evidence of Child Witness Bill again with s. 14 edited, printed from its source text.
  if (!only.length || only.includes('versions')) {
    const source = fs.readFileSync(
      path.join(lawsDir, 'MY/source/Evidence_of_Child_Witness_Bill_2007.md'),
      'utf8',
    );
    const reprint = path.join(tempDir(), 'Evidence_of_Child_Witness_Bill_2007_reprint.pdf');
    await printMarkdownLaw(
      source.replace('No person shall reveal or publish', 'No person shall reveal, broadcast or publish'),
      reprint,
    );
    const [bill] = await importViaApi(page, 'MY', [reprint]);
    await page.reload();
    await page.click('[data-screen=library]');
    await page.locator(`tr[data-document="${bill.id}"]`).getByRole('button', { name: 'Open' }).click();
    await page.locator('[data-testid=clause-list] [data-clause="14"]').click();
    await page.locator('[data-testid=clause-history]').waitFor();
    await page.getByText('Text before').click();
    await shot('versions');
    await page.getByRole('button', { name: /^Versions/ }).click();
    await page.getByTestId('versions-dialog').waitFor();
    await shot('versions-list');
    await page.keyboard.press('Escape');
  }

  // A ministry's review of Pakistan's accepted tags, differing on a few: the Reviewers screen lists
  // them side by side with both notes, and the agreement figures below.
  const pkAccepted = (
    await callApi<SuggestionView[]>(page, 'listSuggestions', { country: 'PK', status: 'accepted' })
  ).slice(0, 24);
  await decideAs(page, 'Ministry of Human Rights', async () => {
    for (const [i, s] of pkAccepted.entries()) {
      const differs = i % 6 === 0;
      await callApi(page, 'reviewSuggestions', {
        ids: [s.id],
        ...(differs && i % 12 === 0
          ? { decision: 'reject', note: 'This section sets procedure; the duty is in the Rules.' }
          : {
              decision: 'accept',
              coverage: differs ? (s.coverage === 'full' ? 'partial' : 'full') : (s.coverage ?? 'full'),
              ...(differs ? { note: 'Covers the duty only for registered institutions.' } : {}),
            }),
      });
    }
  });
  await page.click('[data-screen=reviewers]');
  await page.getByLabel('Country').selectOption('PK');
  await page.locator('[data-testid=disagreement]').first().waitFor();
  await shot('reviewers');

  // A team server on a copy of this corpus: a browser's sign-in, this window connected to it from
  // Settings › Team server, and the accounts a lead manages.
  if (!only.length || only.some((name) => name.startsWith('team-'))) {
    const teamDb = path.join(tempDir('lexgap-screenshots-team-'), 'team.sqlite');
    const copied = await lexgap(teamDb, 'db', 'copy', '--from', app.dbPath, '--to', teamDb);
    if (copied.code !== 0) throw new Error(copied.stderr);
    const accounts: [string, string, boolean][] = [
      ['N. Ibrahim', 'lead', false],
      ['amina', 'reviewer', false],
      ['farid', 'analyst', false],
      ['ministry viewer', 'viewer', false],
      ['old consultant', 'reviewer', true],
    ];
    for (const [name, role, disabled] of accounts) {
      await addAccount(teamDb, name, role, `${name} password 2026`);
      if (disabled) await lexgap(teamDb, 'account', 'disable', name);
    }
    const server = await openTeamServer({
      database: teamDb,
      port: 0,
      staticDir: path.join(repoRoot, 'dist/renderer'),
    });
    const visitor = await (
      await app.browser.newContext({ viewport: { width: 1440, height: 900 } })
    ).newPage();
    try {
      await visitor.goto(server.url);
      const form = visitor.getByRole('form', { name: 'Sign in' });
      await form.getByLabel('Name').fill('amina');
      await form.getByLabel('Password').fill('not the password');
      await form.getByRole('button', { name: 'Sign in' }).click();
      await visitor.getByRole('alert').waitFor();
      await shot('team-sign-in', visitor);

      await form.getByLabel('Name').fill('N. Ibrahim');
      await form.getByLabel('Password').fill('N. Ibrahim password 2026');
      await form.getByRole('button', { name: 'Sign in' }).click();
      await visitor.click('[data-screen=settings]');
      await visitor.getByTestId('accounts').locator('tr[data-account]').nth(4).waitFor();
      await shot('team-accounts', visitor);

      await page.click('[data-screen=settings]');
      const card = page.getByTestId('team-server');
      await card.getByLabel('Server address').fill(server.url);
      await card.getByLabel('Name').fill('amina');
      await card.getByLabel('Password').fill('amina password 2026');
      await card.getByRole('button', { name: 'Connect' }).click();
      await page.getByTestId('signed-in-as').waitFor();
      await page.click('[data-screen=settings]');
      await shot('team-settings');
      await card.getByRole('button', { name: 'Disconnect' }).click();
      await page.getByText('Offline · data stays on this machine').waitFor();
    } finally {
      await visitor.context().close();
      await server.close();
    }
  }
} finally {
  await app.close();
}
