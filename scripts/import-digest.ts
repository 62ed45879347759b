// `npx tsx scripts/import-digest.ts [--verbose]`: what import reads from every PDF in ../shared/data
// (laws and robustness, with their passwords) and from the 544-page compilation the bench imports:
// a digest of the extracted pages (every line with its position) and of readLaw's result, OCR off.
// Equal digests before and after a change mean import reads byte-for-byte the same. With
// LEXGAP_PDFJS_BUNDLE=dist/pdfjs.cjs the workers run the build's pdf.js (and its code cache,
// LEXGAP_CACHE_DIR / LEXGAP_NO_CODE_CACHE=1) instead of the package's modules.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closePdfWorkers, extractPdf } from '../electron/pdf/extract-pdf';
import { readLaw } from '../electron/services/read-law';

const here = path.dirname(fileURLToPath(import.meta.url));
const data = path.resolve(here, '../../shared/data');
const verbose = process.argv.includes('--verbose');

/** The user passwords the data README gives. */
const PASSWORDS: Record<string, string> = {
  'pr6531_1.pdf': 'asdfasdf',
  'issue6010_1.pdf': 'abc',
  'encryption_aes-256-r6.pdf': 'usersecret',
  'encryption_rc4-40.pdf': 'baz',
  'encryption_aes-128.pdf': 'baz',
  'password-example.pdf': 'test',
  'libreoffice-writer-password.pdf': 'openpassword',
};

function pdfsUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? pdfsUnder(path.join(dir, entry.name))
        : entry.name.endsWith('.pdf')
          ? [path.join(dir, entry.name)]
          : [],
    )
    .sort();
}

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

function failure(error: unknown): unknown {
  return error instanceof Error
    ? { error: error.message, code: (error as { code?: unknown }).code }
    : { error: String(error) };
}

async function digestOf(file: string): Promise<string> {
  const name = path.basename(file);
  const password = PASSWORDS[name];
  const bytes = () => new Uint8Array(fs.readFileSync(file));
  let pages: unknown;
  try {
    pages = await extractPdf(bytes(), { fileName: name, password });
  } catch (error) {
    pages = failure(error);
  }
  let law: unknown;
  try {
    law = await readLaw(bytes(), { fileName: name, password, ocr: 'off' });
  } catch (error) {
    law = failure(error);
  }
  return `${sha(pages).slice(0, 16)} ${sha(law).slice(0, 16)}`;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-import-digest-'));
try {
  const bill = path.join(data, 'laws/MY/Child_Bill_1999.pdf');
  const compilation = path.join(dir, 'compilation-544p.pdf');
  execFileSync('qpdf', ['--empty', '--pages', bill, bill, bill, bill, '--', compilation]);
  const files = [
    ...pdfsUnder(path.join(data, 'laws')),
    ...pdfsUnder(path.join(data, 'robustness')),
    compilation,
  ];
  const all = createHash('sha256');
  for (const file of files) {
    const line = `${await digestOf(file)} ${path.basename(file)}`;
    all.update(`${line}\n`);
    if (verbose) console.log(line);
  }
  console.log(`${files.length} PDFs, pages + clauses sha256 ${all.digest('hex')}`);
} finally {
  await closePdfWorkers();
  fs.rmSync(dir, { recursive: true, force: true });
}
