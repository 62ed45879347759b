// Review queue responsiveness in Chromium: from the "j" keydown to the next row selected and painted,
// with ≥ 5,000 suggestions loaded, against the same measure with ~50 loaded (target under 50 ms).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openApp } from '../../electron/app/open-app';
import { law, tempDir } from '../../tests/helpers/paths';
import type { SuggestionView } from '../../shared/model';
import { callApi, startApp } from '../../tests/e2e/start-app';
import type { BenchReport } from './_report';

const TARGET = 5_000;
const PRESSES = 200;
// Every law with a text layer; the scanned ones would only add OCR time.
const LAWS: [string, string[]][] = [
  [
    'MY',
    [
      'MY/Child_Bill_1999.pdf',
      'MY/Anti-Trafficking_in_Persons_Bill_2007.pdf',
      'MY/Sexual_Offences_against_Children_Bill_2017.pdf',
      'MY/RUU_Kesalahan_Seksual_terhadap_Kanak-Kanak_2017.pdf',
      'MY/Evidence_of_Child_Witness_Bill_2007.pdf',
    ],
  ],
  [
    'PK',
    [
      'PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf',
      'PK/Guardians_and_Wards_Act_1890.pdf',
      'PK/Child_Marriage_Restraint_Act_1929.pdf',
      'PK/Zainab_Alert_Response_and_Recovery_Act_2020.pdf',
    ],
  ],
  ['VN', ['VN/Luat_Tre_em_2016.pdf']],
];
// When the real laws give fewer than TARGET suggestions, the same laws stand in for more countries
// (a byte appended after %%EOF, so duplicate detection sees new files).
const MORE_COUNTRIES = ['TH', 'ID', 'PH', 'KH', 'LA', 'MM'];

async function seed(dbPath: string): Promise<{ documents: number; note: string }> {
  const { api, close } = await openApp({ database: dbPath });
  const scratch = tempDir('lexgap-bench-review-');
  let documents = 0;
  const importAll = async (country: string, copy?: number) => {
    for (const [, files] of LAWS) {
      const paths = files.map((f) => {
        if (copy === undefined) return law(f);
        const out = path.join(scratch, `${copy}-${path.basename(f)}`);
        fs.writeFileSync(out, Buffer.concat([fs.readFileSync(law(f)), Buffer.from(`\n% ${country}\n`)]));
        return out;
      });
      const result = await api.importDocuments({
        files: paths.map((p) => ({ path: p })),
        country,
        ocr: 'off',
      });
      documents += result.documents.length;
    }
  };
  try {
    for (const [country, files] of LAWS) {
      const result = await api.importDocuments({
        files: files.map((f) => ({ path: law(f) })),
        country,
        ocr: 'off',
      });
      documents += result.documents.length;
    }
    await api.tagDocuments({});
    let suggestions = (await api.listSuggestions({})).length;
    const real = suggestions;
    let extra = 0;
    while (suggestions < TARGET && extra < MORE_COUNTRIES.length) {
      await importAll(MORE_COUNTRIES[extra], extra);
      extra += 1;
      await api.tagDocuments({});
      suggestions = (await api.listSuggestions({})).length;
    }
    const note = extra
      ? `${real} from the real laws, the same laws also filed under ${MORE_COUNTRIES.slice(0, extra).join(', ')}`
      : 'all from the real laws';
    return { documents, note };
  } finally {
    await close();
  }
}

/**
 * Each keydown starts a clock, stopped after the frame that shows the new selection is painted (a message
 * posted from the frame callback runs after that paint). A string, so the bundler adds nothing to it.
 */
const PROBE = `
  const selectedId = () => document.querySelector('[aria-selected=true]')?.getAttribute('data-id');
  document.addEventListener('keydown', () => {
    const t0 = performance.now();
    const before = selectedId();
    window.__lastLatency = new Promise((resolve) => {
      const check = () => requestAnimationFrame(() => {
        if (selectedId() === before) return check();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - t0);
        channel.port2.postMessage(0);
      });
      check();
    });
  }, { capture: true });
`;

