import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../matrix/build-matrix';
import { fixtureInput } from '../matrix/test-fixtures';
import { EVIDENCE_CSV_COLUMNS, toCsv } from './to-csv';

const matrix = buildMatrix(fixtureInput());
const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('toCsv', () => {
  const { matrixCsv, evidenceCsv } = toCsv(matrix);

  it('the wide matrix parses back to the same cells', () => {
    const parsed = parse(matrixCsv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'framework',
      'group',
      'provision_id',
      'number',
      'title',
      'MY',
      'PK',
      'VN',
    ]);
    const expected = matrix.groups.flatMap((g) =>
      g.rows.map((r) => ({
        framework: r.frameworkId,
        group: g.title,
        provision_id: r.provisionId,
        number: r.number,
        title: r.title,
        ...Object.fromEntries(r.cells.map((c) => [c.country, c.level])),
      })),
    );
    expect(parsed.data).toEqual(expected);
  });

  it('the evidence table has one row per citation and one per rating without a clause', () => {
    const parsed = parse(evidenceCsv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...EVIDENCE_CSV_COLUMNS]);
    const citations = matrix.groups.flatMap((g) => g.rows.flatMap((r) => r.cells.flatMap((c) => c.evidence)));
    const ratingsOnly = parsed.data.filter((r) => r.citation === '');
    expect(parsed.data.length - ratingsOnly.length).toBe(citations.length);
    expect(ratingsOnly.map((r) => `${r.country}/${r.provision_id}/${r.level}`).sort()).toEqual([
      'MY/CRC.34/gap',
      'PK/CHK.MARRIAGE_AGE/contradicts',
    ]);
    const s31 = parsed.data.find((r) => r.citation === 'Child Bill 1999, s. 31')!;
    expect(s31).toMatchObject({
      country: 'MY',
      provision_id: 'CRC.19',
      page: '30',
      coverage: 'full',
      level: 'full',
    });
    expect(s31.clause_text).toMatch(/^Any person who, being a person having the care of a child/);
  });

  it('a formula in a note or clause text arrives as text starting with an apostrophe', () => {
    const row = parse(evidenceCsv).data.find((r) => r.provision_id === 'CRC.3')!;
    expect(row.note).toBe(`'=HYPERLINK("http://x","y")`);
    expect(row.clause_text).toBe("'@SUM(1+1) the best interests of the child");
    expect(evidenceCsv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('keeps hostile markup as plain text (CSV is not HTML)', () => {
    const row = parse(evidenceCsv).data.find((r) => r.country === 'PK' && r.provision_id === 'CRC.19')!;
    expect(row.note).toBe('<script>alert(1)</script><img src=x onerror="window.__pwned=1">');
  });
});
