// Document language → tesseract traineddata, as the language's profile names it
// (shared/language/profiles). The data ships as npm packages (@tesseract.js-data/<code>), resolved at
// run time: a registered language's OCR works once its package is installed, no code change.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import type { OcrModel } from '../../shared/language/profile';
import { en } from '../../shared/language/profiles/en';
import { languageProfile } from '../../shared/language/registry';

const FALLBACK: OcrModel = en.ocr;

export interface OcrLanguage {
  /** Tesseract code actually used, e.g. 'eng'. */
  code: string;
  /** Folder holding `<code>.traineddata.gz`. */
  langPath: string;
  /** Set when the document's language had no installed traineddata and English is used instead. */
  note?: string;
}

const require = createRequire(import.meta.url);

/** The folder of an installed traineddata package, preferring the smaller, faster best_int model. */
function installedLangPath({ tesseract: code, package: name }: OcrModel): string | undefined {
  if (!name) return undefined;
  let root: string;
  try {
    root = path.dirname(require.resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
  for (const folder of ['4.0.0_best_int', '4.0.0']) {
    const dir = path.join(root, folder);
    if (fs.existsSync(path.join(dir, `${code}.traineddata.gz`))) return dir;
  }
  return undefined;
}

/** Picks the traineddata for a document language ('en', 'ms-MY', 'tl', …; unknown or empty → English). */
export function ocrLanguage(language: string): OcrLanguage {
  const wanted = languageProfile(language.trim())?.ocr ?? FALLBACK;
  const langPath = installedLangPath(wanted);
  if (langPath) return { code: wanted.tesseract, langPath };
  const fallback = installedLangPath(FALLBACK);
  if (!fallback) throw new Error(`the English OCR data (${FALLBACK.package}) is not installed`);
  const note =
    wanted.tesseract === FALLBACK.tesseract
      ? undefined
      : wanted.package
        ? `no OCR data for "${language}" is installed (npm install ${wanted.package}); English was used`
        : `no OCR data for "${language}" is published on npm (tesseract's ${wanted.tesseract}); English was used`;
  return note
    ? { code: FALLBACK.tesseract, langPath: fallback, note }
    : { code: FALLBACK.tesseract, langPath: fallback };
}
