// The country report as one printable HTML page, laid out for A4 paper: the same sections in the
// same order as the Word report (shared/report/report-model.ts), each starting on a new page. The
// desktop window prints it to PDF; in browser mode Chromium's own print does. No scripts, every
// text escaped: notes and clause text come from outside.
import { breakableId, escapeHtml, htmlHead, namesKeyHtml, widestIdPiece } from '../export/to-html';
import { textWidth } from '../export/text-width';
import {
  ANNEX_UNVERIFIED_INTRO,
  PARTS,
  type CountryGaps,
  type CountrySummary,
  type Finding,
  type GapEntry,
  type Report,
  type ReportQuote,
} from './report-model';

const e = escapeHtml;

const CSS = `
:root { --ink:#1f2933; --muted:#5f6b7a; --rule:#d9dee4; --accent:#1d4e89; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 820px; padding: 24px; font: 11pt/1.45 "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); }
.title-page { min-height: 900px; padding-top: 160px; }
.kicker { color: var(--accent); font-weight: 700; margin: 0; }
h1.title { font-size: 28pt; font-weight: 500; margin: 8px 0; }
.subtitle { font-size: 14pt; color: var(--muted); margin: 0 0 40px; }
.meta, .muted { color: var(--muted); }
.small { font-size: 9pt; }
h1 { font-size: 18pt; color: #2e74b5; font-weight: 500; margin: 0 0 12px; }
h2 { font-size: 13pt; color: #2e74b5; font-weight: 500; margin: 18px 0 6px; }
h3 { font-size: 11.5pt; color: #1f4d78; margin: 14px 0 4px; }
section { break-before: page; padding-top: 8px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 9pt; }
th, td { border: 1px solid #bfc5cc; padding: 3px 6px; text-align: left; vertical-align: top; }
thead th { background: var(--accent); color: #fff; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.level { text-align: center; font-weight: 700; }
tr.group td { background: #e6ecf4; color: var(--accent); font-weight: 700; }
blockquote { margin: 3px 0 8px 18px; padding: 2px 10px; border-left: 3px solid #c7d2e0; font-family: Georgia, "DejaVu Serif", serif; color: #374151; font-size: 10pt; }
mark { background: #fff1a8; font-weight: 700; color: inherit; }
.cell-head { margin: 10px 0 2px; font-weight: 700; break-after: avoid; }
.cite { font-weight: 700; margin: 6px 0 0; break-after: avoid; }
.rec { margin: 8px 0 2px; break-inside: avoid; }
.rec b { color: var(--accent); }
.warning { color: #7f1d1d; font-style: italic; }
ul { margin: 4px 0 8px; padding-left: 20px; }
ol.toc { list-style: none; padding: 0; }
ol.toc li.l2 { padding-left: 18px; font-weight: 400; }
ol.toc li { font-weight: 700; margin: 2px 0; }
h1, h2, h3 { break-after: avoid; }
/* A matrix too wide for an upright page: on A4 landscape pages, fixed columns, codes over the cells
   with the names in a key above them, and a level's word smaller rather than broken. */
section.wide { page: wide; container-type: inline-size; }
table.wide { table-layout: fixed; }
table.wide tr.names td { background: #f1f4f8; color: var(--muted); font-size: 8pt; line-height: 1.5; }
table.wide tr.names .name { white-space: nowrap; }
table.wide tr.names b { color: var(--ink); }
table.wide thead th.code { text-align: center; padding: 3px 1px; }
table.wide td.level { padding: 3px 1px; font-size: min(9pt, calc((var(--cells) * 1cqi / var(--columns) - 4px) / 4.3)); }
@page { size: A4; margin: 18mm 16mm 20mm; }
@page wide { size: A4 landscape; margin: 12mm; }
@media print { body { padding: 0; max-width: none; } .title-page { min-height: 0; } }
`;

