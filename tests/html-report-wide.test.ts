// The HTML report's heat map with fourteen country columns, on real laws through the real handlers and
// a real SQLite file, drawn by Debian's Chromium on screen and printed on A4 landscape: every cell keeps
// its level, its count of clauses (two digits here) and its `?` or `!` inside its own box.
// LEXGAP_REPORT_SHOTS=DIR keeps the pictures (screen and print PNGs, the PDF) to look at.
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import { closePdfWorkers, extractPdf } from '../electron/pdf/extract-pdf';
import { CHROMIUM_ARGS } from './e2e/start-app';
import { law, tempDir } from './helpers/paths';

const dir = tempDir('lexgap-report-wide-');
const shots = process.env.LEXGAP_REPORT_SHOTS;
let opened: App;
let browser: Browser;
let html: string;

// Each law a country of its own: fourteen columns.
const LAWS: [string, string][] = [
  ['MY', 'MY/Child_Bill_1999.pdf'],
  ['PK', 'PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf'],
  ['VN', 'VN/Luat_Tre_em_2016.pdf'],
  ['TH', 'MY/Sexual_Offences_against_Children_Bill_2017.pdf'],
  ['ID', 'MY/RUU_Kesalahan_Seksual_terhadap_Kanak-Kanak_2017.pdf'],
  ['PH', 'MY/Anti-Trafficking_in_Persons_Bill_2007.pdf'],
  ['SG', 'MY/Evidence_of_Child_Witness_Bill_2007.pdf'],
  ['KH', 'PK/Prevention_of_Trafficking_in_Persons_Act_2018.pdf'],
  ['LA', 'PK/Guardians_and_Wards_Act_1890.pdf'],
  ['MM', 'PK/Zainab_Alert_Response_and_Recovery_Act_2020.pdf'],
  ['BN', 'PK/Juvenile_Justice_System_Amendment_Act_2022.pdf'],
  ['TL', 'PK/West_Pakistan_Control_of_Orphanages_Act_1958.pdf'],
  ['BD', 'PK/Employment_of_Children_Act_1991.pdf'],
  ['IN', 'PK/Child_Marriage_Restraint_Act_1929.pdf'],
];

beforeAll(async () => {
  opened = await openApp({ database: path.join(dir, 'db.sqlite') });
  const api = opened.api;
  await api.updateSettings({ reviewerName: 'Nur Aisyah' });
  for (const [country, file] of LAWS) {
    const imported = await api.importDocuments({ files: [{ path: law(file) }], country });
    expect(imported.failed).toEqual([]);
    const clauses = await api.listClauses({ documentId: imported.documents[0].id });
    // The widest marks a cell can carry: a Contradicts citing up to twelve clauses, one renumbered
    // since (`!`), beside a Contradicts citing none (`?`) and a Partial citing a few.
    const cited = clauses.slice(0, 12);
    await api.setCellOverride({
      country,
      provisionId: 'CHK.MARRIAGE_AGE',
      level: 'contradicts',
      rationale: 'The law sets no equal minimum age of marriage.',
      citedClauseIds: cited.map((c) => c.id),
    });
    await api.setCellOverride({
      country,
      provisionId: 'CHK.AGE_OF_CONSENT',
      level: 'contradicts',
      rationale: 'Recalled from the Penal Code, which is not in the library.',
    });
    await api.setCellOverride({
      country,
      provisionId: 'CHK.CHILD_DEFINITION',
      level: 'partial',
      rationale: 'A child is defined, but not for every purpose.',
      citedClauseIds: cited.slice(0, 3).map((c) => c.id),
    });
    await api.updateClause({ clauseId: cited[0].id, number: `${cited[0].number}A` });
  }
  html = await report();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 300_000);

/** The HTML report of the checklist, of every country in the library or of the columns asked for. */
async function report(countries?: string[]): Promise<string> {
  const exported = await opened.api.exportMatrix({ format: 'html', frameworks: ['CHK'], countries });
  return Buffer.from(exported.dataBase64!, 'base64').toString('utf8');
}

afterAll(async () => {
  await browser?.close();
  await opened?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The heat map's cells whose marks do not fit their box, as "PK CHK.MARRIAGE_AGE: Contra.12 !". */
const spilling = (page: Page) =>
  page.$$eval('table.heat td.cell', (cells) =>
    cells
      .filter((td) => {
        const box = td.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(td);
        const text = range.getBoundingClientRect();
        return text.left < box.left - 0.5 || text.right > box.right + 0.5 || text.bottom > box.bottom + 0.5;
      })
      .map((td) => `${td.getAttribute('title')}: ${td.textContent}`),
  );

/** The heat map, and its first rows close up, as PNGs. */
async function picture(page: Page, name: string) {
  if (!shots) return;
  const table = page.locator('section.matrix');
  await table.screenshot({ path: path.join(shots, `${name}.png`) });
  const box = await table.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width };
  });
  await page.screenshot({
    path: path.join(shots, `${name}-top.png`),
    clip: { x: box.x, y: box.y, width: box.width, height: 420 },
    fullPage: true,
  });
}

