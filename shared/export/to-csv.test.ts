import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../matrix/build-matrix';
import { fixtureInput } from '../matrix/test-fixtures';
import { EVIDENCE_CSV_COLUMNS, MATRIX_CSV_FIXED_COLUMNS, toCsv } from './to-csv';

const matrix = buildMatrix(fixtureInput());
const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('toCsv', () => {
  const { matrixCsv, evidenceCsv } = toCsv(matrix);

  it('the wide matrix parses back to the same cells', () => {
    const parsed = parse(matrixCsv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...MATRIX_CSV_FIXED_COLUMNS, 'MY', 'PK', 'VN']);
    const expected = matrix.groups.flatMap((g) =>
      g.rows.map((r) => ({
        framework: r.frameworkId,
        group: g.title,
        provision_id: r.provisionId,
        number: r.number,
        title: r.title,
        verified: r.verified ? 'yes' : 'no',
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
    expect(s31).toMatchObject({
      page_cited: 'PDF p. 30',
      printed_page: '',
      ocr_confidence: '',
      reviewer: 'Aisha',
    });
  });

  it('marks unverified standards, OCR evidence and printed pages, and what a gap rating searched', () => {
    const wide = parse(matrixCsv).data;
    expect(wide.find((r) => r.provision_id === 'ACTIP.16')!.verified).toBe('no');
    expect(wide.find((r) => r.provision_id === 'CRC.19')!.verified).toBe('yes');
    expect(wide.find((r) => r.provision_id === 'ACTIP.14')!.PK).toBe('not_applicable');
    const rows = parse(evidenceCsv).data;
    expect(rows.find((r) => r.provision_id === 'ACTIP.14')).toMatchObject({
      provision_verified: 'yes',
      page: '40',
      printed_page: '38',
      page_cited: 'p. 38',
      ocr_confidence: '81',
      quote: '… A protection order may be made for a period of ninety days.',
    });
    expect(rows.find((r) => r.provision_id === 'CRC.34')).toMatchObject({
      level: 'gap',
      laws_searched: 'Child Bill 1999',
      pending_candidates: 'Child Bill 1999, s. 43 (0.71)',
      override_reviewer: 'Aisha',
    });
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
