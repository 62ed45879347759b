// One law's PDF → its clauses: extract the text layer (OCR for pages without one), clean the page
// furniture away, segment by the law's structure, and guess its title from the first page.
import { ApiError } from '../../shared/api/errors';
import type { ExtractedPage, PageFailure, SegmentedClause, TextLine } from '../../shared/model';
import { cleanLines } from '../../shared/pdf/clean-lines';
import { printedPageNumbers } from '../../shared/pdf/printed-pages';
import { detectLanguage } from '../../shared/language/detect-language';
import { lawLanguageOf } from '../../shared/language/country-language';
import { assessTextQuality } from '../../shared/pdf/text-quality';
import { segmentWithNotes } from '../../shared/segment/marginal-notes';
import { numberingGaps } from '../../shared/segment/numbering-report';
import { readOcrStructure } from '../../shared/segment/ocr-structure';
import { guessTitle, guessYear, titleFromShortTitle } from '../../shared/segment/guess-title';
import { mendTitleFromFileName } from '../../shared/segment/mend-title';
import { ocrLanguage } from '../ocr/ocr-languages';
import { ocrPdfPages } from '../ocr/ocr-pages';
import { closePdfWorkers, extractPdf, MIN_PAGE_LETTERS } from '../pdf/extract-pdf';
import { englishWordList } from './english-word-list';
import type { ReadAhead } from './read-ahead';

import type { OcrMode } from '../../shared/api/contract';

export type { OcrMode };
export type ReadStage = 'reading' | 'ocr' | 'segmenting';

export interface ReadLawOptions {
  fileName: string;
  password?: string;
  language?: string;
  /** The law's country: where no language is given and no text layer tells, its laws' language is OCR'd. */
  country?: string;
  ocr?: OcrMode;
  onProgress?: (stage: ReadStage, fraction: number) => void;
  signal?: AbortSignal;
  /** The reading of these bytes' text layer, started ahead (read-ahead.ts): taken over, not started again. */
  ahead?: ReadAhead;
}

export interface ReadLaw {
  pageCount: number;
  clauses: SegmentedClause[];
  ocrPages: number[];
  failedPages: PageFailure[];
  titleGuess: string | null;
  /** The year its title names, else the year in its own number ("Luật số 102/2016/QH13"). */
  yearGuess: number | null;
  textQualityWarning?: string;
  /** The page number printed on each page (index 0 = page 1), null where none; null when none at all. */
  printedPages: (string | null)[] | null;
  /** Sections not found in the numbering, and numbers or headings OCR did not read as printed. */
  numberingWarnings: string[];
}

/** A page whose images cover less than this share of it is not a scan (a crest, a stamp, nothing). */
const MIN_SCAN_COVER = 0.15;
/**
 * A page that has words of its own (a running head, a caption) but too few to read is a typeset page
 * with a figure unless the image fills it: a scan with a stamped header still covers the whole page.
 */
const MIN_SCAN_COVER_UNDER_WORDS = 0.8;
/** At most this many sections, fewer than one per two pages of text, is a reading that missed some. */
const MAX_FEW_SECTIONS = 3;

function letterCount(page: ExtractedPage, enough: number): number {
  let letters = 0;
  for (const line of page.lines) {
    letters += line.text.replace(/[^\p{L}]/gu, '').length;
    if (letters >= enough) break;
  }
  return letters;
}

function hasText(page: ExtractedPage): boolean {
  return letterCount(page, MIN_PAGE_LETTERS) >= MIN_PAGE_LETTERS;
}

/** Letters of text layer enough to tell a law's language (a few headings, not a page number). */
const LETTERS_TO_TELL_LANGUAGE = 300;

/**
 * The language to OCR pages in when none was given: the text layer's, where the file has enough of
 * one (OCR forced over it, or a law with some scanned pages); else its country's laws' language;
 * else English.
 */
function languageToOcr(pages: ExtractedPage[], country: string | undefined): string {
  return readsAs(pages) ?? lawLanguageOf(country) ?? 'en';
}

/** The language OCR'd pages plainly read as, or undefined where they hold too little text to tell. */
function readsAs(pages: ExtractedPage[]): string | undefined {
  const text = pages.flatMap((page) => page.lines.map((line) => line.text)).join('\n');
  return (text.match(/\p{L}/gu)?.length ?? 0) >= LETTERS_TO_TELL_LANGUAGE ? detectLanguage(text) : undefined;
}

/** Whether `language` has OCR data of its own installed, other than the data `used` was read with. */
function ocrDataDiffers(language: string, used: string): boolean {
  const wanted = ocrLanguage(language);
  return wanted.note === undefined && wanted.code !== ocrLanguage(used).code;
}

