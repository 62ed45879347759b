import { describe, expect, it } from 'vitest';
import { compareBaselines } from './compare-baselines';
import type { Baseline, BaselineCell, BaselineLaw } from './types';

const law = (id: string, title: string, status: BaselineLaw['status'] = 'in_force'): BaselineLaw => ({
  id,
  title,
  year: 2018,
  status,
});
const cell = (
  provisionId: string,
  level: BaselineCell['level'],
  ...ev: [string, string][]
): BaselineCell => ({
  country: 'PK',
  provisionId,
  level,
  evidence: ev.map(([suggestionId, documentId]) => ({
    suggestionId,
    documentId,
    citation: `${documentId}, s. 1`,
    coverage: 'full',
  })),
  rating: null,
});
const baseline = (laws: BaselineLaw[], cells: BaselineCell[]): Baseline => ({
  id: 'n1',
  name: 'Baseline 2026',
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'Analyst',
  catalog: null,
  laws,
  cells,
});

describe('comparing baselines', () => {
  it('names the cause of each changed cell and leaves unchanged cells out', () => {
    const before = baseline(
      [law('d1', 'Child Act'), law('d2', 'Old Act')],
      [
        cell('CRC.1', 'full', ['s1', 'd1']),
        cell('CRC.2', 'full', ['s2', 'd2']),
        cell('CRC.3', 'full', ['s3', 'd1']),
      ],
    );
    const after = baseline(
      [
        law('d1', 'Child Act', 'amended'),
        { ...law('d3', 'Child (Amendment) Act'), amends: ['d1'] },
        law('d4', 'Another Act'),
      ],
      [
        cell('CRC.1', 'full', ['s1', 'd1']),
        cell('CRC.3', 'not_reviewed'),
        cell('CRC.4', 'partial', ['s4', 'd3']),
        cell('CRC.5', 'full', ['s5', 'd4']),
        cell('CHK.MARRIAGE_AGE', 'contradicts'),
      ],
    );
    const { changes } = compareBaselines(before, { ...after, id: null });
    expect(changes.map((c) => [c.provisionId, c.causes, c.before, c.after])).toEqual([
      ['CHK.MARRIAGE_AGE', ['review_decision'], 'not_reviewed', 'contradicts'],
      ['CRC.2', ['law_deleted'], 'full', 'not_reviewed'],
      // Its law was amended since, but nothing says the amendment took the clause away: a decision did.
      ['CRC.3', ['review_decision'], 'full', 'not_reviewed'],
      ['CRC.4', ['amendment'], 'not_reviewed', 'partial'],
      ['CRC.5', ['new_law'], 'not_reviewed', 'full'],
    ]);
    expect(changes[0].details).toEqual(['check decided: not reviewed → contradicts']);
    expect(changes[1].details).toEqual(['d2, s. 1 no longer cited: its law was deleted']);
    expect(changes[2].details).toEqual(['d1, s. 1 no longer accepted']);
    expect(changes[3].details).toEqual(['d3, s. 1 cited from an act confirmed to amend Child Act (full)']);
  });

  it('calls a law an amending act only once its link is confirmed, not from the words of its title', () => {
    const before = baseline([law('m2', 'Akta Kanak-Kanak 2001')], []);
    const after = baseline(
      [law('m1', 'Akta Kanak-Kanak (Pindaan) 2016'), law('m2', 'Akta Kanak-Kanak 2001')],
      [cell('CRC.19', 'full', ['s1', 'm1'])],
    );
    const unlinked = compareBaselines(before, { ...after, id: null }).changes;
    expect(unlinked.map((c) => [c.provisionId, c.causes, c.details])).toEqual([
      ['CRC.19', ['new_law'], ['m1, s. 1 cited from a law new since (full)']],
    ]);
    after.laws[0].amends = ['m2'];
    const linked = compareBaselines(before, { ...after, id: null }).changes;
    expect(linked.map((c) => [c.provisionId, c.causes, c.details])).toEqual([
      [
        'CRC.19',
        ['amendment'],
        ['m1, s. 1 cited from an act confirmed to amend Akta Kanak-Kanak 2001 (full)'],
      ],
    ]);
  });

  it('names a new version of the law where its version moved, and a plain decision where it did not', () => {
    const v1 = { ...law('d1', 'Child Act'), version: 1 };
    const before = baseline([v1], [cell('CRC.1', 'full', ['s1', 'd1']), cell('CRC.2', 'full', ['s2', 'd1'])]);
    const after = baseline([{ ...v1, version: 2 }], [cell('CRC.2', 'full', ['s2', 'd1'])]);
    expect(compareBaselines(before, { ...after, id: null }).changes[0]).toMatchObject({
      provisionId: 'CRC.1',
      causes: ['new_version'],
      details: ['d1, s. 1 no longer cited since version 2 of its law (was 1)'],
    });
    expect(compareBaselines(before, { ...after, laws: [v1], id: null }).changes[0]).toMatchObject({
      causes: ['review_decision'],
      details: ['d1, s. 1 no longer accepted'],
    });
  });

  it('names where a law applies as the cause when the law moved, or its country reads it otherwise', () => {
    const national = { ...law('d1', 'Child Act'), jurisdiction: null, excludedSubdivisions: [] };
    const ict = { ...national, jurisdiction: 'PK-IS' };
    // Split: the law's clause leaves the national column once the law is marked as ICT's.
    const before = baseline([national], [cell('CRC.1', 'full', ['s1', 'd1'])]);
    const after = baseline([ict], []);
    expect(compareBaselines(before, { ...after, id: null }).changes[0]).toMatchObject({
      causes: ['jurisdiction'],
      details: ['d1, s. 1 no longer cited: its law now applies in PK-IS only'],
    });
    // Unsplit: the same clause, but the country is covered only in ICT now.
    const onlyIct = { ...cell('CRC.1', 'partial', ['s1', 'd1']), onlyIn: ['PK-IS'] };
    expect(compareBaselines(before, { ...baseline([ict], [onlyIct]), id: null }).changes[0]).toMatchObject({
      before: 'full',
      after: 'partial',
      causes: ['jurisdiction'],
      details: ['covered only in PK-IS: no national law covers it as fully'],
    });
  });

  it('reports a rating set on a cell, and a coverage changed, as what they are', () => {
    const before = baseline([law('d1', 'Child Act')], [cell('CRC.1', 'full', ['s1', 'd1'])]);
    const rated = {
      ...cell('CRC.1', 'gap', ['s1', 'd1']),
      rating: { level: 'gap' as const, rationale: 'No.', reviewer: 'A', at: 'x' },
    };
    const partial = cell('CRC.1', 'partial', ['s1', 'd1']);
    partial.evidence[0].coverage = 'partial';
    expect(compareBaselines(before, { ...before, id: null, cells: [rated] }).changes[0]).toMatchObject({
      causes: ['rating'],
      details: ['rated gap by A: No.'],
    });
    // The clauses a rating cites are frozen with it, and said when it changes.
    const cited = {
      ...rated,
      rating: { ...rated.rating, level: 'contradicts' as const, cited: ['Child Act, s. 2'] },
    };
    expect(compareBaselines(before, { ...before, id: null, cells: [cited] }).changes[0]).toMatchObject({
      causes: ['rating'],
      details: ['rated contradicts by A: No. (citing Child Act, s. 2)'],
    });
    expect(compareBaselines(before, { ...before, id: null, cells: [partial] }).changes[0]).toMatchObject({
      causes: ['review_decision'],
      details: ['d1, s. 1: coverage full → partial'],
    });
  });

  it("says what became of a rating's cited clauses as each baseline froze it, and nothing for one frozen before marks were kept", () => {
    const rated = (citedChanges?: string[]): BaselineCell => ({
      ...cell('CHK.MARRIAGE_AGE', 'contradicts'),
      rating: {
        level: 'contradicts',
        rationale: 'Under 16.',
        reviewer: 'A',
        at: 'x',
        cited: ['Act, s. 2', 'Act, s. 3'],
        ...(citedChanges && { citedChanges }),
      },
    });
    const frozen = (c: BaselineCell) => baseline([law('d1', 'Act')], [c]);
    const changes = (from: BaselineCell, to: BaselineCell) =>
      compareBaselines(frozen(from), { ...frozen(to), id: null }).changes;
    expect(changes(rated(['', '']), rated(['changed since rated', '']))).toEqual([
      expect.objectContaining({
        before: 'contradicts',
        after: 'contradicts',
        causes: ['cited_clause'],
        details: ['Act, s. 2 (cited by the rating): changed since rated'],
      }),
    ]);
    expect(
      changes(
        rated(['changed since rated', 'its law is repealed']),
        rated(['no longer in the law as read now', '']),
      ),
    ).toMatchObject([
      {
        details: [
          'Act, s. 2 (cited by the rating): no longer in the law as read now (was: changed since rated)',
          'Act, s. 3 (cited by the rating): reads as cited again (was: its law is repealed)',
        ],
      },
    ]);
    expect(changes(rated(['', '']), rated(['', '']))).toEqual([]);
    // A baseline frozen before marks were kept says nothing of them, and is no rating change.
    expect(changes(rated(), rated(['changed since rated', '']))).toEqual([]);
    // A rating saved again is said with its cited clauses as they were marked then.
    const again = rated(['changed since rated', '']);
    again.rating = { ...again.rating!, at: 'y' };
    expect(changes(rated(['', '']), again)[0]).toMatchObject({
      causes: ['rating'],
      details: ['rated contradicts by A: Under 16. (citing Act, s. 2 (changed since rated); Act, s. 3)'],
    });
  });
});
