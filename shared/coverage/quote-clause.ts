// The words of a clause an export quotes: the sentence, subsection or definition that matched, not the
// top of a long clause. A reader of a ministry report must find the cited words in the quote.
import { definitionUnits } from '../match/definition-units';
import type { MatchedTerm } from '../model';
import { escapeRegExp } from '../escape-regexp';

export interface ClauseQuote {
  /** Whitespace-normalised, with "…" where the clause text is cut. */
  quote: string;
  /** The clause's own words at each matched span inside the quote, in order, without repeats. */
  terms: string[];
}

const ELLIPSIS = '…';
// Unit boundaries, found by scanning for "(" and "." rather than by regular expressions: a matrix
// quotes tens of thousands of clauses. A numbered subsection starts at "(1)", "(2A)" opening a line;
// a sentence ends at "." after a word of three or more characters (not "s." or "No.") and before a
// capital or "(". Lists joined by ";" stay with the words that introduce them.
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => (c >= 65 && c <= 90) || c === 40; // A-Z or "("
const isWordEnd = (c: number) =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  c === 95 ||
  c === 41 ||
  c === 93 ||
  c === 34 ||
  c === 0x201d ||
  c === 0x2019 ||
  c > 0xbf;
const isOpenQuote = (c: number) => c === 34 || c === 39 || c === 0x201c || c === 0x2018;

function subsectionAt(text: string, i: number): boolean {
  let j = i + 1;
  if (!isDigit(text.charCodeAt(j))) return false;
  while (isDigit(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  if (c >= 65 && c <= 90) j++;
  if (text.charCodeAt(j) !== 41 || !isSpace(text.charCodeAt(j + 1))) return false;
  for (let k = i - 1; k >= 0; k--) {
    const b = text.charCodeAt(k);
    if (b === 10) return true;
    if (b !== 32 && b !== 9) return false;
  }
  return true;
}

function sentenceEndAt(text: string, i: number): boolean {
  if (
    i < 3 ||
    !isWordEnd(text.charCodeAt(i - 1)) ||
    !isWordEnd(text.charCodeAt(i - 2)) ||
    !isWordEnd(text.charCodeAt(i - 3))
  )
    return false;
  let j = i + 1;
  if (!isSpace(text.charCodeAt(j))) return false;
  while (isSpace(text.charCodeAt(j))) j++;
  if (isOpenQuote(text.charCodeAt(j))) j++;
  return isUpper(text.charCodeAt(j));
}

function unitStarts(text: string): number[] {
  const definitions = definitionUnits(text);
  if (definitions.length) return [0, ...definitions];
  const starts = [0];
  for (let i = text.indexOf('('); i !== -1; i = text.indexOf('(', i + 1))
    if (i > 0 && subsectionAt(text, i)) starts.push(i);
  for (let i = text.indexOf('.'); i !== -1; i = text.indexOf('.', i + 1))
    if (sentenceEndAt(text, i)) starts.push(i + 1);
  return starts.length > 1 ? starts.sort((a, b) => a - b) : starts;
}

const usable = (text: string) => (m: MatchedTerm) => m.start >= 0 && m.end > m.start && m.end <= text.length;

// A phrase says more than a single keyword; a weakening cue is evidence too and is quoted.
const weight = (m: MatchedTerm) => (m.kind === 'phrase' ? 2 : 1);

/** Cut [from, to) to at most max characters around the spans, at word boundaries. */
function window(text: string, from: number, to: number, spans: MatchedTerm[], max: number): [number, number] {
  if (to - from <= max) return [from, to];
  const first = spans.length ? Math.min(...spans.map((s) => s.start)) : from;
  const last = spans.length ? Math.max(...spans.map((s) => s.end)) : from;
  // Some words before the first match, the rest after it.
  let start = Math.max(from, Math.min(first - Math.floor(max / 4), to - max));
  let end = Math.min(to, start + max);
  if (last > end) end = Math.min(to, last);
  if (start > from) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first) start = space + 1;
  }
  if (end < to) {
    const space = text.lastIndexOf(' ', end);
    if (space > Math.max(start, last)) end = space;
  }
  return [start, end];
}

/** The unit of the clause holding most of what matched (its opening words when nothing did). */
export function quoteClause(text: string, matched: readonly MatchedTerm[], max = 600): ClauseQuote {
  const spans = matched.filter(usable(text));
  const starts = unitStarts(text);
  let best = 0;
  let bestScore = 0;
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i];
    const to = starts[i + 1] ?? text.length;
    let score = 0;
    for (const s of spans) if (s.start >= from && s.start < to) score += weight(s);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  // The clause's own introduction ("(1) In this Act, unless the context otherwise requires—") is
  // skipped when a definition or sentence after it matched.
  // Nothing located (a suggestion made from cross-references alone): the clause's opening words.
  let from = bestScore ? starts[best] : 0;
  let to = bestScore ? (starts[best + 1] ?? text.length) : text.length;
  const inside = spans.filter((s) => s.start >= from && s.start < to);
  [from, to] = window(text, from, to, inside, max);
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  const body = text.slice(from, to).replace(/\s+/g, ' ');
  const quote = `${from > 0 ? `${ELLIPSIS} ` : ''}${body}${to < text.trimEnd().length ? ` ${ELLIPSIS}` : ''}`;
  const terms: string[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < from || s.end > to) continue;
    const words = text.slice(s.start, s.end).replace(/\s+/g, ' ');
    if (!terms.includes(words)) terms.push(words);
  }
  return { quote, terms };
}

/** The quote cut into plain and matched pieces, for marking the matched words wherever it is shown. */
export function quotePieces(quote: string, terms: readonly string[]): { text: string; matched: boolean }[] {
  const wanted = terms.filter((t) => t.trim()).sort((a, b) => b.length - a.length);
  if (!wanted.length) return [{ text: quote, matched: false }];
  const pattern = new RegExp(wanted.map(escapeRegExp).join('|'), 'g');
  const pieces: { text: string; matched: boolean }[] = [];
  let last = 0;
  for (const m of quote.matchAll(pattern)) {
    if (m.index > last) pieces.push({ text: quote.slice(last, m.index), matched: false });
    pieces.push({ text: m[0], matched: true });
    last = m.index + m[0].length;
  }
  if (last < quote.length) pieces.push({ text: quote.slice(last), matched: false });
  return pieces;
}

// Exports show a citation's quote in several places (HTML, evidence rows): worked out once each.
const quotes = new WeakMap<object, ClauseQuote>();

/** The quote of a cited clause: the sentence or subsection its matched words fall in. */
export function citationQuote(citation: {
  clauseText: string;
  matched: readonly MatchedTerm[];
}): ClauseQuote {
  let known = quotes.get(citation);
  if (!known) quotes.set(citation, (known = quoteClause(citation.clauseText, citation.matched)));
  return known;
}