/** Too little text and a large image: blank paper with a page number, or a figure, is never sent to OCR. */
function looksScanned(page: ExtractedPage): boolean {
  const letters = letterCount(page, MIN_PAGE_LETTERS);
  if (letters >= MIN_PAGE_LETTERS) return false;
  return (page.imageCover ?? 0) >= (letters > 0 ? MIN_SCAN_COVER_UNDER_WORDS : MIN_SCAN_COVER);
}

function checkCancelled(signal: AbortSignal | undefined, fileName: string): void {
  if (signal?.aborted) throw new ApiError('cancelled', `${fileName}: import cancelled`, fileName);
}

export async function readLaw(data: Uint8Array, options: ReadLawOptions): Promise<ReadLaw> {
  const { fileName, signal } = options;
  const mode = options.ocr ?? 'auto';
  const progress = options.onProgress;

  const onReadProgress = (done: number, total: number) => progress?.('reading', total > 0 ? done / total : 0);
  const extracted = await (options.ahead
    ? options.ahead.follow({ signal, onProgress: onReadProgress })
    : extractPdf(data, { fileName, password: options.password, signal, onProgress: onReadProgress }));
  checkCancelled(signal, fileName);

  let pages = extracted.pages;
  const wanted =
    mode === 'off' ? [] : pages.filter((page) => mode === 'force' || looksScanned(page)).map((p) => p.number);
  let ocrPages: number[] = [];
  let ocrError: unknown;
  if (wanted.length > 0) {
    // OCR brings its own threads: the idle text-layer workers' heaps would only add to the peak.
    await closePdfWorkers();
    try {
      const ocrIn = (language: string) =>
        ocrPdfPages(data, wanted, {
          fileName,
          password: options.password,
          language,
          signal,
          onPage: (_page, done, total) => progress?.('ocr', total > 0 ? done / total : 0),
        });
      const language = options.language ?? languageToOcr(extracted.pages, options.country);
      let read = await ocrIn(language);
      // Nothing named the language and OCR read it as another one whose data is installed (a
      // Vietnamese scan read as English comes out "tré em" for "trẻ em"): read again in that one.
      const told = options.language ? undefined : readsAs(read);
      if (told && ocrDataDiffers(told, language)) read = await ocrIn(told);
      const byNumber = new Map(read.map((page) => [page.number, page]));
      pages = pages.map((page) => byNumber.get(page.number) ?? page);
      ocrPages = read.map((page) => page.number).sort((a, b) => a - b);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'cancelled') throw error;
      checkCancelled(signal, fileName);
      ocrError = error;
    }
  }

  if (!pages.some(hasText) && extracted.repaired) {
    // Nothing readable in a file pdf.js had to rebuild: damaged, not a scan.
    throw new ApiError('damaged', `${fileName} is damaged: no page has readable content`, fileName);
  }
  // OCR (electron/ocr): pages were read by OCR and none gave text, so say that rather than "no text layer".
  if (!pages.some(hasText) && ocrPages.length > 0) {
    throw new ApiError('ocr_failed', `${fileName}: OCR found no text on any page`, fileName);
  }
  if (!pages.some(hasText)) {
    const why = ocrError instanceof Error && mode !== 'off' ? ` (OCR failed: ${ocrError.message})` : '';
    throw new ApiError('no_text', `${fileName} has no text layer (a scan)${why}`, fileName);
  }

  progress?.('segmenting', 0);
  // Read before cleaning, which drops the folios.
  const printedPages = printedPageNumbers(pages, extracted.pageCount, extracted.pageLabels);
  const cleaned = cleanLines(pages);
  // OCR'd lines are read apart first (furniture, marginal notes, mangled numbers); text layers pass as they are.
  const reading = readOcrStructure(cleaned.flatMap((page) => page.lines));
  const lines = reading.lines;
  const clauses = segmentWithNotes(lines, reading.notes, {
    language: options.language,
    notStarts: reading.notStarts,
  });
  const numberingWarnings =
    clauses.length === 0
      ? [noClausesWarning(fileName, ocrPages.length > 0)]
      : [
          ...fewSections(fileName, clauses, lines, {
            ocrRead: ocrPages.length > 0,
            // Forced OCR over a text layer: the layer may read better.
            layerRead: mode === 'force' && extracted.pages.some(hasText),
          }),
          ...numberingGaps(clauses),
          ...reading.readings,
        ];
  progress?.('segmenting', 1);

  // Only a language with a word list can be judged; an unnamed language is detected first.
  const layerText = lines
    .filter((line) => line.source === 'text')
    .map((line) => line.text)
    .join('\n');
  const quality = assessTextQuality(
    layerText,
    options.language ?? detectLanguage(layerText),
    englishWordList(),
  );
  const textQualityWarning = quality.looksLikeBadOcr
    ? `${fileName}: the text layer looks like poor OCR (${Math.round(quality.nonWordShare * 100)}% of words unrecognised); re-read it with OCR (Library: “Re-read with OCR”; command line: lexgap import --ocr ${fileName})`
    : undefined;

  // The first page as printed: a running head may repeat the title, and cleaning drops it.
  const firstPage = pages.find((page) => page.lines.length > 0)?.lines ?? [];
  // The short-title sentence may sit in the first clause's heading, where OCR garbled the "(1)" after it;
  // or outside any clause, where OCR garbled the "1." before it ("[. Short title…"): then it is looked
  // for in the body up to the first clause found.
  const printedTitle =
    guessTitle(firstPage, clauses[0] && `${clauses[0].heading} ${clauses[0].text}`) ??
    titleFromShortTitle(openingText(lines, clauses[0]));
  // An OCR slip in a title ("Zainab Alcr! Response…") is mended where the file name corroborates it.
  const titleGuess = printedTitle
    ? mendTitleFromFileName(printedTitle, fileName, englishWordList())
    : cleanMetadataTitle(extracted.metadataTitle);
  return {
    pageCount: extracted.pageCount,
    clauses,
    ocrPages,
    failedPages: extracted.failedPages,
    printedPages,
    titleGuess,
    yearGuess: guessYear(titleGuess, firstPage),
    ...(textQualityWarning ? { textQualityWarning } : {}),
    numberingWarnings,
  };
}