/** The report as a browser window of `width` CSS pixels shows it (or prints it, with `print`). */
async function open(width: number, media: 'screen' | 'print', content = html): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: shots ? 2 : 1 });
  await page.emulateMedia({ media });
  await page.setContent(content);
  return page;
}

/** Each column's code, and the country names the heat map's head shows whole (none cut short, none hidden). */
const namesShown = (page: Page) =>
  page.$eval('table.heat thead', (head) => {
    const cut = [...head.querySelectorAll<HTMLElement>('*')].some((e) => e.scrollWidth > e.clientWidth + 0.5);
    const text = (head as HTMLElement).innerText.replace(/\s+/g, ' ');
    const columns = [...head.querySelectorAll('th[scope=col][title]')];
    return columns.map((th) => {
      const name = th.getAttribute('title')!;
      return `${th.firstChild!.textContent} ${!cut && text.includes(name) ? name : '(cut)'}`;
    });
  });

/** The heat map's cells whose level's word ("Contra.", "Part.") is broken over two lines. */
const brokenWords = (page: Page) =>
  page.$$eval('table.heat td.cell', (cells) =>
    cells
      .filter((td) => {
        const word = (td.querySelector('a') ?? td).firstChild!;
        const range = document.createRange();
        range.selectNodeContents(word);
        return range.getClientRects().length > 1;
      })
      .map((td) => `${td.getAttribute('title')}: ${td.textContent}`),
  );

