// Prints a law's converted text (`laws/MY/source/*.md`: page breaks `-----`, **bold** marginal headings)
// to a PDF with Debian's Chromium, the way the bills in `laws/MY` were printed: for tests that need a
// law's text edited (a newer version of a bill) as a real PDF.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/start-app';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const inline = (text: string) =>
  escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
    .replace(/(^|\s)_(.+?)_(?=\s|$)/g, '$1<i>$2</i>');

/** The markdown's pages (its front matter left out), each a list of paragraphs. */
export function markdownPages(markdown: string): string[][] {
  const body = markdown.replace(/^(?:---\n[\s\S]*?\n---\n)+/, '');
  return body.split(/\n-----\n/).map((page) =>
    page
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
  );
}

export function markdownHtml(markdown: string): string {
  const pages = markdownPages(markdown)
    .map(
      (paragraphs) =>
        `<section>${paragraphs.map((p) => `<p>${inline(p).replace(/\n/g, ' ')}</p>`).join('')}</section>`,
    )
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    @page { size: 498.96pt 708.96pt; margin: 54pt 50pt; }
    body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.35; }
    section { break-after: page; }
    p { margin: 0 0 6pt; }
  </style></head><body>${pages}</body></html>`;
}

/** Writes `markdown` as a PDF at `out`. */
export async function printMarkdownLaw(markdown: string, out: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(markdownHtml(markdown));
    fs.writeFileSync(out, await page.pdf({ preferCSSPageSize: true }));
  } finally {
    await browser.close();
  }
}
