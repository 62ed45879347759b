// OCR of rendered PDF pages. The OCR engineer replaces this placeholder with tesseract.js.
import type { ExtractedPage } from '../../shared/model';
import { ApiError } from '../../shared/api/errors';

export interface OcrOptions {
  fileName: string;
  password?: string;
  /** Document language (ISO 639-1, e.g. 'en', 'ms'); picks the traineddata. */
  language: string;
  onPage?: (page: number, done: number, total: number) => void;
  signal?: AbortSignal;
}

/** OCR the given 1-based pages of a PDF, returning lines with word-level positions. */
export async function ocrPdfPages(
  _data: Uint8Array,
  _pages: number[],
  options: OcrOptions,
): Promise<ExtractedPage[]> {
  throw new ApiError('ocr_failed', `${options.fileName}: OCR is not available yet`, options.fileName);
}
