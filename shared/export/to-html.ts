// One self-contained, printable HTML report: inline CSS, no scripts, no network. A content security
// policy forbids scripts outright, and every piece of text is escaped, because notes and clause text
// come from outside.
import type { Catalog, Provision } from '../catalog/types';
import { citeCandidates, citePrintedPage, ocrMark } from '../coverage/cite-clause';
import { citedChangeText, readsNowText } from '../coverage/cited-now';
import { validationText } from '../review/validation';
import { citationQuote, quotePieces, type ClauseQuote } from '../coverage/quote-clause';
import { NO_CLAUSE_CITED, ratingCitesText } from '../coverage/rating';
import { lawPlace } from '../jurisdictions/jurisdiction';
import { COVERAGE_LEVELS } from '../model';
import { coverageDate, lawsNotCountedText } from './as-of';
import { cellMarks, cellTitle } from '../matrix/cell-marks';
import { LEVEL_STYLES, RATIFICATION_LABELS } from '../matrix/level-styles';
import { reservationTexts } from '../matrix/ratification-text';
import { formatFound, formatRequired, VERDICT_LABELS } from '../checks/format-check';
import type { CheckEntry } from '../checks/types';
import type { Matrix, MatrixCell, MatrixColumn, MatrixRow } from '../matrix/types';
import { textWidth } from './text-width';

export interface HtmlReportOptions {
  /** For provision summaries in the evidence section. */
  catalog?: Catalog;
  title?: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

// Anchors built from ids the user never typed, still reduced to a safe alphabet.
const anchor = (...parts: string[]) => `ev-${parts.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}`;

function formatTimestamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

/** The quote with each matched word marked, escaped. */
const markedQuote = ({ quote, terms }: ClauseQuote) =>
  quotePieces(quote, terms)
    .map((p) => (p.matched ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text)))
    .join('');

/**
 * The clauses an analyst's rating cites, listed after the accepted ones with their words as cited; one
 * that no longer reads so is marked, with its words now where it changed.
 */
function ratingCitationsHtml(cell: MatrixCell): string[] {
  const o = cell.override;
  return (o?.citedClauses ?? []).map((c) => {
    const words = c.clauseText.length > 600 ? `${c.clauseText.slice(0, 600)}…` : c.clauseText;
    const change = citedChangeText(c);
    const now = readsNowText(c);
    return `<li><div class="cite">${escapeHtml(c.citation)} <span class="where">· ${escapeHtml(citePrintedPage(c.page, c.printedPage))} · cited by the analyst's rating</span>${change ? ` <span class="stale">${escapeHtml(change)}</span>` : ''}</div>${words ? `<blockquote>${escapeHtml(words)}</blockquote>` : ''}${now ? `<p class="reads-now">${escapeHtml(now)}</p>` : ''}<div class="by">Cited by ${escapeHtml(`${o?.reviewer}, ${o?.at.slice(0, 10)}`)}</div></li>`;
  });
}

const UNVERIFIED = (note: string | null) =>
  `<span class="unverified" title="${escapeHtml(note ?? 'Not checked against the text of the instrument.')}">unverified</span>`;

/**
 * The narrowest the grid is laid out for, in CSS pixels: a 1024-pixel window less the page's padding
 * and a scroll bar. An A4 landscape page gives it 1032, a wider window more.
 */
const GRID_WIDTH = 930;

/** On screen, the narrowest a country's column gets: a level's word ("Contra.") at 9 px or more. */
const SCREEN_COLUMN_PX = 44;

