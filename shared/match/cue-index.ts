// Phrase and keyword cues of one language compiled to stem sequences, found in a clause in one
// pass over its words (an index from each cue's first stem), never cue by cue over the text.
import type { Cue } from '../catalog/types';
import type { MatchedTerm } from '../model';
import { foldSpellings, originalSpan } from '../language/fold-spellings';
import { languageProfile } from '../language/registry';
import { tokenize, type Token, type Words } from './tokenize';

export type CueKind = 'phrase' | 'keyword' | 'negative';

export interface CueEntry {
  /** Index of the provision in the matcher's provision list. */
  provision: number;
  weight: number;
}

export interface CompiledCue {
  key: string;
  kind: CueKind;
  text: string;
  /** Content stems in order (stopwords skipped unless the cue has nothing else). */
  stems: string[];
  /** The same as numbers (see `stemId`). */
  stemIds: Int32Array;
  entries: CueEntry[];
  /** Rarer cues count for more: a cue shared by many provisions says little about each. */
  specificity: number;
  /** Matched word for word, stopwords included. */
  wordForWord: boolean;
  /** Its evidence term as context (outside the clause text), made once (see build-matcher.ts). */
  contextTerm?: MatchedTerm;
  /** Its hit in the text being searched, when `searched` is that search's number. */
  hit?: CueHit;
  searched: number;
}

/** A compiled cue as plain data (see `CueIndex.toData`). */
export interface CueData {
  key: string;
  kind: CueKind;
  text: string;
  /** Its stems as the caller numbers them; none in a script written without spaces, see `needle`. */
  stems: number[];
  /** The characters an unspaced script's cue is found by. */
  needle?: string;
  wordForWord: boolean;
  /** Provision, weight, provision, weight… */
  entries: number[];
  specificity: number;
}

export interface CueHit {
  cue: CompiledCue;
  /** Offsets of each occurrence in the text. */
  spans: [number, number][];
  /** Evidence terms of its first spans, made once for all the results it supports (see build-matcher.ts). */
  terms?: MatchedTerm[];
}

const DEFAULT_WEIGHT: Record<CueKind, number> = { phrase: 2, keyword: 1, negative: 1.5 };
/** Stopwords allowed between two content words of a phrase ("protection of the child"). */
const MAX_GAP = 3;

export function cueText(cue: Cue): string {
  return typeof cue === 'string' ? cue : cue.text;
}

export function cueWeight(cue: Cue, kind: CueKind): number {
  return typeof cue === 'string' ? DEFAULT_WEIGHT[kind] : cue.weight;
}

/** The words a phrase is matched on. */
function contentTokens(tokens: Token[]): Token[] {
  const content = tokens.filter((t) => !t.stop);
  return content.length ? content : tokens;
}

export class CueIndex {
  /** Cues by the number of their first stem. */
  private readonly byFirst: (CompiledCue[] | undefined)[] = [];
  /** Cues matched word for word, stopwords included. */
  private readonly byFirstFull: (CompiledCue[] | undefined)[] = [];
  private hasFull = false;
  private contentAt = new Int32Array(1024);
  private contentStem = new Int32Array(1024);
  private readonly cues = new Map<string, CompiledCue>();
  private readonly unspaced: boolean;
  /** Numbers each search, so a cue's hit from an earlier one is known for stale without clearing it. */
  private searches = 0;

  constructor(readonly language: string) {
    // Scripts written without spaces: dictionary word breaks differ between a cue and a clause
    // ("มีอายุ" vs "อายุ"), so their cues are found as character sequences instead.
    this.unspaced = languageProfile(language)?.spacing === 'unspaced';
  }

  add(provision: number, cue: Cue, kind: CueKind): void {
    const text = cueText(cue).trim();
    if (!text) return;
    const tokens = this.unspaced ? [] : tokenize(text, this.language);
    // A phrase with at most one content word ("shall be punishable with", "no") is only meaningful
    // word for word; matched on its content word alone it would be a keyword at phrase weight.
    const full = !this.unspaced && tokens.length > 1 && tokens.filter((t) => !t.stop).length <= 1;
    const matchedOn = full ? tokens : contentTokens(tokens);
    const stems = this.unspaced
      ? [foldSpellings(text.toLowerCase()).text.replace(/\s+/g, '')]
      : matchedOn.map((t) => t.stem);
    if (!stems.length || !stems[0]) return;
    const key = `${kind === 'negative' ? 'n' : 'p'}${full ? 'f' : ''}:${stems.join(' ')}`;
    let compiled = this.cues.get(key);
    if (!compiled) {
      compiled = {
        key,
        kind: stems.length > 1 && kind === 'keyword' ? 'phrase' : kind,
        text,
        stems,
        stemIds: Int32Array.from(matchedOn, (t) => t.stemId),
        entries: [],
        specificity: 1,
        wordForWord: !this.unspaced && (full || tokens.every((t) => t.stop)),
        contextTerm: undefined,
        hit: undefined,
        searched: 0,
      };
      this.place(compiled);
    }
    const weight = cueWeight(cue, kind);
    const existing = compiled.entries.find((e) => e.provision === provision);
    if (existing) existing.weight = Math.max(existing.weight, weight);
    else compiled.entries.push({ provision, weight });
  }

