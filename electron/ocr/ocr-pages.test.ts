import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { law } from '../../tests/helpers/paths';
import { ocrLanguage } from './ocr-languages';
import { ocrPdfPages } from './ocr-pages';

const scan = () =>
  new Uint8Array(fs.readFileSync(law('PK/Prevention_of_Trafficking_in_Persons_Act_2018.pdf')));

describe('ocrPdfPages', () => {
  it('reads a scanned page into positioned lines, reporting progress', async () => {
    const progress: [number, number, number][] = [];
    const [page] = await ocrPdfPages(scan(), [2], {
      fileName: 'trafficking.pdf',
      language: 'en',
      onPage: (...args) => progress.push(args),
    });
    expect(progress).toEqual([[2, 1, 1]]);
    expect(page).toMatchObject({ number: 2, source: 'ocr' });
    expect(page.width).toBeCloseTo(614, 0);
    expect(page.ocrConfidence).toBeGreaterThan(60);
    const text = page.lines.map((l) => l.text).join(' ');
    expect(text).toMatch(/Prevention of Trafficking in Persons Act, 2018/);
    for (const line of page.lines) {
      expect(line).toMatchObject({ page: 2, source: 'ocr' });
      expect(line.confidence).toBeGreaterThanOrEqual(0);
      // Positions are PDF points on the page, not image pixels.
      expect(line.x).toBeGreaterThanOrEqual(0);
      expect(line.x + line.width).toBeLessThanOrEqual(page.width + 1);
      expect(line.y + line.height).toBeLessThanOrEqual(page.height + 1);
      expect(line.fontSize).toBeGreaterThan(5);
      expect(line.fontSize).toBeLessThan(30);
    }
    // Reading order: lines run down the page.
    const ys = page.lines.map((l) => l.y);
    expect(ys.filter((y, i) => i > 0 && y < ys[i - 1] - 5).length).toBeLessThanOrEqual(1);
  });

  it('stops when cancelled, with a cancelled error', async () => {
    const controller = new AbortController();
    const run = ocrPdfPages(scan(), [1, 2, 3, 4, 5], {
      fileName: 'trafficking.pdf',
      language: 'en',
      signal: controller.signal,
      onPage: () => controller.abort(),
    });
    await expect(run).rejects.toSatisfy((e) => e instanceof ApiError && e.code === 'cancelled');
  });

  it('picks traineddata by language, falling back to English with a note', () => {
    expect(ocrLanguage('en')).toMatchObject({ code: 'eng' });
    expect(ocrLanguage('en').langPath).toMatch(
      /node_modules[/\\]@tesseract\.js-data[/\\]eng[/\\]4\.0\.0_best_int$/,
    );
    const malay = ocrLanguage('ms');
    if (malay.code === 'eng') expect(malay.note).toMatch(/@tesseract\.js-data\/msa/);
    else expect(malay.code).toBe('msa');
    expect(ocrLanguage('xx')).toEqual(ocrLanguage('en'));
  });
});