const CSS = `
:root { --ink:#1f2933; --muted:#5f6b7a; --rule:#d9dee4; --accent:#1d4e89; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; padding: 28px 36px 48px; font: 13px/1.45 "Segoe UI", "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
header.cover { border-bottom: 3px solid var(--accent); padding-bottom: 14px; margin-bottom: 18px; }
.kicker { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: 11px; color: var(--accent); font-weight: 600; }
h1 { margin: 4px 0 6px; font-size: 26px; font-weight: 650; }
h2 { font-size: 17px; margin: 26px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); color: var(--accent); }
h3 { font-size: 14px; margin: 18px 0 4px; }
h4 { font-size: 13px; margin: 10px 0 4px; }
.meta { margin: 0; color: var(--muted); }
.meta strong { color: var(--ink); font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 8px 0 0; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: 6px; font-size: 12px; }
.swatch { display: inline-block; width: 26px; height: 16px; border-radius: 3px; border: 1px solid rgba(0,0,0,.12); }
table { border-collapse: collapse; }
table.summary { width: 100%; font-size: 12px; }
table.summary th, table.summary td { border-bottom: 1px solid var(--rule); padding: 5px 8px; text-align: left; vertical-align: top; }
table.summary thead th { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); border-bottom: 2px solid var(--rule); }
table.summary td.n { text-align: right; font-variant-numeric: tabular-nums; width: 54px; }
.bar { display: flex; width: 180px; height: 12px; border-radius: 2px; overflow: hidden; background: #eef0f3; margin-top: 3px; }
.bar span { display: block; height: 100%; }
.rat { display: inline-block; margin: 0 4px 3px 0; padding: 0 6px; border-radius: 9px; font-size: 11px; background: #eef2f7; color: #334155; white-space: nowrap; }
.rat.party, .rat.adopted { background: #e3f1e8; color: #14532d; }
.rat.signatory { background: #fdf3d8; color: #6b4e00; }
.rat.not_party { background: #fbe4e1; color: #7f1d1d; }
table.heat { width: 100%; table-layout: fixed; font-size: 11.5px; }
table.heat th, table.heat td { border: 1px solid #fff; }
table.heat thead th { background: #f1f4f8; color: var(--ink); padding: 6px 3px; font-weight: 600; text-align: center; vertical-align: bottom; border-bottom: 2px solid var(--accent); }
table.heat thead th.prov, table.heat thead th.pid { text-align: left; padding-left: 8px; }
table.heat thead th small { display: block; font-weight: 400; color: var(--muted); font-size: 10px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
table.heat tr.group th { background: #e6ecf4; color: var(--accent); text-align: left; padding: 5px 8px; font-size: 12px; font-weight: 650; border-top: 6px solid #fff; }
table.heat tr.group th .fw { color: var(--muted); font-weight: 500; }
table.heat tbody th.prov, table.heat tbody th.pid { text-align: left; font-weight: 400; padding: 4px 8px; background: #fafbfc; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
/* An id breaks only after its dots and underscores (a <wbr> there); its column is as wide as its longest piece. */
table.heat tbody th.pid { color: var(--muted); font-variant-numeric: tabular-nums; font-size: 11px; white-space: normal; }
table.heat td.cell { text-align: center; padding: 4px 2px; font-weight: 600; height: 24px; }
table.heat td.cell a { color: inherit; text-decoration: none; display: block; }
table.heat td.cell sup { font-weight: 400; font-size: 9px; margin-left: 2px; opacity: .85; }
table.heat.many { font-size: 10px; }
table.heat.many tbody th.prov, table.heat.many tbody th.pid { padding: 3px 4px; white-space: normal; line-height: 1.25; }
table.heat.many td.cell { padding: 3px 1px; line-height: 1.25; }
table.heat.many td.cell sup { font-size: .85em; margin-left: 1px; }
/* A level's word never breaks: its size is the cells' share of the grid's width (--cells, percent)
   over the columns, less the padding, over 4.3 ("Contra." is 4.2 times its size in DejaVu Sans Bold,
   the widest font named). */
.heat-frame { container-type: inline-size; }
table.heat.many td.cell { font-size: min(10px, calc((var(--cells) * 1cqi / var(--columns) - 4px) / 4.3)); }
table.heat.keyed thead tr.names td { background: #f1f4f8; padding: 5px 8px 2px; text-align: left; font-size: 10px; font-weight: 400; line-height: 1.5; color: var(--muted); }
table.heat.keyed thead tr.names .name { white-space: nowrap; }
table.heat.keyed thead tr.names b { color: var(--ink); font-weight: 600; }
table.heat.crowded tbody th.pid { font-size: 10px; }
table.heat td.cell.overridden { box-shadow: inset 0 0 0 2px rgba(0,0,0,.35); }
.legend .swatch.rated-swatch { box-shadow: inset 0 0 0 2px rgba(0,0,0,.35); }
.stale-mark, .uncited-mark { font-weight: 800; }
.legend .swatch .stale-mark, .legend .swatch .uncited-mark { display: block; margin: 0; text-align: center; line-height: 14px; font-size: 12px; }
.hint { color: var(--muted); font-size: 11.5px; margin: 6px 0 0; }
${COVERAGE_LEVELS.map((l) => `.lv-${l} { background: ${LEVEL_STYLES[l].fill}; color: ${LEVEL_STYLES[l].ink}; }`).join('\n')}
article.provision { border-top: 1px solid var(--rule); padding-top: 4px; }
article.provision > h3 .num { color: var(--muted); font-weight: 500; margin-right: 6px; }
.summary-text { margin: 0 0 6px; color: var(--muted); max-width: 900px; }
.country { margin: 8px 0 10px 0; padding-left: 12px; border-left: 3px solid var(--rule); }
.badge { display: inline-block; padding: 1px 8px; border-radius: 9px; font-size: 11px; font-weight: 600; margin-left: 6px; vertical-align: 1px; }
.derived { color: var(--muted); font-weight: 400; font-size: 11.5px; margin-left: 6px; }
.rationale { margin: 4px 0; padding: 6px 10px; background: #f6f7f9; border-radius: 4px; }
.only-in { margin: 2px 0 4px; color: #7a5300; font-size: 12px; }
ol.citations { margin: 4px 0 0; padding-left: 18px; }
ol.citations li { margin: 0 0 8px; break-inside: avoid; }
.cite { font-weight: 600; }
.cite .where { font-weight: 400; color: var(--muted); }
.note { margin: 2px 0; }
.by { color: var(--muted); font-size: 11px; }
.stale { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 11px; font-weight: 600; background: #fff2d6; color: #8a5a00; }
.reads-now { margin: 2px 0 4px; font-size: 12px; }
.cited { font-weight: 600; }
.reservation { display: block; font-size: 10px; color: #7a2e00; }
.unverified { display: inline-block; margin-left: 6px; padding: 0 5px; border-radius: 3px; font-size: 10px; font-weight: 600; background: #fff4d6; color: #7a5300; border: 1px solid #e8c56a; vertical-align: 1px; }
.ocr { color: #7a5300; }
mark { background: #fff1a8; color: inherit; padding: 0 1px; }
.candidates { color: #7f1d1d; }
blockquote { margin: 3px 0 0; padding: 4px 10px; border-left: 3px solid #c7d2e0; color: #374151; font-size: 12px; background: #fbfcfd; font-family: Georgia, "Noto Serif", "DejaVu Serif", serif; }
footer { margin-top: 32px; padding-top: 8px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 11px; }
@media screen {
  /* On screen as on paper, a standard's title wraps rather than end in "…" (a tooltip is no way to read a list). */
  table.heat tbody th.prov { white-space: normal; }
  /* The grid keeps the width it is laid out for (930 px), and its cells room for a level's word at 9 px
     or more (44 px a column): a narrower window, or many countries, scroll it sideways rather than cut
     the countries' names or shrink the words. Paper keeps the page's width. */
  .heat-scroll { overflow-x: auto; }
  .heat-frame { min-width: max(${GRID_WIDTH}px, calc(var(--columns, 0) * ${SCREEN_COLUMN_PX}px * 100 / var(--cells, 100))); }
}
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { padding: 0; font-size: 11px; }
  a { color: inherit; text-decoration: none; }
  section.matrix { break-before: page; }
  section.evidence { break-before: page; }
  thead { display: table-header-group; }
  /* On paper there is no tooltip: a standard's title wraps rather than end in "…". */
  table.heat tbody th.prov { white-space: normal; }
  tr, .country { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
}
`;

