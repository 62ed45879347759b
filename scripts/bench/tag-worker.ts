// Child process of the tagging benchmark, bundled to one .mjs and run with plain node so its time
// includes a real process start: loads the catalog and the saved clauses, matches them all, and
// prints one JSON line. `--warm` also times a second, warm pass; `--naive` instead scores provision
// by provision over every clause with TF-IDF cosine (the reference); `--floor` stops before
// matching (what the process costs with no matching at all).
import fs from 'node:fs';
import path from 'node:path';
import { useMalayStemmer } from '../../electron/services/malay-stemmer';
import { PLAIN_KEPT } from '../../electron/services/tag-documents';
import type { Catalog, Framework } from '../../shared/catalog/types';
import { buildMatcher, type ClauseInput } from '../../shared/match/build-matcher';
import { tokenize } from '../../shared/match/tokenize';

function loadCatalog(dir: string): Catalog {
  const frameworks = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Framework)
    .filter((f) => Array.isArray(f.provisions));
  return { frameworks, ratifications: [], states: [] };
}

function vector(text: string, idf: Map<string, number>): Map<string, number> {
  const v = new Map<string, number>();
  for (const t of tokenize(text, 'en')) if (!t.stop) v.set(t.stem, (v.get(t.stem) ?? 0) + 1);
  let norm = 0;
  for (const [s, c] of v) {
    const w = (1 + Math.log(c)) * (idf.get(s) ?? 1);
    v.set(s, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [s, w] of v) v.set(s, w / norm);
  return v;
}

// The naive way: every provision is a query run over every clause, re-reading each clause.
function naive(catalog: Catalog, clauses: ClauseInput[]): number {
  const provisions = catalog.frameworks.flatMap((f) => f.provisions);
  const profiles = provisions.map((p) =>
    [
      p.title,
      p.summary,
      ...Object.values(p.cues).flatMap((c) =>
        [...c.phrases, ...c.keywords].map((x) => (typeof x === 'string' ? x : x.text)),
      ),
    ].join(' '),
  );
  const df = new Map<string, number>();
  for (const c of clauses)
    for (const s of new Set(tokenize(c.text, 'en').map((t) => t.stem))) df.set(s, (df.get(s) ?? 0) + 1);
  const idf = new Map([...df].map(([s, f]) => [s, Math.log(clauses.length / f)]));
  let kept = 0;
  for (const profile of profiles) {
    const q = vector(profile, idf);
    for (const c of clauses) {
      const d = vector(`${c.heading} ${c.text}`, idf);
      let dot = 0;
      for (const [s, w] of q) dot += w * (d.get(s) ?? 0);
      if (dot > 0.1) kept++;
    }
  }
  return kept;
}

const [clausesFile, catalogDir, mode] = process.argv.slice(2);
const started = performance.now();
useMalayStemmer();
const catalog = loadCatalog(catalogDir);
const clauses = JSON.parse(fs.readFileSync(clausesFile, 'utf8')) as ClauseInput[];
const loaded = performance.now();
let suggestions = 0;
if (mode === '--naive') suggestions = naive(catalog, clauses);
else if (mode !== '--floor') {
  const matcher = buildMatcher(catalog);
  for (const results of matcher.matchClauses(clauses, PLAIN_KEPT)) suggestions += results.length;
  // `--warm`, a separate run: a second pass with a new matcher whose indexes are built (on one
  // clause) and word stems cached, the cost of matching alone. The default run stops after the
  // first pass so its wall time is a process that only loads and tags.
  if (mode === '--warm') {
    const again = buildMatcher(catalog);
    again.matchClauses(clauses.slice(0, 1));
    const t0 = performance.now();
    again.matchClauses(clauses, PLAIN_KEPT);
    const warmMs = performance.now() - t0;
    process.stdout.write(`${JSON.stringify({ clauses: clauses.length, suggestions, warmMs })}\n`);
    process.exit(0);
  }
}
const done = performance.now();
// performance.now() counts from the process's start: `sinceStartMs` includes node's own start-up.
process.stdout.write(
  `${JSON.stringify({ clauses: clauses.length, suggestions, loadMs: loaded - started, matchMs: done - loaded, sinceStartMs: done })}\n`,
);
