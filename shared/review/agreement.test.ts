// Kappa and alpha against published worked examples, and the report over reviewers' decisions.
import { describe, expect, it } from 'vitest';
import type { ReviewerDecisionRow } from '../model';
import { agreementReport, cohenKappa, krippendorffAlpha } from './agreement';

describe("Cohen's kappa", () => {
  it('matches the textbook example of 50 grant proposals read by two readers (kappa 0.4)', () => {
    // Both yes 20, A yes B no 5, A no B yes 10, both no 15: po = 0.7, pe = 0.5·0.6 + 0.5·0.4 = 0.5.
    const pairs = [
      ...Array<[string, string]>(20).fill(['yes', 'yes']),
      ...Array<[string, string]>(5).fill(['yes', 'no']),
      ...Array<[string, string]>(10).fill(['no', 'yes']),
      ...Array<[string, string]>(15).fill(['no', 'no']),
    ];
    const k = cohenKappa(pairs);
    expect(k.kappa).toBeCloseTo(0.4, 6);
    expect(k.observed).toBeCloseTo(0.7, 6);
    expect(k.n).toBe(50);
  });

  it('is undefined where two coders used one and the same value throughout, and over no units', () => {
    expect(
      cohenKappa([
        ['a', 'a'],
        ['a', 'a'],
      ]).kappa,
    ).toBeNull();
    expect(cohenKappa([])).toEqual({ kappa: null, observed: null, n: 0 });
  });
});

describe("Krippendorff's alpha", () => {
  it("matches Krippendorff's worked example: 4 observers, 12 units, missing values, nominal alpha 0.743", () => {
    // Computing Krippendorff's Alpha-Reliability (2011), section C: values 1..5, '.' = not coded.
    const table = [
      '1 2 3 3 2 1 4 1 2 . . .',
      '1 2 3 3 2 2 4 1 2 5 . 3',
      '. 3 3 3 2 3 4 2 2 5 1 .',
      '1 2 3 3 2 4 4 1 2 5 1 .',
    ].map((row) => row.split(' ').map((v) => (v === '.' ? null : v)));
    const units = table[0].map((_, u) => table.map((coder) => coder[u]));
    const a = krippendorffAlpha(units);
    // n = 40 pairable values (n_1..n_5 = 9, 13, 10, 5, 3); unit 12 has one value and does not count.
    expect([a.n, a.units]).toEqual([40, 11]);
    expect(a.alpha).toBeCloseTo(113 / 152, 6);
    expect(Number(a.alpha?.toFixed(3))).toBe(0.743);
  });

  it('is 1 for perfect agreement and null where no unit has two values', () => {
    expect(
      krippendorffAlpha([
        ['a', 'a'],
        ['b', 'b'],
      ]).alpha,
    ).toBe(1);
    expect(
      krippendorffAlpha([
        ['a', null],
        [null, 'b'],
      ]),
    ).toEqual({ alpha: null, units: 0, n: 0 });
  });
});

describe('agreementReport', () => {
  const row = (
    suggestionId: string,
    reviewer: string,
    status: 'accepted' | 'rejected',
    provisionId: string,
    documentId: string,
    coverage: 'full' | 'partial' | null = status === 'accepted' ? 'full' : null,
  ): ReviewerDecisionRow => ({
    suggestionId,
    reviewer,
    status,
    coverage,
    note: null,
    at: '2026-12-01T00:00:00.000Z',
    recordedAt: '2026-12-01T00:00:00.000Z',
    clauseId: `${documentId}:c`,
    documentId,
    provisionId,
    country: 'PK',
  });

  it('gives figures over all, per instrument and per law, counting only units both decided', () => {
    const rows = [
      row('s1', 'Lead', 'accepted', 'CRC.19', 'd1'),
      row('s1', 'Ministry', 'accepted', 'CRC.19', 'd1'),
      row('s2', 'Lead', 'rejected', 'CRC.3', 'd1'),
      row('s2', 'Ministry', 'accepted', 'CRC.3', 'd1', 'partial'),
      row('s3', 'Lead', 'accepted', 'C182.3', 'd2'),
      // Decided by one reviewer only: no pair, no agreement.
      row('s4', 'Lead', 'rejected', 'C182.3', 'd2'),
    ];
    const report = agreementReport(
      rows,
      new Map([
        ['d1', 'Alpha Act'],
        ['d2', 'Beta Act'],
      ]),
    );
    // C182 and the Beta Act: only one reviewer decided there, so they give no figure.
    expect(report.map((f) => [f.scope, f.label, f.pairs[0]?.n ?? 0, f.alpha.units])).toEqual([
      ['all', 'All decisions', 2, 2],
      ['instrument', 'CRC', 2, 2],
      ['law', 'Alpha Act', 2, 2],
    ]);
    const all = report[0];
    expect(all.pairs[0].reviewers).toEqual(['Lead', 'Ministry']);
    expect(all.pairs[0].observed).toBe(0.5);
    expect(agreementReport([rows[5]], new Map())[0].pairs).toEqual([]);
  });
});
