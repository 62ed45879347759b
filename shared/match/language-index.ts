// What the matcher precomputes per language over the catalog's provisions: the compiled cues and
// BM25 over each provision's profile (title and summary in English, its cues in every language).
// The build computes these once for the shipped catalog and writes them as data (write-built-catalog.ts);
// a matcher given that data for its catalog loads them ready instead of stemming the catalog again.
import type { Catalog, Provision } from '../catalog/types';
import { Bm25Index, type Bm25Data } from './bm25-index';
import { CueIndex, type CueData } from './cue-index';
import { stemId, stemsByNumber, tokenize, type Token } from './tokenize';

export interface LanguageIndex {
  cues: CueIndex;
  bm25: Bm25Index;
}

/** A language's index as plain (JSON) data: stems by name, numbered by their place in `stems`. */
export interface LanguageIndexData {
  language: string;
  /** How many provisions it was built over: data for another catalog is not used. */
  provisions: number;
  stems: string[];
  cues: CueData[];
  bm25: Bm25Data;
}

function addTokens(profile: Map<number, number>, tokens: Token[], weight: number): void {
  for (const t of tokens) if (!t.stop) profile.set(t.stemId, (profile.get(t.stemId) ?? 0) + weight);
}

/** The index of `language` (a base code) over the provisions, in the matcher's provision order. */
export function buildLanguageIndex(provisions: readonly Provision[], language: string): LanguageIndex {
  const cues = new CueIndex(language);
  const profiles = provisions.map((p, i) => {
    const profile = new Map<number, number>();
    const own = p.cues[language];
    if (language === 'en') {
      addTokens(profile, tokenize(p.title, 'en'), 2);
      addTokens(profile, tokenize(p.summary, 'en'), 1);
    }
    if (own) {
      for (const c of own.phrases) cues.add(i, c, 'phrase');
      for (const c of own.keywords) cues.add(i, c, 'keyword');
      for (const c of own.negative) cues.add(i, c, 'negative');
      for (const c of [...own.phrases, ...own.keywords]) {
        const text = typeof c === 'string' ? c : c.text;
        const w = typeof c === 'string' ? 1 : Math.max(0.25, c.weight / 2);
        addTokens(profile, tokenize(text, language), w);
      }
    }
    return profile;
  });
  cues.finish(provisions.length);
  return { cues, bm25: new Bm25Index(profiles) };
}

/** The index as data; `provisions` is how many it was built over. */
export function languageIndexData(
  index: LanguageIndex,
  language: string,
  provisions: number,
): LanguageIndexData {
  const byNumber = stemsByNumber(language);
  const stems: string[] = [];
  const locals = new Map<number, number>();
  const local = (id: number) => {
    let k = locals.get(id);
    if (k === undefined) {
      locals.set(id, (k = stems.length));
      stems.push(byNumber[id]);
    }
    return k;
  };
  const cues = index.cues.toData(local);
  const bm25 = index.bm25.toData(local);
  return { language, provisions, stems, cues, bm25 };
}

/** The index the data describes, its stems numbered in this process. */
export function languageIndexFromData(data: LanguageIndexData): LanguageIndex {
  const ids = data.stems.map((s) => stemId(s, data.language));
  return {
    cues: CueIndex.fromData(data.language, data.cues, data.stems, ids),
    bm25: Bm25Index.fromData(data.bm25, ids),
  };
}

/** The data of a language's index over a catalog, as a matcher of that catalog would build it. */
export function catalogIndexData(catalog: Catalog, language: string): LanguageIndexData {
  const provisions = catalog.frameworks.flatMap((f) => f.provisions);
  return languageIndexData(buildLanguageIndex(provisions, language), language, provisions.length);
}