/** The body's text on the pages up to the first clause's last one (the first page's when none was found). */
function openingText(lines: TextLine[], firstClause: SegmentedClause | undefined): string {
  const lastPage = firstClause?.pageEnd ?? lines[0]?.page;
  return lines
    .filter((line) => !line.marginal && line.page <= (lastPage ?? 0))
    .map((line) => line.text)
    .join(' ');
}

/** What to do about a law in which no numbered section or article was recognised. */
function noClausesWarning(fileName: string, ocrRead: boolean): string {
  return ocrRead
    ? `no numbered sections were found in the OCR text; open it in the Document screen to check the scan (is it a law with numbered sections? a table? another language: re-import with --language XX)`
    : `no numbered sections were found; if the PDF is a scan or its text is garbled, re-read it with OCR (Library: “Re-read with OCR”; command line: lexgap import --ocr ${fileName}); if it is not a law with numbered sections, articles or clauses, delete it`;
}

/**
 * A law whose numbered sections are far fewer than its pages of text (one section from four pages)
 * lost the others to its reading: numbers OCR misread, or the body taken for a contents list. Pages
 * that only hold schedules do not count.
 */
function fewSections(
  fileName: string,
  clauses: SegmentedClause[],
  lines: TextLine[],
  how: { ocrRead: boolean; layerRead: boolean },
): string[] {
  const sections = clauses.filter((clause) => clause.kind !== 'schedule').length;
  if (sections === 0 || sections > MAX_FEW_SECTIONS) return [];
  // Worked out only for a law of so few sections: the pages after a schedule's first are its own.
  const inSchedules = new Set<number>();
  for (const c of clauses)
    if (c.kind === 'schedule') for (let p = c.pageStart + 1; p <= c.pageEnd; p += 1) inSchedules.add(p);
  const pages = new Set(
    lines.filter((line) => !line.marginal && !inSchedules.has(line.page)).map((line) => line.page),
  ).size;
  if (sections * 2 >= pages) return [];
  const found = `only ${sections} numbered section${sections === 1 ? '' : 's'} found in ${pages} pages of text; the others were probably missed`;
  return [
    how.ocrRead
      ? `${found} (section numbers misread by OCR?): check the scan in the Document screen${how.layerRead ? ', or import it without --ocr: its text layer may read better' : ''}`
      : `${found}: if the PDF is a scan or its text is garbled, re-read it with OCR (Library: “Re-read with OCR”; command line: lexgap import --ocr ${fileName})`,
  ];
}

/** Metadata titles are often a file name or a word processor's label ("in.html", "Microsoft Word - x.doc"). */
function cleanMetadataTitle(title: string | undefined): string | null {
  if (!title) return null;
  const clean = title
    .replace(/^Microsoft Word - /i, '')
    .replace(/\.(docx?|rtf|odt|pdf|html?|txt)$/i, '')
    .trim();
  if (
    clean.length < 4 ||
    /^untitled$/i.test(clean) ||
    (/^[\w-]+$/.test(clean) && !/\s/.test(clean) && clean.length < 12)
  )
    return null;
  return clean;
}
