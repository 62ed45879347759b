// Scanned laws through the real import path: pdf.js renders, tesseract reads, segmentation splits.
// OCR is slow (seconds a page), so the files are read once each and shared by the assertions.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { distance } from 'fastest-levenshtein';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { assessTextQuality } from '../../shared/pdf/text-quality';
import { englishWordList } from '../services/english-word-list';
import { dataDir, law, robustnessDir, tempDir } from '../../tests/helpers/paths';
import { readLaw } from '../services/read-law';

type Law = Awaited<ReturnType<typeof readLaw>>;

const read = (file: string, ocr: 'auto' | 'force' | 'off' = 'auto', bytes?: Uint8Array) =>
  readLaw(bytes ?? new Uint8Array(fs.readFileSync(law(file))), {
    fileName: path.basename(file),
    language: 'en',
    ocr,
  });

/** Lower case, letters and digits only, single spaces: OCR may slip on punctuation, not on words. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const fullText = (l: Law) => l.clauses.map((c) => `${c.number} ${c.heading} ${c.text}`).join('\n');

/** A scanner's copy of a PDF: every page rendered to a greyscale JPEG and put back as a picture. */
async function imageOnlyCopy(file: string): Promise<Uint8Array> {
  const dir = tempDir('lexgap-scan-');
  execFileSync('pdftoppm', [
    '-r',
    '200',
    '-gray',
    '-jpeg',
    '-jpegopt',
    'quality=85',
    file,
    path.join(dir, 'p'),
  ]);
  const source = await PDFDocument.load(fs.readFileSync(file));
  const scan = await PDFDocument.create();
  const images = fs.readdirSync(dir).sort();
  for (const [index, name] of images.entries()) {
    const { width, height } = source.getPage(index).getSize();
    const image = await scan.embedJpg(fs.readFileSync(path.join(dir, name)));
    scan.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return scan.save();
}

describe('scanned Pakistani acts (no text layer) import with OCR', () => {
  const acts = [
    ['PK/Employment_of_Children_Act_1991.pdf', 'This Act may be called the Employment of Children Act, 1991'],
    [
      'PK/Prevention_of_Trafficking_in_Persons_Act_2018.pdf',
      'This Act may be called the Prevention of Trafficking in Persons Act, 2018',
    ],
    [
      'PK/West_Pakistan_Control_of_Orphanages_Act_1958.pdf',
      'This Act may be called the West Pakistan Control of Orphanages Act, 1958',
    ],
  ] as const;
  const results = new Map<string, Law>();
  beforeAll(async () => {
    for (const [file] of acts) results.set(file, await read(file));
  }, 600_000);

  it.each(acts)("%s: every page is OCR'd, split into sections, and holds its short title", (file, title) => {
    const result = results.get(file) as Law;
    expect(result.ocrPages).toEqual(Array.from({ length: result.pageCount }, (_, i) => i + 1));
    expect(result.clauses.filter((c) => c.kind === 'section').length).toBeGreaterThanOrEqual(4);
    expect(words(fullText(result))).toContain(words(title));
    const ocrClauses = result.clauses.filter((c) => c.source === 'ocr');
    expect(ocrClauses.length).toBe(result.clauses.length);
    for (const clause of ocrClauses) {
      expect(clause.ocrConfidence).toBeGreaterThan(30);
      expect(clause.boxes.length).toBeGreaterThan(0);
    }
  });

  // The sections and Parts as printed (read off the page images).
  const printed: Record<string, { sections: number; parts?: [string, number, number][] }> = {
    'PK/Employment_of_Children_Act_1991.pdf': {
      sections: 21,
      parts: [
        ['Part I', 1, 2],
        ['Part II', 3, 5],
        ['Part III', 6, 13],
        ['Part IV', 14, 21],
      ],
    },
    'PK/Prevention_of_Trafficking_in_Persons_Act_2018.pdf': { sections: 16 },
    'PK/West_Pakistan_Control_of_Orphanages_Act_1958.pdf': { sections: 16 },
  };

  it.each(acts)('%s: every printed section is found, in order, under its Part', (file) => {
    const result = results.get(file) as Law;
    const { sections, parts } = printed[file];
    const found = result.clauses.filter((c) => c.kind === 'section');
    expect(found.map((c) => c.number)).toEqual(Array.from({ length: sections }, (_, i) => String(i + 1)));
    for (const clause of found) {
      const n = Number(clause.number);
      const part = parts?.find(([, from, to]) => n >= from && n <= to)?.[0];
      expect(clause.path[0]?.split(' — ')[0], `s. ${n}`).toBe(part);
    }
    expect(result.numberingWarnings.filter((w) => /not found/.test(w))).toEqual([]);
  });

  it.each(acts)('%s: no gazette furniture in the clauses', (file) => {
    const result = results.get(file) as Law;
    for (const clause of result.clauses) {
      const text = `${clause.heading}\n${clause.text}`;
      expect(text, `s. ${clause.number}`).not.toMatch(/\bPrice\s*[:;]|Ex\.\s?Gaz\b|REGISTERED NO/i);
      expect(text, `s. ${clause.number}`).not.toMatch(/THE GAZETTE OF PAKISTAN|GAZ\. OF WEST PAKISTAN/);
    }
  });

  // The title as the import names the law: no scanner's debris (".. THE WEST PAKISTAN…") before it.
  it.each(acts)('%s: is titled as its short title names it', (file, shortTitle) => {
    expect((results.get(file) as Law).titleGuess).toBe(shortTitle.replace('This Act may be called the ', ''));
  });

  it('keeps s. 7 of the Employment of Children Act (hours of work) apart from s. 6', () => {
    const result = results.get('PK/Employment_of_Children_Act_1991.pdf') as Law;
    const s6 = result.clauses.find((c) => c.number === '6');
    const s7 = result.clauses.find((c) => c.number === '7');
    expect(words(`${s7?.heading} ${s7?.text}`)).toMatch(/period of work/);
    expect(words(s7?.text ?? '')).toContain('no child or adolescent');
    expect(words(`${s6?.heading} ${s6?.text}`)).not.toMatch(/no child or adolescent/);
    // Parts II and III were not legible: the import says how they were numbered.
    expect(result.numberingWarnings.join('\n')).toMatch(/Part II: heading not legible/);
  });

  it('reads inline headings whose stop before the dash OCR misread ("Penalties,—(1)", "Inspectors—The")', () => {
    const heading = (file: string, n: string) => {
      const clause = (results.get(file) as Law).clauses.find((c) => c.number === n);
      return { heading: words(clause?.heading ?? ''), opening: clause?.text.slice(0, 40) };
    };
    const employment = 'PK/Employment_of_Children_Act_1991.pdf';
    expect(heading(employment, '1')).toEqual({
      heading: 'short title extent and commencement',
      opening: expect.stringMatching(/^\(1\) This Act may be called/),
    });
    expect(heading(employment, '14')).toEqual({
      heading: 'penalties',
      opening: expect.stringMatching(/^\(1\) Whoever/),
    });
    expect(heading(employment, '17').heading).toMatch(/^appointment of inspectors$/);
    expect(heading(employment, '21').heading).toBe('repeal and savings');
    const trafficking = 'PK/Prevention_of_Trafficking_in_Persons_Act_2018.pdf';
    expect(heading(trafficking, '10')).toEqual({
      heading: 'cognizance of offences',
      opening: expect.stringMatching(/^Notwithstanding anything/),
    });
    expect(heading(trafficking, '16').heading).toBe('repeal');
    // Every section of both acts now has its heading, none left at the start of its text.
    for (const file of [employment, trafficking])
      for (const clause of (results.get(file) as Law).clauses.filter((c) => c.kind === 'section'))
        expect(clause.heading, `${file} s. ${clause.number}`).not.toBe('');
  });

  it("takes the Orphanages Act's marginal notes as headings, not as text", () => {
    const result = results.get('PK/West_Pakistan_Control_of_Orphanages_Act_1958.pdf') as Law;
    const s2 = result.clauses.find((c) => c.number === '2');
    expect(s2?.heading).toMatch(/^Definitions/);
    expect(s2?.text).not.toMatch(/Definitions/);
    const s13 = result.clauses.find((c) => c.number === '13');
    expect(s13?.heading).toMatch(/Penalties/);
  });
});

describe('an image-only copy of the Evidence of Child Witness Bill', () => {
  const file = 'MY/Evidence_of_Child_Witness_Bill_2007.pdf';
  let layer: Law;
  let scanned: Law;
  beforeAll(async () => {
    layer = await read(file, 'off');
    scanned = await read(file, 'auto', await imageOnlyCopy(law(file)));
  }, 600_000);

  it('has the gold clause numbers', () => {
    const gold = JSON.parse(fs.readFileSync(path.join(dataDir, 'gold/dev.json'), 'utf8')) as {
      documents: { file: string; clauses: { number: string }[] }[];
    };
    const numbers = gold.documents.find((d) =>
      d.file.endsWith('Evidence_of_Child_Witness_Bill_2007.pdf'),
    )?.clauses;
    expect(scanned.ocrPages.length).toBe(scanned.pageCount);
    expect(scanned.clauses.map((c) => c.number)).toEqual(numbers?.map((c) => c.number));
  });

  it('reads the text with a character error rate under 3% against the text layer', () => {
    const norm = (l: Law) => fullText(l).replace(/\s+/g, ' ').trim();
    const reference = norm(layer);
    const cer = distance(reference, norm(scanned)) / reference.length;
    console.info(`Evidence of Child Witness Bill, image-only copy: CER ${(cer * 100).toFixed(2)}%`);
    expect(cer).toBeLessThan(0.03);
  });
});

describe('text layers that look like poor OCR', () => {
  it('warns about the Zainab Alert Act gazette and reads it without OCR by default', async () => {
    const result = await read('PK/Zainab_Alert_Response_and_Recovery_Act_2020.pdf');
    expect(result.ocrPages).toEqual([]);
    expect(result.textQualityWarning).toMatch(
      /Zainab_Alert_Response_and_Recovery_Act_2020\.pdf: .*poor OCR \(\d+%/,
    );
  });

  it('does not warn about a clean text layer', async () => {
    const result = await read('PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf');
    expect(result.textQualityWarning).toBeUndefined();
  });

  it('replaces a noisy text layer with fresh OCR when asked', async () => {
    const file = 'PK/Islamabad_Capital_Territory_Child_Protection_Amendment_Act.pdf';
    const before = await read(file);
    expect(before.textQualityWarning).toBeDefined();
    const after = await read(file, 'force');
    expect(after.ocrPages).toEqual([1, 2]);
    expect(after.textQualityWarning).toBeUndefined();
    expect(after.clauses.every((c) => c.source === 'ocr')).toBe(true);
    // The layer reads "lslarnabad Capital Territory Child Prorcclron (Arnend'renr) Act"; OCR reads words.
    const share = (l: Law) => assessTextQuality(fullText(l), 'en', englishWordList()).nonWordShare;
    expect(share(before)).toBeGreaterThan(0.2);
    expect(share(after)).toBeLessThan(share(before) / 2);
    expect(words(fullText(after))).toContain(words('the words “Division concerned” shall be substituted'));
  });
});

describe('a text-layer law read with forced OCR', () => {
  // An annotated code: a CONTENTS list whose numbers stand apart from their titles, footnote marks and
  // insertion brackets before section numbers ("111." for 11, "2[12."). It once gave one clause.
  const file = 'PK/Child_Marriage_Restraint_Act_1929.pdf';
  let layer: Law;
  let ocr: Law;
  beforeAll(async () => {
    layer = await read(file, 'off');
    ocr = await read(file, 'force');
  }, 120_000);
  const section = (n: string) => ocr.clauses.find((c) => c.number === n);

  it('keeps the sections the text layer gives, each with its heading and the short title in s. 1', () => {
    expect(ocr.ocrPages).toEqual([1, 2, 3, 4, 5]);
    const numbers = layer.clauses.map((c) => c.number);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    expect(ocr.clauses.map((c) => c.number)).toEqual(numbers);
    expect(words(ocr.clauses[0].text)).toContain(words('This Act may be called the Child Marriage'));
    expect(ocr.clauses[11].heading).toBe(
      'Power to issue injunction Prohibiting marriage in contravention of this Act',
    );
    expect(ocr.numberingWarnings.filter((w) => /not found|only \d/.test(w))).toEqual([]);
  });

  it('reads amendment marks OCR misread: a footnote number read as a letter, a bracket read as a slash', () => {
    // Printed "6[except on a complaint … taken]", read "S[except … taken]".
    expect(section('9')?.text).toMatch(/this Act, except on a complaint made by the Union Council/);
    expect(section('9')?.text).toMatch(/shall in no case be taken after the expiry/);
    // Printed "5[9. Mode … committed.]", its "]" read as "|".
    expect(section('9')?.text).toMatch(/alleged to have been committed\.$/);
    // Printed "3.[Punishment … marrying a child] Omitted by…", read "3./Punishment … child] Omitted".
    expect(`${section('3')?.heading} ${section('3')?.text}`).not.toMatch(/\/Punishment/);
    expect(`${section('3')?.heading} ${section('3')?.text}`).toMatch(/Punishment for male adult below/);
  });

  it("leaves the reprint's footnotes (small print at the pages' feet) out of the sections", () => {
    // Page 2's notes ("1 For Statement of Objects and Reasons…", "9 Subs. by the Federal Laws…") once ended
    // s. 2, page 3's s. 9 and page 4's s. 12.
    for (const clause of ocr.clauses)
      expect(clause.text, `s. ${clause.number}`).not.toMatch(
        /Objects and Reasons|Subs\. by|ns\. by|with effect from|in so far as it applies/,
      );
    expect(section('2')?.text).toMatch(/local government for the time being in force\.\W*$/);
    expect(section('12')?.text).toMatch(/Provided that no woman shall be punishable with imprisonment\.$/);
  });

  it('heads the omitted sections with their bracketed headings, as the text layer does', () => {
    expect(section('3')?.heading).toMatch(
      /^Punishment for male adult below twenty.one years of age marrying a child$/,
    );
    expect(section('3')?.text).toMatch(/^Omitted by the Muslim Family Laws Ordinance/);
    expect(section('11')?.heading).toBe('Power to take security from Complainant');
    expect(section('11')?.text).toMatch(/^Omitted, by the Muslim Family Laws Ordinance/);
  });
});

it('fails a scan whose pages hold no text, with a message saying so', async () => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(robustnessDir, 'scan-bad.pdf')));
  const run = readLaw(bytes, { fileName: 'scan-bad.pdf', language: 'en', ocr: 'auto' });
  await expect(run).rejects.toSatisfy(
    (e) =>
      e instanceof ApiError &&
      ['ocr_failed', 'no_text'].includes(e.code) &&
      /^scan-bad\.pdf: .*no text/i.test(e.message),
  );
});

