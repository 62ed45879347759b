import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { closePdfWorkers, extractPdf, prestartPdfWorkers } from './extract-pdf';

const data = path.resolve(import.meta.dirname, '../../../shared/data');
const read = (file: string) => new Uint8Array(fs.readFileSync(path.join(data, file)));

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the PDF to be refused');
}

describe('extractPdf', () => {
  it('gives every page of a bill as lines with positions on the page', async () => {
    const progress: number[] = [];
    const pdf = await extractPdf(read('laws/MY/Child_Bill_1999.pdf'), {
      fileName: 'Child_Bill_1999.pdf',
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(pdf.pageCount).toBe(136);
    expect(pdf.pages.map((p) => p.number)).toEqual(Array.from({ length: 136 }, (_, i) => i + 1));
    expect(pdf.failedPages).toEqual([]);
    expect(pdf.pages[0].lines[0].text).toBe('CHILD BILL 1999');
    for (const page of pdf.pages) {
      for (const line of page.lines) {
        expect(line.page).toBe(page.number);
        expect(line.x).toBeGreaterThanOrEqual(0);
        expect(line.y).toBeGreaterThanOrEqual(0);
        expect(line.x + line.width).toBeLessThanOrEqual(page.width + 1);
        expect(line.y + line.height).toBeLessThanOrEqual(page.height + 1);
        expect(line.fontSize).toBeGreaterThan(0);
        expect(line.source).toBe('text');
      }
    }
    // Lines run top to bottom: the heading comes before the clause it names.
    const page12 = pdf.pages[11].lines.map((l) => l.text);
    expect(page12.indexOf('Interpretation')).toBeLessThan(
      page12.findIndex((t) => t.startsWith('2. (1) In this Act')),
    );
    expect(progress.at(-1)).toBe(1);
  });

  it('keeps words apart on justified lines', async () => {
    const pdf = await extractPdf(read('laws/MY/Child_Bill_1999.pdf'), { fileName: 'Child_Bill_1999.pdf' });
    const texts = pdf.pages[10].lines.map((l) => l.text);
    expect(texts).toContain('An Act to consolidate and amend the laws relating to the care,');
  });

  it('reads Vietnamese text with its diacritics', async () => {
    const pdf = await extractPdf(read('laws/VN/Luat_Tre_em_2016.pdf'), { fileName: 'Luat_Tre_em_2016.pdf' });
    expect(pdf.pages[0].lines.map((l) => l.text)).toContain('Điều 1. Trẻ em');
  });

  it('refuses a file that is not a PDF, naming it', async () => {
    const error = await failure(
      extractPdf(read('laws/MY/source/Child_Bill_1999.md'), { fileName: 'Child_Bill_1999.md' }),
    );
    expect(error.code).toBe('not_pdf');
    expect(error.message).toBe('Child_Bill_1999.md is not a PDF');
  });

  const encrypted: [string, string][] = [
    ['pr6531_1.pdf', 'asdfasdf'],
    ['issue6010_1.pdf', 'abc'],
    ['encryption_aes-256-r6.pdf', 'usersecret'],
    ['encryption_rc4-40.pdf', 'baz'],
    ['encryption_aes-128.pdf', 'baz'],
    ['password-example.pdf', 'test'],
    ['libreoffice-writer-password.pdf', 'openpassword'],
  ];
  describe.each(encrypted)('%s (encrypted)', (file, password) => {
    it('needs a password', async () => {
      const error = await failure(extractPdf(read(`robustness/${file}`), { fileName: file }));
      expect(error.code).toBe('needs_password');
      expect(error.message).toBe(`${file} needs a password`);
    });
    it('says when the password is wrong', async () => {
      const error = await failure(
        extractPdf(read(`robustness/${file}`), { fileName: file, password: 'not-it' }),
      );
      expect(error.code).toBe('wrong_password');
      expect(error.message).toBe(`${file}: the password is wrong`);
    });
    it('opens with the right password', async () => {
      const pdf = await extractPdf(read(`robustness/${file}`), { fileName: file, password });
      expect(pdf.pageCount).toBeGreaterThan(0);
      expect(pdf.pages.length + pdf.failedPages.length).toBe(pdf.pageCount);
    });
  });

  it.each(['empty_protected.pdf', 'encryption_encrypted_doc_no_id.pdf'])(
    '%s is encrypted but opens without a password',
    async (file) => {
      const pdf = await extractPdf(read(`robustness/${file}`), { fileName: file });
      expect(pdf.pageCount).toBeGreaterThan(0);
    },
  );

  it.each(['REDHAT-1531897-0.pdf', 'bug1020226.pdf'])('%s is damaged beyond opening', async (file) => {
    const error = await failure(extractPdf(read(`robustness/${file}`), { fileName: file }));
    expect(error.code).toBe('damaged');
    expect(error.message).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')} is damaged: `));
  });

  it('says why a cut-off file is damaged in a clause of its own line, without a stop', async () => {
    const cut = read('laws/PK/Guardians_and_Wards_Act_1890.pdf').subarray(0, 20_000);
    const error = await failure(extractPdf(cut, { fileName: 'Damaged_Act.pdf' }));
    expect(error.code).toBe('damaged');
    expect(error.message).toBe('Damaged_Act.pdf is damaged: invalid PDF structure');
  });

  it('notes a file whose cross-reference table pdf.js had to rebuild', async () => {
    const pdf = await extractPdf(read('robustness/bug1980958.pdf'), { fileName: 'bug1980958.pdf' });
    expect(pdf.repaired).toBe(true);
    const clean = await extractPdf(read('laws/PK/Child_Marriage_Restraint_Act_1929.pdf'), {
      fileName: 'x.pdf',
    });
    expect(clean.repaired).toBe(false);
  });

  it('reads a file with the workers started ahead of it as it reads it with fresh ones', async () => {
    const bill = read('laws/MY/Child_Bill_1999.pdf');
    await closePdfWorkers();
    const fresh = await extractPdf(bill.slice(), { fileName: 'Child_Bill_1999.pdf' });
    await closePdfWorkers();
    prestartPdfWorkers(bill.byteLength);
    const ahead = await extractPdf(bill.slice(), { fileName: 'Child_Bill_1999.pdf' });
    expect(ahead.pages.length).toBe(136);
    expect(ahead).toEqual(fresh);
  });

  it('reads streams compressed with Brotli', async () => {
    const pdf = await extractPdf(read('robustness/Brotli-Prototype-FileA.pdf'), { fileName: 'x.pdf' });
    expect(pdf.failedPages).toEqual([]);
    expect(pdf.pages.some((page) => page.lines.some((line) => /\p{L}{4}/u.test(line.text)))).toBe(true);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const running = extractPdf(read('robustness/freeculture.pdf'), {
      fileName: 'freeculture.pdf',
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 5) controller.abort();
      },
    });
    const error = await failure(running);
    expect(error.code).toBe('cancelled');
  });
});