describe('the HTML report with fourteen countries', () => {
  it('shows each cell with its count and marks', () => {
    expect(html.match(/<th scope="col" title="[^"]*">[A-Z]{2}/g)).toHaveLength(LAWS.length);
    for (const marks of [
      'Contra.<wbr><sup>12</sup> <span class="stale-mark">!</span>',
      'Contra. <span class="uncited-mark">?</span>',
    ])
      expect(html.includes(marks), marks).toBe(true);
  });

  it('keeps every cell inside its box on screen', async () => {
    for (const width of [1280, 1024]) {
      const page = await open(width, 'screen');
      await picture(page, `report-wide-screen-${width}`);
      expect(await spilling(page), `at ${width} px`).toEqual([]);
      await page.close();
    }
  });

  it('keeps every cell inside its box printed on A4 landscape', async () => {
    // A4 landscape less the report's 12 mm margins: 273 mm, about 1032 CSS pixels.
    const page = await open(1032, 'print');
    await picture(page, 'report-wide-print');
    if (shots) await page.pdf({ path: path.join(shots, 'report-wide.pdf'), preferCSSPageSize: true });
    expect(await spilling(page)).toEqual([]);
    await page.close();
  });
});

// Past twenty columns (a region of twenty-four countries, ten without laws yet): every cell still whole.
const MORE = ['NP', 'LK', 'BT', 'AF', 'MV', 'CN', 'JP', 'KR', 'MN', 'AU'];

describe('the HTML report’s country names and level words with many columns', () => {
  const names = [
    'MY Malaysia',
    'PK Pakistan',
    'VN Viet Nam',
    'TH Thailand',
    'ID Indonesia',
    'PH Philippines',
    'SG Singapore',
    'KH Cambodia',
    "LA Lao People's Democratic Republic",
    'MM Myanmar',
    'BN Brunei Darussalam',
    'TL Timor-Leste',
    'BD Bangladesh',
    'IN India',
  ];

  it('prints every country’s name whole above the codes, on each A4 landscape page of the grid, where some would not fit under its code', async () => {
    const page = await open(1032, 'print');
    expect(await namesShown(page)).toEqual(expect.arrayContaining(names));
    expect(await namesShown(page)).toHaveLength(LAWS.length);
    // The key is a row of the grid's head, which a printed page repeats with the codes.
    expect(await page.locator('table.heat thead tr').count()).toBe(2);
    await page.close();
  });

  it('keeps each name under its code, as before, where every name fits there', async () => {
    const three = await report(['MY', 'PK', 'VN']);
    expect(three).not.toContain('class="names"');
    expect(three).toContain('<small>Viet Nam</small>');
  });

  it('keeps “Contra.” and every level’s word whole, and each cell inside its box, with twenty-four columns', async () => {
    const wide = await report([...LAWS.map(([country]) => country), ...MORE]);
    expect(wide.match(/<th scope="col" title="[^"]*">[A-Z]{2}/g)).toHaveLength(24);
    for (const [width, media] of [
      [1032, 'print'],
      [1280, 'screen'],
      [1024, 'screen'],
    ] as const) {
      const page = await open(width, media, wide);
      await picture(page, `report-24-${media}-${width}`);
      if (shots && media === 'print')
        await page.pdf({ path: path.join(shots, 'report-24.pdf'), preferCSSPageSize: true });
      expect(await brokenWords(page), `${media} at ${width} px`).toEqual([]);
      expect(await spilling(page), `${media} at ${width} px`).toEqual([]);
      expect(await namesShown(page), `${media} at ${width} px`).not.toContainEqual(
        expect.stringContaining('(cut)'),
      );
      await page.close();
    }
  });
});

/** The heat map's ids broken elsewhere than after a dot or underscore, or wider than their box, as "CHK.MANDATOR|Y_REPORTING". */
const badIdBreaks = (page: Page) =>
  page.$$eval('table.heat tbody th.pid', (ths) =>
    ths.flatMap((th) => {
      const id = th.getAttribute('title')!;
      if (th.textContent !== id) return [`${id}: copied as ${JSON.stringify(th.textContent)}`];
      if (th.scrollWidth > th.clientWidth + 0.5) return [`${id}: wider than its box`];
      // Each character's line, from its box; a new line starts where the top moves down.
      const chars: { ch: string; top: number }[] = [];
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        for (let i = 0; i < node.textContent!.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          chars.push({ ch: node.textContent![i], top: range.getBoundingClientRect().top });
        }
      let shown = '';
      chars.forEach(({ ch, top }, i) => (shown += (i && top > chars[i - 1].top + 2 ? '|' : '') + ch));
      return /[^._]\|/.test(shown) ? [shown] : [];
    }),
  );

/** The standards' titles the heat map does not show whole (cut with "…" or hidden past their box). */
const titlesCut = (page: Page) =>
  page.$$eval('table.heat tbody th.prov', (ths) =>
    ths.filter((th) => th.scrollWidth > th.clientWidth + 0.5).map((th) => th.getAttribute('title')),
  );

describe('the HTML report’s names, ids and titles at every number of countries', () => {
  const ALL = [...LAWS.map(([country]) => country), ...MORE, 'NZ', 'FJ', 'PG', 'IR'];
  const views = [
    [1032, 'print'],
    [1024, 'screen'],
  ] as const;

  it('shows every country’s name whole, under the codes or in the key above them', async () => {
    for (const n of [3, 9, 11, 12, 20, 28]) {
      const content = await report(ALL.slice(0, n));
      for (const [width, media] of views) {
        const page = await open(width, media, content);
        if (n === 9) await picture(page, `report-9-${media}`);
        const shown = await namesShown(page);
        expect(shown, `${n} columns, ${media} at ${width} px`).toHaveLength(n);
        expect(shown, `${n} columns, ${media} at ${width} px`).not.toContainEqual(
          expect.stringContaining('(cut)'),
        );
        await page.close();
      }
    }
  });

  it('breaks a long id only after its dots and underscores, and copies it whole', async () => {
    for (const n of [3, 9, 12, 28]) {
      const content = await report(ALL.slice(0, n));
      for (const [width, media] of views) {
        const page = await open(width, media, content);
        expect(await badIdBreaks(page), `${n} columns, ${media} at ${width} px`).toEqual([]);
        await page.close();
      }
    }
  });

  it('prints each standard’s title whole, wrapped rather than cut', async () => {
    for (const n of [3, 9, 28]) {
      const page = await open(1032, 'print', await report(ALL.slice(0, n)));
      if (n === 3) {
        await picture(page, 'report-3-print');
        if (shots) await page.pdf({ path: path.join(shots, 'report-3.pdf'), preferCSSPageSize: true });
      }
      expect(await titlesCut(page), `${n} columns`).toEqual([]);
      await page.close();
    }
  });
});

/** The size the level's words are drawn at in the heat map's cells, smallest first, in CSS pixels. */
const wordSizes = (page: Page) =>
  page.$$eval('table.heat td.cell', (cells) =>
    [...new Set(cells.map((td) => parseFloat(getComputedStyle(td).fontSize)))].sort((a, b) => a - b),
  );

describe('the HTML report read on screen', () => {
  const ALL = [...LAWS.map(([country]) => country), ...MORE, 'NZ', 'FJ', 'PG', 'IR'];

  it('shows each standard’s title whole, wrapped as on paper, not only in its tooltip', async () => {
    for (const n of [3, 9, 28]) {
      const content = await report(ALL.slice(0, n));
      for (const width of [1280, 1024, 800]) {
        const page = await open(width, 'screen', content);
        expect(await titlesCut(page), `${n} columns at ${width} px`).toEqual([]);
        await page.close();
      }
    }
  });

  it('shows every country’s name whole in a window narrower than 1,000 px, the grid scrolled sideways rather than squeezed', async () => {
    for (const n of [3, 9, 14, 28]) {
      const content = await report(ALL.slice(0, n));
      for (const width of [900, 760]) {
        const page = await open(width, 'screen', content);
        if (n === 14 && width === 760) await picture(page, 'report-14-screen-760');
        const shown = await namesShown(page);
        expect(shown, `${n} columns at ${width} px`).toHaveLength(n);
        expect(shown, `${n} columns at ${width} px`).not.toContainEqual(expect.stringContaining('(cut)'));
        expect(await spilling(page), `${n} columns at ${width} px`).toEqual([]);
        await page.close();
      }
    }
  });

  it('draws the level words of twenty-eight countries at a readable size (9 px or more), and keeps the print as it was', async () => {
    const content = await report(ALL.slice(0, 28));
    for (const width of [1440, 1024]) {
      const page = await open(width, 'screen', content);
      if (width === 1440) await picture(page, 'report-28-screen-1440');
      expect((await wordSizes(page))[0], `at ${width} px`).toBeGreaterThanOrEqual(9);
      expect(await brokenWords(page), `at ${width} px`).toEqual([]);
      expect(await spilling(page), `at ${width} px`).toEqual([]);
      await page.close();
    }
    // On A4 landscape the grid still fits the page's width.
    const printed = await open(1032, 'print', content);
    const grid = await printed.$eval('table.heat', (t) => t.getBoundingClientRect().width);
    expect(grid).toBeLessThanOrEqual(1032);
    expect(await brokenWords(printed)).toEqual([]);
    await printed.close();
  });
});

/** The country report of `countries` printed to PDF by Chromium, and the words of its gap matrix's first page, as read back. */
async function countryReportMatrix(countries: string[]): Promise<string[]> {
  const exported = await opened.api.exportReport({ format: 'html', frameworks: ['CHK'], countries });
  const page = await browser.newPage();
  await page.setContent(Buffer.from(exported.dataBase64!, 'base64').toString('utf8'));
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.close();
  if (shots) fs.writeFileSync(path.join(shots, `country-report-${countries.length}.pdf`), pdf);
  const read = await extractPdf(new Uint8Array(pdf), { fileName: 'report.pdf' });
  const first = read.pages.find((p) => p.lines.some((l) => /^Id Standard\b/.test(l.text)))!;
  return first.lines.flatMap((l) => l.text.split(/\s+/));
}

describe('the country report’s gap matrix on paper', () => {
  const ALL = [...LAWS.map(([country]) => country), ...MORE, 'NZ', 'FJ', 'PG', 'IR'];
  afterAll(() => closePdfWorkers());

  it('prints every country’s name whole and keeps each id whole or broken after a dot or underscore', async () => {
    const catalog = await opened.api.listStandards({ framework: 'CHK' });
    const ids = new Set(catalog.frameworks.flatMap((f) => f.provisions.map((p) => p.id)));
    for (const n of [3, 9, 28]) {
      const countries = ALL.slice(0, n);
      const words = await countryReportMatrix(countries);
      const names = [...(await report(countries)).matchAll(/<th scope="col" title="([^"]*)">/g)].map((m) =>
        m[1].replace(/&#39;/g, "'"),
      );
      expect(names, `${n} countries`).toHaveLength(n);
      // Each name's words on the page (under its code, or in the key above the codes): none cut off
      // at the page's edge ("Lao People's Democra") nor left off it.
      const missing = names.flatMap((name) => name.split(/\s+/).filter((w) => !words.includes(w)));
      expect(missing, `${n} countries`).toEqual([]);
      // An id's first line: the whole id, or the id up to a dot or underscore.
      const broken = words.filter((w) => w.startsWith('CHK.') && !ids.has(w) && !/[._]$/.test(w));
      expect(broken, `${n} countries`).toEqual([]);
    }
  });
});