const UNCITED_MARK = '<span class="uncited-mark">?</span>';
const STALE_MARK = '<span class="stale-mark">!</span>';

/** The levels' colours, and the `?` and `!` where some cell of the grid carries them. */
function legendHtml(matrix: Matrix): string {
  const items = COVERAGE_LEVELS.map((level) => {
    const s = LEVEL_STYLES[level];
    return `<li><span class="swatch lv-${level}"></span><strong>${escapeHtml(s.label)}</strong> <span class="meta">${escapeHtml(s.meaning)}</span></li>`;
  });
  const cells = matrix.groups.flatMap((g) => g.rows.flatMap((r) => r.cells));
  const marks = cells.map(cellMarks);
  // The app's grid writes ✎ beside a rated level; the printed grid frames the cell instead.
  if (cells.some((c) => c.override))
    items.push(
      `<li class="rated-legend"><span class="swatch rated-swatch"></span><span class="meta">framed: rated by the analyst (the evidence below gives the rationale)</span></li>`,
    );
  if (marks.some((m) => m.uncited))
    items.push(
      `<li class="uncited-legend"><span class="swatch">${UNCITED_MARK}</span><span class="meta">${escapeHtml(NO_CLAUSE_CITED)}: a Contradicts resting on no clause (none cited by the analyst's rating, no confirmed check; a clause accepted as implementing the standard does not ground it)</span></li>`,
    );
  if (marks.some((m) => m.stale))
    items.push(
      `<li class="stale-legend"><span class="swatch">${STALE_MARK}</span><span class="meta">a clause the analyst's rating cites changed since rated: changed, renumbered or no longer in the law as read now (the evidence below says which)</span></li>`,
    );
  return `<ul class="legend">${items.join('')}</ul>`;
}

