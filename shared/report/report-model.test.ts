import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../matrix/build-matrix';
import { fixtureCatalog, fixtureInput } from '../matrix/test-fixtures';
import { nationalUndated, type DocumentRecord } from '../model';
import type { Recommendation, RecommendationPriority } from '../recommendations/types';
import { buildReport } from './report-model';

function law(
  country: string,
  title: string,
  year: number,
  extra: Partial<DocumentRecord> = {},
): DocumentRecord {
  return {
    id: `doc-${country}-${year}`,
    file: `${title}.pdf`,
    title,
    country,
    year,
    language: 'en',
    status: 'in_force',
    ...nationalUndated(),
    pages: 10,
    clauses: 20,
    sha256: 'x',
    importedAt: '2026-11-19T08:00:00.000Z',
    ocrPages: [],
    failedPages: [],
    ...extra,
  };
}

let made = 0;
function recommendation(
  cells: [string, string][],
  priority: RecommendationPriority,
  text: string,
  evidence: Recommendation['evidence'] = [],
): Recommendation {
  made += 1;
  return {
    id: `r${String(made).padStart(10, '0')}`,
    cells: cells.map(([country, provisionId]) => ({ country, subdivision: null, provisionId })),
    type: 'amend',
    text,
    responsibleBody: 'Ministry of Law',
    priority,
    targetDate: null,
    status: 'proposed',
    origin: 'analysis',
    evidence,
    createdBy: 'Aisha',
    createdAt: `2026-11-22T10:00:0${made % 10}.000Z`,
    updatedBy: 'Aisha',
    updatedAt: '2026-11-22T10:00:00.000Z',
  };
}

const documents = [
  law('PK', 'Child Marriage Restraint Act', 1929),
  law('PK', 'Employment of Children Act', 1991, { ocrPages: [1, 2, 3] }),
  law('PK', 'Old Orphanages Ordinance', 1950, { status: 'repealed' }),
  law('MY', 'Child Bill', 1999),
  law('TH', 'A law of a country not in the report', 2003),
];

function report(recommendations: Recommendation[] = []) {
  return buildReport({
    matrix: buildMatrix({ ...fixtureInput(), recommendations }),
    catalog: fixtureCatalog(),
    documents,
  });
}

