// Document language → tesseract traineddata. The data ships as npm packages (@tesseract.js-data/<code>),
// resolved at run time: adding a language is `npm install @tesseract.js-data/<code>`, no code change.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

/** ISO 639-1 (and the 639-3 codes people also type) → tesseract's language code. */
export const OCR_LANGUAGES: Readonly<Record<string, string>> = {
  en: 'eng',
  ms: 'msa',
  id: 'ind',
  vi: 'vie',
  th: 'tha',
  fil: 'fil',
  tl: 'fil',
};

const FALLBACK = 'eng';

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
function installedLangPath(code: string): string | undefined {
  let root: string;
  try {
    root = path.dirname(require.resolve(`@tesseract.js-data/${code}/package.json`));
  } catch {
    return undefined;
  }
  for (const folder of ['4.0.0_best_int', '4.0.0']) {
    const dir = path.join(root, folder);
    if (fs.existsSync(path.join(dir, `${code}.traineddata.gz`))) return dir;
  }
  return undefined;
}

/** Picks the traineddata for a document language ('en', 'ms', …; unknown or empty → English). */
export function ocrLanguage(language: string): OcrLanguage {
  const wanted = OCR_LANGUAGES[language.trim().toLowerCase()] ?? FALLBACK;
  const langPath = installedLangPath(wanted);
  if (langPath) return { code: wanted, langPath };
  const fallback = installedLangPath(FALLBACK);
  if (!fallback) throw new Error('the English OCR data (@tesseract.js-data/eng) is not installed');
  const note =
    wanted === FALLBACK
      ? undefined
      : `no OCR data for "${language}" is installed (npm install @tesseract.js-data/${wanted}); English was used`;
  return note ? { code: FALLBACK, langPath: fallback, note } : { code: FALLBACK, langPath: fallback };
}
