import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../tests/helpers/paths';
import { buildMatcher } from '../../shared/match/build-matcher';
import { loadCatalog } from '../services/load-catalog';
import { readEvidence, storedEvidence } from './stored-evidence';

describe('stored evidence', () => {
  it("stores the matcher's evidence for real clauses in under half the bytes and reads it back the same", () => {
    const matcher = buildMatcher(loadCatalog(path.join(repoRoot, 'resources/standards')));
    // Child Bill 1999, sections 2 (in part) and 62, as read from the PDF.
    const clauses = [
      {
        number: '2',
        heading: 'Interpretation',
        text: '"child" means a person under the age of eighteen years, and in relation to criminal proceedings, means a person who has attained the age of criminal responsibility;',
      },
      {
        number: '62',
        heading: 'Child under ten years of age not to be sent to probation hostel',
        text: 'A Court For Children shall not make an order requiring a child under the age of ten years to be sent to a probation hostel.',
      },
    ];
    const results = clauses.flatMap((c) =>
      matcher.matchClause(
        { ...c, path: ['Part I'], documentTitle: 'Child Bill 1999', language: 'en' },
        { limit: 20 },
      ),
    );
    expect(results.length).toBeGreaterThan(10);
    let [compact, plain] = [0, 0];
    for (const r of results) {
      const stored = storedEvidence(r.matched);
      expect(JSON.stringify(readEvidence(stored))).toBe(JSON.stringify(r.matched));
      compact += stored.length;
      plain += JSON.stringify(r.matched).length;
    }
    expect(compact).toBeLessThan(plain / 2);
  });

  it('stores each term as its kind letter, its term and its span, and reads it back', () => {
    const matched = [
      { term: 'child', kind: 'context', start: -1, end: -1 },
      { term: 'child', kind: 'keyword', start: 33, end: 38 },
      { term: 'CHK.CHILD_DEFINITION', kind: 'context', start: -1, end: -1 },
    ] as const;
    const stored = storedEvidence([...matched]);
    expect(stored).toBe('cchild|kchild@33,38|cCHK.CHILD_DEFINITION');
    expect(readEvidence(stored)).toEqual(matched);
    // A term of quotes, commas and other scripts, and a span with one end unset, come back as given.
    const odd = [
      { term: 'anak "kecil", 子', kind: 'learned', start: -1, end: -1 },
      { term: 'x', kind: 'negative', start: -1, end: 5 },
    ] as const;
    expect(JSON.stringify(readEvidence(storedEvidence([...odd])))).toBe(JSON.stringify(odd));
    expect(storedEvidence([])).toBe('[]');
  });

  it('reads evidence stored in the earlier forms as it was', () => {
    const objects =
      '[{"term":"child","kind":"context","start":-1,"end":-1},{"term":"age","kind":"keyword","start":3,"end":6}]';
    expect(JSON.stringify(readEvidence(objects))).toBe(objects);
    expect(JSON.stringify(readEvidence('[["child","c"],["age","k",3,6]]'))).toBe(objects);
    expect(readEvidence('[]')).toEqual([]);
    expect(readEvidence('')).toEqual([]);
    expect(readEvidence(null)).toEqual([]);
  });

  it('keeps as plain JSON what the text form could not give back exactly', () => {
    const odd = [
      [{ term: 'a', kind: 'keyword', start: 0.5, end: 2 }],
      [{ term: 'a', kind: 'keyword', start: 0, end: 2, extra: 1 }],
      [{ kind: 'keyword', term: 'a', start: 0, end: 2 }],
      [{ term: 'a', kind: 'guess', start: 0, end: 2 }],
      [{ term: 'a|b', kind: 'keyword', start: 0, end: 3 }],
      [{ term: 'a@b', kind: 'keyword', start: 0, end: 3 }],
    ] as unknown as Parameters<typeof storedEvidence>[0][];
    for (const matched of odd) {
      expect(storedEvidence(matched)).toBe(JSON.stringify(matched));
      expect(readEvidence(storedEvidence(matched))).toEqual(matched);
    }
  });
});