describe('the report model', () => {
  it('names the countries and instruments on the title page', () => {
    const r = report();
    expect(r.title).toBe('Child protection legislation: gap analysis of Malaysia, Pakistan and Viet Nam');
    expect(r.subtitle).toBe('Malaysia, Pakistan and Viet Nam · CRC, ACTIP, Checklist');
    expect(r.generatedAt).toBe('2026-11-23 02:40 UTC');
  });

  it('says in the method which laws were read, who reviewed and when', () => {
    const { method } = report();
    expect(method.paragraphs[0]).toContain('4 laws were read');
    expect(method.paragraphs[0]).toContain('1 repealed law counts towards no standard');
    expect(method.paragraphs[0]).toContain('1 law was read in part or whole from scans by OCR');
    // Every accepted clause, rating and confirmed check of the fixture was Aisha's, over two days.
    expect(method.reviewers).toEqual([
      expect.objectContaining({ name: 'Aisha', from: '2026-11-20', to: '2026-11-21' }),
    ]);
    expect(method.paragraphs.join(' ')).toContain('between 2026-11-20 and 2026-11-21');
    expect(method.frameworks.map((f) => `${f.shortName}:${f.standards}`)).toEqual([
      'CRC:5',
      'ACTIP:2',
      'Checklist:2',
    ]);
  });

  it('says how many suggestions are still undecided instead of claiming every one was reviewed', () => {
    const paragraphs = (review?: { decided: number; undecided: number }) =>
      buildReport({
        matrix: buildMatrix(fixtureInput()),
        catalog: fixtureCatalog(),
        documents,
        ...(review ? { review } : {}),
      }).method.paragraphs.join(' ');
    const halfway = paragraphs({ decided: 14, undecided: 214 });
    expect(halfway).toContain('Analysts accepted or rejected 14 suggested matches so far;');
    expect(halfway).toContain('214 suggestions with a score of at least 0.05 are still undecided');
    expect(halfway).not.toContain('every suggested match');
    expect(paragraphs({ decided: 228, undecided: 0 })).toContain(
      'accepted or rejected every suggested match',
    );
  });

  it('lists the laws of the report countries only, in column order, the repealed one not counted', () => {
    const laws = report().annexLaws;
    expect(laws.map((l) => `${l.country} ${l.title}`)).toEqual([
      'MY Child Bill 1999',
      'PK Child Marriage Restraint Act 1929',
      'PK Old Orphanages Ordinance 1950',
      'PK Employment of Children Act 1991',
    ]);
    expect(laws.find((l) => l.title.startsWith('Old'))).toMatchObject({ counted: false, status: 'repealed' });
    expect(laws.find((l) => l.title.startsWith('Employment'))?.ocr).toBe('3 pages read by OCR');
    const pk = report().countries.find((c) => c.code === 'PK')!;
    expect([pk.lawsRead, pk.lawsCounted]).toEqual([3, 2]);
  });

  it('summarises each country with its counts by level and its gaps and contradictions', () => {
    const [my, pk, vn] = report().countries;
    expect(my.counts.find((c) => c.level === 'gap')?.count).toBe(1);
    expect(my.mainGaps.map((g) => `${g.provisionId} ${g.label}`)).toEqual(['CRC.34 Gap']);
    expect(pk.mainGaps.map((g) => `${g.provisionId} ${g.label}: ${g.rationale}`)).toEqual([
      'CHK.MARRIAGE_AGE Contradicts: The Child Marriage Restraint Act 1929 sets 16 for girls.',
    ]);
    expect(vn.mainGaps).toEqual([]);
    expect(my.ratifications).toContain('ACTIP: party 2017 (unverified)');
  });

  it('gives findings only for standards with evidence or a rating, quoting the matched sentence with its printed page', () => {
    const { findings } = report();
    expect(findings.map((f) => f.provisionId)).toEqual([
      'CRC.1',
      'CRC.3',
      'CRC.12',
      'CRC.19',
      'CRC.34',
      'ACTIP.14',
      'CHK.MARRIAGE_AGE',
    ]);
    const actip = findings.find((f) => f.provisionId === 'ACTIP.14')!.cells[0].quotes[0];
    expect(actip.citation).toBe('Anti-Trafficking in Persons Bill 2007, s. 51');
    expect(actip.where).toBe('p. 38 · full coverage · OCR, confidence 81%');
    // The sentence holding the matched words, the words themselves marked.
    expect(actip.quote.filter((p) => p.matched).map((p) => p.text)).toEqual(['protection order']);
    expect(actip.quote.map((p) => p.text).join('')).not.toContain('place of refuge');
    const gap = findings.find((f) => f.provisionId === 'CRC.34')!.cells[0];
    expect(gap.rating?.lawsSearched).toEqual(['Child Bill 1999']);
    expect(gap.derived).toBe('from the clauses alone: Not reviewed');
    expect(gap.rating?.overridden).toBe(
      'Undecided suggestions this rating overrides: Child Bill 1999, s. 43 (0.71)',
    );
  });

  it('lists every gap with its recommendations by priority, a shared one in full once', () => {
    const r = report([
      recommendation([['PK', 'CHK.MARRIAGE_AGE']], 'low', 'Publish the registers of marriages.'),
      recommendation([['PK', 'CHK.MARRIAGE_AGE']], 'high', 'Raise the marriage age of girls to 18.', [
        {
          kind: 'law',
          id: 'doc-PK-1929',
          documentId: 'doc-PK-1929',
          clauseId: null,
          citation: 'Child Marriage Restraint Act 1929',
          lawDeleted: true,
        },
      ]),
      recommendation(
        [
          ['MY', 'CRC.34'],
          ['PK', 'CRC.19'],
        ],
        'medium',
        'Define sexual exploitation and violence in one child law.',
      ),
    ]);
    const [my, pk, vn] = r.gaps;
    expect(my.entries.map((e) => e.provisionId)).toEqual(['CRC.34']);
    expect(my.entries[0].recommendations.map((x) => `${x.number} ${x.text}`)).toEqual([
      'R1 Define sexual exploitation and violence in one child law.',
    ]);
    // A partial cell is listed because a recommendation answers it; the gap after it in matrix order.
    expect(pk.entries.map((e) => `${e.provisionId} ${e.label}`)).toEqual([
      'CRC.19 Partial',
      'CHK.MARRIAGE_AGE Contradicts',
    ]);
    expect(pk.entries[0].recommendations).toEqual([]);
    expect(pk.entries[0].seeAlso).toEqual(['R1']);
    expect(pk.entries[1].recommendations.map((x) => `${x.number} ${x.text}`)).toEqual([
      'R2 Raise the marriage age of girls to 18.',
      'R3 Publish the registers of marriages.',
    ]);
    expect(pk.entries[1].recommendations[0].details).toBe(
      'Priority: High · Responsible: Ministry of Law · Status: Proposed · From: Analysis',
    );
    // A recommendation whose law was deleted is kept, and says so.
    expect(pk.entries[1].recommendations[0].evidence).toEqual([
      'Child Marriage Restraint Act 1929 (law deleted)',
    ]);
    expect(pk.entries[1].recommendations[0].warning).toMatch(
      /no longer in the library: Child Marriage Restraint Act 1929/,
    );
    expect(vn.entries).toEqual([]);
  });

  it('annexes the unverified catalog entries and ratifications of what the report shows', () => {
    const ids = report().annexUnverified.map((u) => u.id);
    expect(ids).toContain('ACTIP.16');
    expect(ids).toContain('MY · ACTIP');
    expect(ids).not.toContain('CRC.19');
  });
});