function ratificationHtml(matrix: Matrix, column: MatrixColumn): string {
  const names = new Map(matrix.frameworks.map((f) => [f.id, f.shortName]));
  return column.ratifications
    .map((r) => {
      const since = r.since ? ` ${escapeHtml(r.since.slice(0, 4))}` : '';
      const unchecked = r.verified
        ? ''
        : UNVERIFIED('Status and date recalled, not checked against the depositary record.');
      const reservations = r.reservations
        .map(
          (x, i) =>
            `<span class="reservation" title="${escapeHtml(x.summary)}">${escapeHtml(reservationTexts(r)[i] ?? '')}</span>`,
        )
        .join('');
      return `<span class="rat ${escapeHtml(r.status)}">${escapeHtml(names.get(r.frameworkId) ?? r.frameworkId)} · ${escapeHtml(RATIFICATION_LABELS[r.status])}${since}${unchecked}</span>${reservations}`;
    })
    .join('');
}

function summaryHtml(matrix: Matrix): string {
  const head = COVERAGE_LEVELS.map((l) => `<th class="n">${escapeHtml(LEVEL_STYLES[l].label)}</th>`).join('');
  const rows = matrix.columns.map((column) => {
    const total = COVERAGE_LEVELS.reduce((sum, l) => sum + column.totals[l], 0) || 1;
    const bar = COVERAGE_LEVELS.filter((l) => column.totals[l] > 0)
      .map(
        (l) =>
          `<span class="lv-${l}" style="width:${((column.totals[l] / total) * 100).toFixed(2)}%"></span>`,
      )
      .join('');
    const counts = COVERAGE_LEVELS.map((l) => `<td class="n">${column.totals[l]}</td>`).join('');
    return `<tr><th scope="row">${escapeHtml(column.name)} <span class="meta">(${escapeHtml(column.country)})</span><div class="bar" aria-hidden="true">${bar}</div></th><td>${ratificationHtml(matrix, column)}</td>${counts}</tr>`;
  });
  return `<table class="summary"><thead><tr><th>Country</th><th>Ratification of the instruments shown</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** A cell with something in the evidence section (clauses, a rating, a measurable check), which its grid cell links to. */
const hasEvidence = (cell: MatrixCell): boolean =>
  cell.evidence.length > 0 || cell.override !== null || cell.check !== null;

function heatCell(row: MatrixRow, cell: MatrixCell): string {
  const s = LEVEL_STYLES[cell.level];
  // The count, `?` and `!` of the app's grid, with the same words in the tooltip.
  const { cites, uncited, stale } = cellMarks(cell);
  const count = cites ? `<sup>${cites}</sup>` : '';
  const overridden = cell.override ? ' overridden' : '';
  const tip = cellTitle(row.provisionId, cell);
  // After a space, as in the app's grid: in a narrow column the marks go to a line of their own, and
  // the count with them where the level's word leaves it no room.
  const label = `${escapeHtml(s.short)}${count ? `<wbr>${count}` : ''}${uncited ? ` ${UNCITED_MARK}` : ''}${stale ? ` ${STALE_MARK}` : ''}`;
  const body = hasEvidence(cell) ? `<a href="#${anchor(row.provisionId, cell.country)}">${label}</a>` : label;
  return `<td class="cell lv-${cell.level}${overridden}"${uncited ? ' data-uncited="true"' : ''}${stale ? ` data-stale="${stale}"` : ''} title="${escapeHtml(tip)}">${body}</td>`;
}

/** Past eight columns the labels give up room to the cells; from eighteen on, more. */
const MANY_COLUMNS = 9;
const CROWDED_COLUMNS = 18;

/** The shares of the grid's width (percent) of the Id and Standard columns and of all the cells. */
interface GridShares {
  pid: number;
  prov: number;
  cells: number;
}

/**
 * The columns' shares for `n` countries, the Id column widened where needed so that the longest piece
 * of an id between its dots and underscores ("EXTRATERRITORIAL") fits on a line, half of it taken from
 * the Standard column and half from the cells (whose level's word is sized from their share).
 */
function gridShares(n: number, ids: string[]): GridShares {
  const [pid, prov] = n >= CROWDED_COLUMNS ? [9, 12] : n >= MANY_COLUMNS ? [10, 16] : [13, 25];
  const [fontPx, paddingPx] = n >= CROWDED_COLUMNS ? [10, 8] : n >= MANY_COLUMNS ? [11, 8] : [11, 16];
  const longest = widestIdPiece(ids);
  const needed = ((longest * fontPx + paddingPx + 2) / GRID_WIDTH) * 100;
  const extra = Math.ceil(Math.max(0, needed - pid) * 10) / 20;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { pid: round(pid + 2 * extra), prov: round(prov - extra), cells: round(100 - pid - prov - extra) };
}

/** An id's pieces, each ending at a dot or underscore, where it may break. */
export const idPieces = (id: string) => id.split(/(?<=[._])/);
/** The width of the widest piece of these ids, in ems: what their column needs on one line. */
export const widestIdPiece = (ids: readonly string[]) =>
  Math.max(0, ...ids.flatMap((id) => idPieces(id).map(textWidth)));

/** An id that breaks only after its dots and underscores, copied whole. */
export const breakableId = (id: string) =>
  idPieces(id)
    .map((piece) => escapeHtml(piece))
    .join('<wbr>');

/**
 * Whether some country's name would be cut under its code at the grid's narrowest (10 px, less the
 * head's 3 px padding each side): then all the names go to a key above the codes.
 */
function namesCut(columns: MatrixColumn[], shares: GridShares): boolean {
  const columnPx = ((shares.cells / 100) * GRID_WIDTH) / columns.length - 6;
  return columns.some((c) => c.name !== c.country && textWidth(c.name) * 10 > columnPx);
}

/**
 * The codes and names of the columns, a row of the grid's head above the codes, so that a printed
 * page repeats it with them; each name whole, the key wrapping between them. (The grid's columns
 * then take their widths from its colgroup, this row spanning them all.) The country report's
 * matrix has the same key.
 */
export function namesKeyHtml(columns: readonly { code: string; name: string }[], span: number): string {
  const names = columns
    .filter((c) => c.name !== c.code)
    .map((c) => `<span class="name"><b>${escapeHtml(c.code)}</b> ${escapeHtml(c.name)}</span>`);
  return names.length ? `<tr class="names"><td colspan="${span}">${names.join(' · ')}</td></tr>` : '';
}

function heatMapHtml(matrix: Matrix): string {
  const frameworkNames = new Map(matrix.frameworks.map((f) => [f.id, f.shortName]));
  const span = matrix.columns.length + 2;
  const n = matrix.columns.length;
  const shares = gridShares(
    n,
    matrix.groups.flatMap((g) => g.rows.map((r) => r.provisionId)),
  );
  const keyed = namesCut(matrix.columns, shares);
  const head = matrix.columns
    .map(
      (c) =>
        `<th scope="col" title="${escapeHtml(c.name)}">${escapeHtml(c.country)}${c.name !== c.country && !keyed ? `<small>${escapeHtml(c.name)}</small>` : ''}</th>`,
    )
    .join('');
  const body = matrix.groups.map((group) => {
    const title = `<tr class="group"><th colspan="${span}"><span class="fw">${escapeHtml(frameworkNames.get(group.frameworkId) ?? group.frameworkId)} ·</span> ${escapeHtml(group.title)}</th></tr>`;
    const rows = group.rows.map(
      (row) =>
        `<tr><th scope="row" class="pid" title="${escapeHtml(row.provisionId)}">${breakableId(row.provisionId)}</th><th scope="row" class="prov" title="${escapeHtml(row.title)}">${escapeHtml(row.title)}${row.verified ? '' : UNVERIFIED(row.unverifiedNote)}</th>${row.cells.map((cell) => heatCell(row, cell)).join('')}</tr>`,
    );
    return title + rows.join('');
  });
  // Past eight countries the labels give up room (their words wrap) and the cells' words get smaller,
  // to keep in the page: a level's word ("Contra.") is never broken, its size shrinks with the
  // columns' width instead (the count and marks go to a line below it).
  const classes = ['heat', n >= MANY_COLUMNS && 'many', keyed && 'keyed', n >= CROWDED_COLUMNS && 'crowded'];
  // On the frame around the grid, whose width the cells' words are sized from.
  const style = n >= MANY_COLUMNS ? ` style="--columns: ${n}; --cells: ${shares.cells}"` : '';
  const cols = `<colgroup><col class="pid" style="width: ${shares.pid}%"><col class="prov" style="width: ${shares.prov}%"><col span="${n}"></colgroup>`;
  return `<div class="heat-scroll"><div class="heat-frame"${style}><table class="${classes.filter(Boolean).join(' ')}">${cols}<thead>${
    keyed
      ? namesKeyHtml(
          matrix.columns.map((c) => ({ code: c.country, name: c.name })),
          span,
        )
      : ''
  }<tr><th scope="col" class="pid">Id</th><th scope="col" class="prov">Standard</th>${head}</tr></thead><tbody>${body.join('')}</tbody></table></div></div>`;
}

// The value found against the value required, and the words of each clause that states it.
function checkHtml(check: CheckEntry): string {
  const by = check.review
    ? `<br><span class="by">${escapeHtml(check.review.reviewer)}, ${escapeHtml(check.review.at.slice(0, 10))}</span>`
    : '';
  const quotes = check.evidence.map(
    (e) =>
      `<li><div class="cite">${escapeHtml(e.citation)}${e.value !== undefined ? ` <span class="where">· states ${e.value}${e.sex ? ` (${escapeHtml(e.sex)})` : ''}</span>` : ''}</div><blockquote>${escapeHtml(e.words)}</blockquote></li>`,
  );
  return `<p class="rationale"><strong>Check (${escapeHtml(VERDICT_LABELS[check.verdict])}):</strong> value found ${escapeHtml(formatFound(check))}; value required ${escapeHtml(formatRequired(check))}${by}</p>${quotes.length ? `<ol class="citations">${quotes.join('')}</ol>` : ''}`;
}

function evidenceHtml(matrix: Matrix, options: HtmlReportOptions): string {
  const provisions = new Map<string, Provision>();
  for (const f of options.catalog?.frameworks ?? []) for (const p of f.provisions) provisions.set(p.id, p);
  const names = new Map(matrix.columns.map((c) => [c.country, c.name]));

  const articles: string[] = [];
  for (const group of matrix.groups) {
    for (const row of group.rows) {
      const cells = row.cells.filter(hasEvidence);
      if (!cells.length) continue;
      const summary = provisions.get(row.provisionId)?.summary;
      const parts = cells.map((cell) => {
        const s = LEVEL_STYLES[cell.level];
        const derived =
          cell.override && cell.derivedLevel !== cell.level
            ? `<span class="derived">from the clauses alone: ${escapeHtml(LEVEL_STYLES[cell.derivedLevel].label)}</span>`
            : '';
        let rationale = '';
        if (cell.override) {
          const docs = cell.override.reviewedDocuments.map((d) => escapeHtml(d.title));
          const pending = cell.override.pendingCandidates.length
            ? `<br><span class="by candidates">Undecided suggestions this rating overrides: ${escapeHtml(citeCandidates(cell.override.pendingCandidates))}</span>`
            : '';
          const cites = ratingCitesText(cell);
          const grounds = cites ? `<br><span class="cited">${escapeHtml(cites)}</span>` : '';
          rationale = `<p class="rationale"><strong>Analyst rating (${escapeHtml(LEVEL_STYLES[cell.override.level].label)}):</strong> ${escapeHtml(cell.override.rationale)}${grounds}${docs.length ? `<br><span class="by">Laws searched: ${docs.join('; ')}</span>` : ''}${pending}<br><span class="by">${escapeHtml(cell.override.reviewer)}, ${escapeHtml(cell.override.at.slice(0, 10))}</span></p>`;
        }
        const check = cell.check ? checkHtml(cell.check) : '';
        const items = cell.evidence.map((c) => {
          const where = [
            lawPlace(c),
            citePrintedPage(c.page, c.printedPage),
            c.coverage === 'full' ? 'full coverage' : 'partial coverage',
          ];
          const ocr =
            c.ocrConfidence === null
              ? ''
              : ` <span class="ocr">· ${escapeHtml(ocrMark(c.ocrConfidence))}</span>`;
          const by = [c.reviewer, c.reviewedAt?.slice(0, 10)].filter(Boolean).join(', ');
          return `<li><div class="cite">${escapeHtml(c.citation)} <span class="where">· ${escapeHtml(where.join(' · '))}</span>${ocr}</div>${c.note ? `<p class="note">${escapeHtml(c.note)}</p>` : ''}${c.clauseText ? `<blockquote>${markedQuote(citationQuote(c))}</blockquote>` : ''}${by ? `<div class="by">Reviewed by ${escapeHtml(by)}${c.validatedBy?.length ? `; ${escapeHtml(validationText(c.validatedBy))}` : ''}</div>` : ''}</li>`;
        });
        items.push(...ratingCitationsHtml(cell));
        return `<div class="country" id="${anchor(row.provisionId, cell.country)}"><h4>${escapeHtml(names.get(cell.country) ?? cell.country)}<span class="badge lv-${cell.level}">${escapeHtml(s.label)}</span>${derived}</h4>${cell.onlyIn ? `<p class="only-in">Coverage ${escapeHtml(cell.onlyIn.note)}</p>` : ''}${rationale}${check}${cell.validatedBy?.length ? `<p class="by">Every clause cited here ${escapeHtml(validationText(cell.validatedBy))}</p>` : ''}${items.length ? `<ol class="citations">${items.join('')}</ol>` : ''}</div>`;
      });
      articles.push(
        `<article class="provision"><h3><span class="num">${escapeHtml(row.provisionId)}</span>${escapeHtml(row.title)}${row.verified ? '' : UNVERIFIED(row.unverifiedNote)}</h3>${summary ? `<p class="summary-text">${escapeHtml(summary)}</p>` : ''}${parts.join('')}</article>`,
      );
    }
  }
  return articles.length
    ? articles.join('')
    : '<p class="meta">No clause has been accepted and no cell rated yet.</p>';
}

function procedural(matrix: Matrix): string {
  if (!matrix.hiddenProcedural) return '';
  return escapeHtml(
    ` ${matrix.hiddenProcedural} procedural provision${matrix.hiddenProcedural > 1 ? 's' : ''} (final clauses, committee machinery) not shown.`,
  );
}

/** The head of a self-contained page: UTF-8, a policy that allows no script and no fetch, inline CSS. */
export function htmlHead(title: string, css: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Lexgap">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>`;
}

