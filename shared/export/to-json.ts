// The whole matrix with its evidence as JSON other tools can rely on: a schema name and version, keys
// in a fixed (sorted) order, so the same matrix always gives the same bytes.
import { citationQuote } from '../coverage/quote-clause';
import { citesNoClause } from '../coverage/rating';
import type { Matrix } from '../matrix/types';
import { withoutVersion } from '../row-version';

export const MATRIX_JSON_SCHEMA = 'lexgap.matrix';
export const MATRIX_JSON_SCHEMA_VERSION = 1;

export interface MatrixJson {
  schema: typeof MATRIX_JSON_SCHEMA;
  schemaVersion: typeof MATRIX_JSON_SCHEMA_VERSION;
  matrix: Matrix;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** The matrix with each citation's quote (the sentence or subsection that matched) written out. */
function withQuotes(matrix: Matrix) {
  // Versions are one database's own: the same matrix gives the same file from any project.
  return {
    ...matrix,
    recommendations: matrix.recommendations?.map(withoutVersion),
    groups: matrix.groups.map((g) => ({
      ...g,
      rows: g.rows.map((r) => ({
        ...r,
        cells: r.cells.map((c) => ({
          ...c,
          override: c.override && withoutVersion(c.override),
          // A Contradicts that cites no clause says so, rather than look grounded.
          ...(citesNoClause(c) ? { noClauseCited: true } : {}),
          evidence: c.evidence.map((e) => {
            const { quote, terms } = citationQuote(e);
            return { ...e, quote, quoteTerms: terms };
          }),
        })),
      })),
    })),
  };
}

export function toJson(matrix: Matrix): string {
  // The schema fields first, so a reader sees what it holds before the (long) matrix.
  const doc = {
    schema: MATRIX_JSON_SCHEMA,
    schemaVersion: MATRIX_JSON_SCHEMA_VERSION,
    matrix: sortKeys(withQuotes(matrix)),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
