import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../matrix/build-matrix';
import { fixtureInput } from '../matrix/test-fixtures';
import { citationQuote } from '../coverage/quote-clause';
import { citesNoClause } from '../coverage/rating';
import type { Citation, MatrixCell } from '../matrix/types';
import { MATRIX_JSON_SCHEMA_VERSION, toJson } from './to-json';

describe('toJson', () => {
  const matrix = buildMatrix(fixtureInput());

  it('holds the whole matrix under a schema name and version', () => {
    const doc = JSON.parse(toJson(matrix));
    expect(doc.schema).toBe('lexgap.matrix');
    expect(doc.schemaVersion).toBe(MATRIX_JSON_SCHEMA_VERSION);
    // The matrix as built, each citation with its quote written out for tools that do not quote.
    const ocr = matrix.groups.flatMap((g) => g.rows).find((r) => r.provisionId === 'ACTIP.14')!.cells[0]
      .evidence[0];
    const quoted = (m: unknown) =>
      JSON.parse(JSON.stringify(m), (key, value) =>
        key === 'evidence'
          ? value.map((e: Citation) => ({
              ...e,
              quote: citationQuote(e).quote,
              quoteTerms: citationQuote(e).terms,
            }))
          : // A Contradicts that cites no clause says so.
            key === 'cells'
            ? value.map((c: MatrixCell) => (citesNoClause(c) ? { ...c, noClauseCited: true } : c))
            : value,
      );
    expect(doc.matrix).toEqual(quoted(matrix));
    const flagged = doc.matrix.groups.flatMap((g: { rows: { cells: object[] }[] }) =>
      g.rows.flatMap((r) => r.cells.filter((c) => 'noClauseCited' in c)),
    );
    expect(flagged.length).toBeGreaterThan(0);
    expect(quoted({ evidence: [ocr] }).evidence[0]).toMatchObject({
      quote: '… A protection order may be made for a period of ninety days.',
      quoteTerms: ['protection order'],
    });
    expect(Object.keys(doc)).toEqual(['schema', 'schemaVersion', 'matrix']);
  });

  it('gives the same bytes for the same matrix, whatever the key order', () => {
    const shuffled = JSON.parse(JSON.stringify(matrix), (_k, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    );
    expect(toJson(shuffled)).toBe(toJson(matrix));
  });
});