  private place(cue: CompiledCue): void {
    this.cues.set(cue.key, cue);
    if (this.unspaced) return;
    const lists = cue.wordForWord ? this.byFirstFull : this.byFirst;
    (lists[cue.stemIds[0]] ??= []).push(cue);
    if (cue.wordForWord) this.hasFull = true;
  }

  /** The compiled cues as data, in the order they were compiled, each stem number given as `local(stem)`. */
  toData(local: (stemId: number) => number): CueData[] {
    return [...this.cues.values()].map((cue) => ({
      key: cue.key,
      kind: cue.kind,
      text: cue.text,
      stems: Array.from(cue.stemIds, local),
      ...(this.unspaced ? { needle: cue.stems[0] } : {}),
      wordForWord: cue.wordForWord,
      entries: cue.entries.flatMap((e) => [e.provision, e.weight]),
      specificity: cue.specificity,
    }));
  }

  /** The index `toData` gave, finished, with `stems[s]` and `stemIds[s]` the caller's stem s and its number here. */
  static fromData(
    language: string,
    cues: readonly CueData[],
    stems: readonly string[],
    stemIds: readonly number[],
  ): CueIndex {
    const index = new CueIndex(language);
    for (const cue of cues) {
      const entries: CueEntry[] = [];
      for (let k = 0; k < cue.entries.length; k += 2)
        entries.push({ provision: cue.entries[k], weight: cue.entries[k + 1] });
      index.place({
        key: cue.key,
        kind: cue.kind,
        text: cue.text,
        stems: cue.needle === undefined ? cue.stems.map((s) => stems[s]) : [cue.needle],
        stemIds: Int32Array.from(cue.stems, (s) => stemIds[s]),
        entries,
        specificity: cue.specificity,
        wordForWord: cue.wordForWord,
        contextTerm: undefined,
        hit: undefined,
        searched: 0,
      });
    }
    return index;
  }

  /** Call once all cues are in: sets each cue's specificity from how many provisions share it. */
  finish(provisionCount: number): void {
    const scale = Math.log(Math.max(2, provisionCount));
    for (const cue of this.cues.values()) {
      const spread = Math.log(Math.max(1, provisionCount / cue.entries.length)) / scale;
      cue.specificity = Math.min(1, Math.max(0.25, 0.35 + spread));
    }
  }

  /** Every cue found in the text (its words), with the spans where it occurs. */
  find(words: Words, text?: string): CueHit[] {
    if (this.unspaced && text !== undefined) return this.findUnspaced(text);
    const { infos, starts } = words;
    // Positions and stems of the content words, in arrays kept from call to call.
    if (this.contentAt.length < infos.length) {
      this.contentAt = new Int32Array(infos.length * 2);
      this.contentStem = new Int32Array(infos.length * 2);
    }
    const { contentAt, contentStem } = this;
    let count = 0;
    for (let i = 0; i < infos.length; i++) {
      if (infos[i].stop) continue;
      contentAt[count] = i;
      contentStem[count++] = infos[i].stemId;
    }
    // Hits in the order their cues are first found.
    const hits: CueHit[] = [];
    const search = ++this.searches;
    const record = (cue: CompiledCue, first: number, last: number) => {
      let hit = cue.hit;
      if (cue.searched !== search || !hit) {
        hit = { cue, spans: [], terms: undefined };
        cue.hit = hit;
        cue.searched = search;
        hits.push(hit);
      }
      hit.spans.push([starts[first], starts[last] + infos[last].length]);
    };
    for (let c = 0; c < count; c++) {
      const candidates = this.byFirst[contentStem[c]];
      if (!candidates) continue;
      for (const cue of candidates) {
        const { stemIds } = cue;
        let j = 1;
        for (; j < stemIds.length; j++) {
          const k = c + j;
          if (k >= count || contentStem[k] !== stemIds[j] || contentAt[k] - contentAt[k - 1] > MAX_GAP) break;
        }
        if (j === stemIds.length) record(cue, contentAt[c], contentAt[c + j - 1]);
      }
    }
    if (this.hasFull) {
      for (let i = 0; i < infos.length; i++) {
        const candidates = this.byFirstFull[infos[i].stemId];
        if (!candidates) continue;
        for (const cue of candidates) {
          let j = 1;
          while (j < cue.stemIds.length && i + j < infos.length && infos[i + j].stemId === cue.stemIds[j])
            j++;
          if (j === cue.stemIds.length) record(cue, i, i + j - 1);
        }
      }
    }
    return hits;
  }

  private findUnspaced(text: string): CueHit[] {
    // The text with its spellings folded as the cues' are (fold-spellings.ts), without spaces, and
    // where each of its characters sits in the folded text, then in the original.
    const fold = foldSpellings(text.toLowerCase());
    const folded = fold.text;
    const at: number[] = [];
    let joined = '';
    for (let i = 0; i < folded.length; i++) {
      if (!/\s/.test(folded[i])) {
        joined += folded[i];
        at.push(i);
      }
    }
    const hits: CueHit[] = [];
    for (const cue of this.cues.values()) {
      const needle = cue.stems[0];
      const spans: [number, number][] = [];
      for (let k = joined.indexOf(needle); k >= 0; k = joined.indexOf(needle, k + needle.length)) {
        spans.push(originalSpan(fold, at[k], at[k + needle.length - 1] + 1));
      }
      if (spans.length) hits.push({ cue, spans, terms: undefined });
    }
    return hits;
  }
}