async function measure(page: Page, presses: number): Promise<number[]> {
  const times: number[] = [];
  const rows = await page.locator('[data-testid=review-row]').count();
  for (let i = 0; i < presses; i++) {
    const atEnd = await page.evaluate(() => {
      const all = document.querySelectorAll('[data-testid=review-row]');
      return all[all.length - 1]?.getAttribute('aria-selected') === 'true';
    });
    if (atEnd || rows === 0) await page.locator('[data-testid=review-row]').first().click();
    await page.keyboard.press('j');
    times.push(
      await page.evaluate(() => (window as unknown as { __lastLatency: Promise<number> }).__lastLatency),
    );
  }
  return times;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

async function loadedCount(page: Page): Promise<number> {
  const text = (await page.locator('.toolbar .muted', { hasText: 'reviewed' }).textContent()) ?? '';
  return Number(/\/(\d+) reviewed/.exec(text)?.[1] ?? 0);
}

export async function run(): Promise<BenchReport> {
  // LEXGAP_BENCH_REVIEW_DB reuses a database seeded by an earlier run (seeding takes minutes).
  const reuse = process.env.LEXGAP_BENCH_REVIEW_DB;
  const dbPath = reuse ?? path.join(tempDir('lexgap-bench-review-db-'), 'db.sqlite');
  const seeded = reuse ? { documents: 0, note: `seeded earlier: ${reuse}` } : await seed(dbPath);
  if (!reuse) process.stderr.write(`review bench: seeded ${dbPath}\n`);
  const app = await startApp({ dbPath });
  const { page } = app;
  try {
    await page.click('[data-screen=review]');
    await page.locator('[data-testid=review-row]').first().waitFor();
    // The largest queue: every stored suggestion, not each clause's best five.
    const total = (await callApi<SuggestionView[]>(page, 'listSuggestions')).length;
    await page.getByLabel('Per clause').selectOption('0');
    await page.waitForFunction(
      (n) => (document.querySelector('.toolbar')?.textContent ?? '').includes(`/${n} reviewed`),
      total,
    );
    await page.evaluate(PROBE);
    const big = await loadedCount(page);
    await page.locator('[data-testid=review-row]').first().click();
    const large = await measure(page, PRESSES);

    // The reference: the same screen filtered to one country and one instrument, the pair nearest 50 suggestions.
    const counts = new Map<string, number>();
    for (const x of await callApi<SuggestionView[]>(page, 'listSuggestions')) {
      const key = `${x.country}/${x.provisionId.split('.')[0]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const [pair, expected] = [...counts].sort((a, b) => Math.abs(a[1] - 50) - Math.abs(b[1] - 50))[0];
    const [country, framework] = pair.split('/');
    await page.getByLabel('Country').selectOption(country);
    await page.getByLabel('Instrument').selectOption(framework);
    await page.waitForFunction(
      (n) => (document.querySelector('.toolbar')?.textContent ?? '').includes(`/${n} reviewed`),
      expected,
    );
    const small = await loadedCount(page);
    await page.locator('[data-testid=review-row]').first().click();
    const reference = await measure(page, PRESSES);

    const fmt = (x: number) => x.toFixed(1);
    const [m5, p5, m0, p0] = [
      quantile(large, 0.5),
      quantile(large, 0.95),
      quantile(reference, 0.5),
      quantile(reference, 0.95),
    ];
    return {
      name: 'review',
      lines: [
        `"j" keydown → next row selected and painted, ${PRESSES} presses each, headless Chromium`,
        `${big} suggestions loaded (${seeded.documents || 'reused'} documents; ${seeded.note}): median ${fmt(m5)} ms, p95 ${fmt(p5)} ms (target < 50 ms)`,
        `${small} suggestions loaded (reference: ${pair}): median ${fmt(m0)} ms, p95 ${fmt(p0)} ms`,
        `ratio ${big} / ${small}: median ×${(m5 / m0).toFixed(2)}, p95 ×${(p5 / p0).toFixed(2)}`,
      ],
    };
  } finally {
    await app.close();
  }
}
