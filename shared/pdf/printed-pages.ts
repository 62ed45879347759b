// The page numbers printed on a law's pages, so a citation names the page a reader turns to, not the
// PDF's own index. Taken from the PDF's page labels where it has them, else read from the folio in
// the top or bottom margin ("7", "- 7 -", "Page 7 of 12"), kept only where the next or previous
// page's folio is one apart, so a stray "(2)" in a margin is not taken for a page number.
import type { ExtractedPage } from '../model';
import { isPageNumber } from './clean-lines';

const BAND = 0.12;
const DIGITS = /\d{1,4}/;
// A folio run together with a one-word running head, as some bills print them: "11Bill", "Bill 12".
const WITH_HEAD = /^(?:(\d{1,4})\s*\p{L}{2,20}|\p{L}{2,20}\s*(\d{1,4}))$/u;

function folio(page: ExtractedPage): number | null {
  const height = page.height > 0 ? page.height : 842;
  for (const line of page.lines) {
    const inBand = line.y < height * BAND || line.y + line.height > height * (1 - BAND);
    if (!inBand) continue;
    const text = line.text.trim();
    const m = isPageNumber(text) ? DIGITS.exec(text) : null;
    if (m) return Number(m[0]);
    const head = WITH_HEAD.exec(text);
    if (head) return Number(head[1] ?? head[2]);
  }
  return null;
}

/** Labels that say something the index does not: not just "1", "2", … in order. */
function informative(labels: readonly (string | null)[] | null | undefined): boolean {
  return !!labels?.length && labels.some((label, i) => label !== null && label !== String(i + 1));
}

/**
 * The printed number of each page (index 0 = page 1), null where none is known; null for the whole
 * law when no page has one. `labels` are the PDF's page labels (pdf.js getPageLabels), if any.
 */
export function printedPageNumbers(
  pages: readonly ExtractedPage[],
  pageCount: number,
  labels?: readonly (string | null)[] | null,
): (string | null)[] | null {
  if (informative(labels)) return Array.from({ length: pageCount }, (_, i) => labels![i] || null);
  const printed = new Map<number, number>();
  for (const page of pages) {
    const n = folio(page);
    if (n !== null) printed.set(page.number, n);
  }
  // A folio counts where a neighbouring page's folio is one apart in step: the arrangement of
  // clauses and the body may each number from 1, and a lone number in a margin is no folio.
  const out: (string | null)[] = Array.from({ length: pageCount }, () => null);
  let any = false;
  for (const [index, n] of printed) {
    if (printed.get(index - 1) === n - 1 || printed.get(index + 1) === n + 1) {
      if (index >= 1 && index <= pageCount) out[index - 1] = String(n);
      any = true;
    }
  }
  return any ? out : null;
}