/** The report as one HTML document (UTF-8), ready to open offline or print to PDF. */
export function toHtml(matrix: Matrix, options: HtmlReportOptions = {}): string {
  const title = options.title ?? 'Gap matrix: child protection legislation';
  const frameworks = matrix.frameworks.map((f) => f.shortName).join(', ') || 'none';
  const countries = matrix.columns.map((c) => c.name).join(', ') || 'none';
  return `${htmlHead(title, CSS)}
<body>
<header class="cover">
<p class="kicker">Legislative gap analysis</p>
<h1>${escapeHtml(title)}</h1>
<p class="meta"><strong>Standards:</strong> ${escapeHtml(frameworks)} &nbsp;·&nbsp; <strong>Countries:</strong> ${escapeHtml(countries)} &nbsp;·&nbsp; <strong>Generated:</strong> ${escapeHtml(formatTimestamp(matrix.generatedAt))}${matrix.catalog ? ` &nbsp;·&nbsp; <strong>Standards catalog:</strong> ${escapeHtml(matrix.catalog)}` : ''}</p>
<p class="meta as-of"><strong>${escapeHtml(coverageDate(matrix))}.</strong>${lawsNotCountedText(matrix) ? ` ${escapeHtml(lawsNotCountedText(matrix))}.` : ''}</p>
${legendHtml(matrix)}
</header>
<section class="totals">
<h2>Coverage by country</h2>
${summaryHtml(matrix)}
</section>
<section class="matrix">
<h2>Heat map</h2>
${heatMapHtml(matrix)}
<p class="hint">Numbers beside a level count the clauses behind it, accepted or cited by the analyst's rating; a framed cell carries the analyst's own rating. Each cell links to its evidence below. n/a: the instrument does not bind the country (not party, not a member). “unverified”: the article number or title of the standard could not be checked against the instrument's text.${procedural(matrix)}</p>
</section>
<section class="evidence">
<h2>Evidence by standard</h2>
${evidenceHtml(matrix, options)}
</section>
<footer>Produced with Lexgap from the laws imported and the clauses accepted by the reviewers named above. Coverage levels are the analysts' assessments, not legal advice.</footer>
</body>
</html>
`;
}
