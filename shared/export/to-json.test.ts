import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../matrix/build-matrix';
import { fixtureInput } from '../matrix/test-fixtures';
import { MATRIX_JSON_SCHEMA_VERSION, toJson } from './to-json';

describe('toJson', () => {
  const matrix = buildMatrix(fixtureInput());

  it('holds the whole matrix under a schema name and version', () => {
    const doc = JSON.parse(toJson(matrix));
    expect(doc.schema).toBe('lexgap.matrix');
    expect(doc.schemaVersion).toBe(MATRIX_JSON_SCHEMA_VERSION);
    expect(doc.matrix).toEqual(matrix);
    expect(Object.keys(doc)).toEqual(['schema', 'schemaVersion', 'matrix']);
  });

  it('gives the same bytes for the same matrix, whatever the key order', () => {
    const shuffled = JSON.parse(JSON.stringify(matrix), (_k, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    );
    expect(toJson(shuffled)).toBe(toJson(matrix));
  });
});