describe('a Vietnamese scan imported without a language', () => {
  // Two pages of the Law on Children 2016 as a scanner's copy (no text layer): nothing in the file
  // names its language, so OCR must find it, not read Vietnamese with English data ("tré em").
  let scan: Uint8Array;
  const readScan = (country: string) =>
    readLaw(scan, { fileName: 'Luat_Tre_em_2016-scan.pdf', country, ocr: 'auto' });
  const firstWords = (l: Law) => l.clauses.map((c) => c.text).join('\n');

  beforeAll(async () => {
    const pages = path.join(tempDir('lexgap-vn-'), 'vn-2-3.pdf');
    execFileSync('qpdf', ['--empty', '--pages', law('VN/Luat_Tre_em_2016.pdf'), '2-3', '--', pages]);
    scan = await imageOnlyCopy(pages);
  }, 60_000);

  it("is read in Vietnamese where its country's laws are written in Vietnamese", async () => {
    const read = await readScan('VN');
    expect(read.ocrPages).toEqual([1, 2]);
    expect(firstWords(read)).toContain('Tước đoạt quyền sống của trẻ em.');
    expect(firstWords(read)).toContain('Kỳ thị, phân biệt đối xử với trẻ em vì đặc điểm cá nhân');
  }, 120_000);

  it('is read again in Vietnamese where its country gives no hint and English OCR shows the language', async () => {
    const read = await readScan('MY');
    expect(firstWords(read)).toContain('Tước đoạt quyền sống của trẻ em.');
    expect(firstWords(read)).not.toContain('tré em');
  }, 180_000);
});