function table(header: string[], rows: string[][]): string {
  return `<table><thead><tr>${header.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const td = (t: string) => `<td>${e(t)}</td>`;
const levelTd = (label: string, fill: string, ink: string, count = 0) =>
  `<td class="level" style="background:${e(fill)};color:${e(ink)}">${e(label)}${count ? ` <sup>${count}</sup>` : ''}</td>`;

function contents(report: Report): string {
  return `<h2>Contents</h2><ol class="toc">${report.contents.map((c) => `<li class="l${c.level}">${e(c.title)}</li>`).join('')}</ol>`;
}

function method(report: Report): string {
  const m = report.method;
  return `<section><h1>${PARTS.method}</h1>${m.paragraphs.map((p) => `<p>${e(p)}</p>`).join('')}
<h2>Standards</h2>${table(
    ['Instrument', 'Name', 'Standards'],
    m.frameworks.map((f) => [td(f.shortName), td(f.name), td(String(f.standards))]),
  )}
<h2>Reviewers</h2>${
    m.reviewers.length
      ? table(
          ['Reviewer', 'Decisions', 'From', 'To'],
          m.reviewers.map((r) => [td(r.name), td(String(r.decisions)), td(r.from), td(r.to)]),
        )
      : '<p>No decision recorded yet.</p>'
  }
<h2>Coverage levels</h2>${table(
    ['Level', 'Meaning'],
    m.legend.map((l) => [levelTd(l.label, l.fill, l.ink), td(l.meaning)]),
  )}</section>`;
}

function summary(c: CountrySummary): string {
  return `<h2>${e(c.name)}</h2><p>${e(c.overview)}</p><ul class="muted small">${c.ratifications.map((r) => `<li>${e(r)}</li>`).join('')}</ul>${table(
    c.counts.map((x) => x.label),
    [c.counts.map((x) => td(String(x.count)))],
  )}<p class="cell-head">Main gaps</p>${
    c.mainGaps.length
      ? `<ul>${c.mainGaps
          .map(
            (g) =>
              `<li><b>${e(`${g.provisionId} ${g.title}`)}</b> (${e(g.label)})${g.rationale ? `: ${e(g.rationale)}` : ''}</li>`,
          )
          .join('')}</ul>`
      : '<p>No standard rated a gap or a contradiction.</p>'
  }`;
}

/** A4 less the margins, in CSS pixels: upright 178 mm, on its side 273 mm. */
const UPRIGHT_PX = 672;
const LANDSCAPE_PX = 1031;
/** The matrix's text is 9 pt (12 px); a cell's padding and borders take 14 px of its width. */
const TEXT_PX = 12;
const CELL_PX = 14;
/** "Contra." in bold is 4.2 times its size (DejaVu Sans Bold, the widest font named). */
const LEVEL_EM = 4.3;
/** Bold text is at most this much wider than the regular widths of textWidth. */
const BOLD = 1.12;

/** Whether the matrix fits an upright page: each column as wide as its level's word and the longest word of its head, the Id column as its longest piece, the Standard column about a word. */
function fitsUpright(columns: { name: string }[], idPx: number): boolean {
  const heads = columns.map((c) =>
    Math.max(LEVEL_EM * TEXT_PX, ...c.name.split(/\s+/).map((w) => textWidth(w) * BOLD * TEXT_PX)),
  );
  return idPx + 160 + heads.reduce((sum, w) => sum + w + CELL_PX, 0) <= UPRIGHT_PX;
}

function matrix(report: Report): string {
  const { columns, groups, note } = report.matrix;
  const ids = groups.flatMap((g) => g.rows.map((r) => r.provisionId));
  const idPx = widestIdPiece(ids) * TEXT_PX + CELL_PX;
  const rows = groups.flatMap((g) => [
    [`<td colspan="${columns.length + 2}">${e(g.title)}</td>`],
    ...g.rows.map((r) => [
      // An id breaks only after a dot or an underscore, and is copied whole.
      `<td class="muted">${breakableId(r.provisionId)}</td>`,
      `<td>${e(r.title)}${r.unverified ? ' <span class="muted">(unverified)</span>' : ''}</td>`,
      ...r.cells.map((c) => levelTd(c.short, c.fill, c.ink, c.evidence)),
    ]),
  ]);
  const body = rows
    .map((r) => (r.length === 1 ? `<tr class="group">${r[0]}</tr>` : `<tr>${r.join('')}</tr>`))
    .join('');
  const end = `<tbody>${body}</tbody></table><p class="muted small">${e(note)}</p></section>`;
  if (fitsUpright(columns, idPx))
    return `<section><h1>${PARTS.matrix}</h1><table><thead><tr><th>Id</th><th>Standard</th>${columns
      .map((c) => `<th>${e(c.name)}</th>`)
      .join('')}</tr></thead>${end}`;
  // Too wide for an upright page: the matrix alone on landscape pages, its columns fixed.
  const id = Math.ceil(((idPx + 2) / LANDSCAPE_PX) * 1000) / 10;
  const standard = 16;
  const cells = Math.round((100 - id - standard) * 10) / 10;
  const n = columns.length;
  const cols = `<colgroup><col style="width: ${id}%"><col style="width: ${standard}%"><col span="${n}"></colgroup>`;
  const head = columns.map((c) => `<th class="code" title="${e(c.name)}">${e(c.code)}</th>`).join('');
  return `<section class="wide"><h1>${PARTS.matrix}</h1><table class="wide" style="--columns: ${n}; --cells: ${cells}">${cols}<thead>${namesKeyHtml(columns, n + 2)}<tr><th>Id</th><th>Standard</th>${head}</tr></thead>${end}`;
}

function quote(q: ReportQuote): string {
  const pieces = q.quote.map((p) => (p.matched ? `<mark>${e(p.text)}</mark>` : e(p.text))).join('');
  return `<p class="cite">${e(q.citation)} <span class="muted small">· ${e(q.where)}</span></p>${
    q.note ? `<p><i>${e(q.note)}</i></p>` : ''
  }${pieces ? `<blockquote>${pieces}</blockquote>` : ''}${
    q.byline ? `<p class="muted small">${e(q.byline)}</p>` : ''
  }`;
}

function finding(f: Finding): string {
  const cells = f.cells.map((c) => {
    const rating = c.rating
      ? `<p><b>Analyst rating:</b> ${e(c.rating.text)}</p>${
          c.rating.lawsSearched.length
            ? `<p class="muted small">Laws searched: ${e(c.rating.lawsSearched.join('; '))}</p>`
            : ''
        }${c.rating.cited ? `<p class="cite">${e(c.rating.cited)}</p>` : ''}${c.rating.overridden ? `<p class="muted small">${e(c.rating.overridden)}</p>` : ''}<p class="muted small">${e(c.rating.by)}</p>`
      : '';
    const check = c.check
      ? `<p>${e(c.check.text)}${c.check.by ? ` <span class="muted small">(${e(c.check.by)})</span>` : ''}</p>${c.check.quotes
          .map((q) => `<p class="cite">${e(q.citation)}</p><blockquote>${e(q.words)}</blockquote>`)
          .join('')}`
      : '';
    return `<p class="cell-head">${e(c.countryName)}: ${e(c.label)}${
      c.derived ? ` <span class="muted small">(${e(c.derived)})</span>` : ''
    }</p>${rating}${check}${c.quotes.map(quote).join('')}`;
  });
  return `<h2>${e(`${f.provisionId} ${f.title}`)}</h2>${
    f.unverified ? `<p class="muted small">Unverified: ${e(f.unverified)}</p>` : ''
  }${f.summary ? `<p class="muted">${e(f.summary)}</p>` : ''}${cells.join('')}`;
}

function gapEntry(g: GapEntry): string {
  const recs = g.recommendations.map(
    (r) =>
      `<p class="rec"><b>${e(`${r.number}. ${r.type}:`)}</b> ${e(r.text)}</p><p class="muted small">${e(r.details)}</p>${
        r.evidence.length ? `<p class="muted small">Rests on: ${e(r.evidence.join('; '))}</p>` : ''
      }${r.warning ? `<p class="warning">${e(r.warning)}</p>` : ''}`,
  );
  const none =
    !g.recommendations.length && !g.seeAlso.length
      ? '<p class="muted"><i>No recommendation recorded yet.</i></p>'
      : '';
  return `<h3>${e(`${g.provisionId} ${g.title} (${g.label})`)}</h3>${g.rationale ? `<p>${e(g.rationale)}</p>` : ''}${
    g.lawsSearched.length ? `<p class="muted small">Laws searched: ${e(g.lawsSearched.join('; '))}</p>` : ''
  }${g.cited ? `<p class="cite">${e(g.cited)}</p>` : ''}${g.overridden ? `<p class="muted small">${e(g.overridden)}</p>` : ''}${recs.join('')}${none}${g.seeAlso.length ? `<p class="muted small">See also ${e(g.seeAlso.join(', '))} above.</p>` : ''}`;
}

function gaps(c: CountryGaps): string {
  return `<h2>${e(c.name)}</h2>${
    c.entries.length
      ? c.entries.map(gapEntry).join('')
      : '<p>No standard rated a gap or a contradiction, and no recommendation recorded.</p>'
  }`;
}

function annexes(report: Report): string {
  const laws = report.annexLaws.length
    ? table(
        ['Country', 'Law', 'Status', 'Pages', 'Sections', 'Imported'],
        report.annexLaws.map((l) => [
          td(l.countryName),
          td(l.ocr ? `${l.title} (${l.ocr})` : l.title),
          td(l.counted ? l.status : `${l.status}: not counted`),
          td(String(l.pages)),
          td(String(l.clauses)),
          td(l.importedAt),
        ]),
      )
    : '<p>No law imported.</p>';
  const unverified = report.annexUnverified.length
    ? table(
        ['Entry', 'Title', 'Why unverified'],
        report.annexUnverified.map((u) => [td(u.id), td(u.title), td(u.note)]),
      )
    : '<p>Every entry of the instruments shown is verified.</p>';
  return `<section><h1>${PARTS.annexLaws}</h1>${laws}</section><section><h1>${PARTS.annexUnverified}</h1><p>${e(ANNEX_UNVERIFIED_INTRO)}</p>${unverified}</section>`;
}

/** The report as one HTML document (UTF-8), laid out for printing on A4. */
export function reportToHtml(report: Report): string {
  return `${htmlHead(report.title, CSS)}
<body>
<div class="title-page">
<p class="kicker">Legislative gap analysis</p>
<h1 class="title">${e(report.title)}</h1>
<p class="subtitle">${e(report.subtitle)}</p>
<p class="meta">Generated ${e(report.generatedAt)}</p>
${report.catalog ? `<p class="meta">Standards catalog: ${e(report.catalog)}</p>` : ''}
<p class="muted small"><i>${e(report.disclaimer)}</i></p>
</div>
<section>${contents(report)}</section>
${method(report)}
<section><h1>${PARTS.summary}</h1>${report.countries.map(summary).join('')}</section>
${matrix(report)}
<section><h1>${PARTS.findings}</h1>${
    report.findings.length
      ? report.findings.map(finding).join('')
      : '<p>No clause has been accepted and no cell rated yet.</p>'
  }</section>
<section><h1>${PARTS.gaps}</h1>${report.gaps.map(gaps).join('')}</section>
${annexes(report)}
</body>
</html>
`;
}
