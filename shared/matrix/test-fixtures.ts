// Small catalogs and tags for tests of the matrix and its exports (real-law tests live in tests/).
import type { Catalog, Framework, Provision } from '../catalog/types';
import type { AcceptedTag, CellOverride, ClauseKind, TagCoverage } from '../model';

function provision(
  frameworkId: string,
  number: string,
  title: string,
  group: string,
  summary = '',
  flags: Partial<Pick<Provision, 'procedural' | 'verified' | 'unverifiedNote'>> = {},
): Provision {
  return {
    id: `${frameworkId}.${number}`,
    frameworkId,
    number,
    title,
    summary: summary || `Summary of ${frameworkId} ${number} in our own words.`,
    group,
    substantive: true,
    procedural: false,
    generalPrinciple: false,
    crossRefs: [],
    verified: true,
    weight: 1,
    cues: {},
    ...flags,
  };
}

const crc: Framework = {
  id: 'CRC',
  name: 'Convention on the Rights of the Child',
  shortName: 'CRC',
  kind: 'convention',
  body: 'UN',
  adopted: '1989-11-20',
  entryIntoForce: '1990-09-02',
  binding: true,
  provisional: false,
  verified: true,
  groups: [
    { id: 'definition', title: 'Definition of the child' },
    { id: 'principles', title: 'General principles' },
    { id: 'violence', title: 'Violence against children' },
  ],
  provisions: [
    provision('CRC', '1', 'Definition of a child', 'definition'),
    provision('CRC', '3', 'Best interests of the child', 'principles'),
    provision(
      'CRC',
      '19',
      'Protection from all forms of violence',
      'violence',
      'States protect children from violence, abuse and neglect by carers (art. 19).',
    ),
    provision('CRC', '12', 'Respect for the views of the child', 'principles'),
    provision('CRC', '34', 'Sexual exploitation', 'violence'),
    provision('CRC', '44', 'Reporting to the Committee', 'principles', '', { procedural: true }),
  ],
};

// An ASEAN instrument: Pakistan, outside ASEAN, is n/a in its column.
const actip: Framework = {
  id: 'ACTIP',
  name: 'ASEAN Convention Against Trafficking in Persons',
  shortName: 'ACTIP',
  kind: 'convention',
  body: 'ASEAN',
  adopted: '2015-11-21',
  entryIntoForce: null,
  binding: true,
  provisional: false,
  verified: false,
  groups: [{ id: 'protection', title: 'Protection of victims' }],
  provisions: [
    provision('ACTIP', '14', 'Protection of victims', 'protection'),
    provision('ACTIP', '16', 'Law enforcement', 'protection', '', {
      verified: false,
      unverifiedNote: 'Article number from memory.',
    }),
  ],
};

const chk: Framework = {
  id: 'CHK',
  name: 'Legislative checklist',
  shortName: 'Checklist',
  kind: 'checklist',
  body: 'Lexgap',
  adopted: null,
  entryIntoForce: null,
  binding: false,
  provisional: true,
  verified: true,
  groups: [{ id: 'age', title: 'Minimum ages' }],
  provisions: [
    provision('CHK', 'MARRIAGE_AGE', 'Minimum marriage age of 18', 'age'),
    provision('CHK', 'CORPORAL_PUNISHMENT', 'Corporal punishment prohibited in all settings', 'settings'),
  ],
};

export function fixtureCatalog(): Catalog {
  return {
    frameworks: [crc, actip, chk],
    ratifications: [
      {
        country: 'MY',
        frameworkId: 'CRC',
        status: 'party',
        since: '1995-02-17',
        source: 'UN Treaty Collection',
        verified: true,
      },
      {
        country: 'PK',
        frameworkId: 'CRC',
        status: 'party',
        since: '1990-11-12',
        source: 'UN Treaty Collection',
        verified: true,
      },
      {
        country: 'MY',
        frameworkId: 'ACTIP',
        status: 'party',
        since: '2017',
        source: 'ASEAN',
        verified: false,
      },
      {
        country: 'PK',
        frameworkId: 'ACTIP',
        status: 'not_applicable',
        since: null,
        source: 'Not an ASEAN member state',
        verified: true,
      },
    ],
    states: [
      { code: 'MY', name: 'Malaysia' },
      { code: 'PK', name: 'Pakistan' },
      { code: 'VN', name: 'Viet Nam' },
    ],
  };
}

export const FIXTURE_COUNTRIES = [
  { code: 'MY', name: 'Malaysia' },
  { code: 'PK', name: 'Pakistan' },
  { code: 'VN', name: 'Viet Nam' },
];

let serial = 0;
export function tag(
  country: string,
  provisionId: string,
  coverage: TagCoverage,
  clause: Partial<AcceptedTag> & { clauseNumber?: string; clauseKind?: ClauseKind } = {},
): AcceptedTag {
  serial += 1;
  return {
    suggestionId: `sug-${serial}`,
    country,
    provisionId,
    coverage,
    note: null,
    reviewer: 'Aisha',
    reviewedAt: '2026-11-20T10:00:00.000Z',
    documentId: `doc-${country}`,
    documentTitle: country === 'MY' ? 'Child Bill 1999' : 'Child Protection Act 2018',
    documentYear: country === 'MY' ? 1999 : 2018,
    documentStatus: 'in_force',
    clauseId: `clause-${serial}`,
    clauseNumber: '31',
    clauseKind: 'section',
    clauseHeading: 'Ill-treatment, neglect, abandonment or exposure of children',
    clauseText:
      'Any person who, being a person having the care of a child, abuses, neglects, abandons or exposes the child in a manner likely to cause him physical or emotional injury commits an offence.',
    pageStart: 30,
    pageEnd: 30,
    printedPage: null,
    matched: [],
    clauseSource: 'text',
    ocrConfidence: null,
    ...clause,
  };
}

export function override(
  country: string,
  provisionId: string,
  level: CellOverride['level'],
  rationale: string,
  reviewedDocumentIds: string[] = [],
): CellOverride {
  return {
    country,
    provisionId,
    level,
    rationale,
    reviewedDocumentIds,
    pendingCandidates: [],
    citedClauses: [],
    reviewer: 'Aisha',
    at: '2026-11-21T09:00:00.000Z',
  };
}

/** A matrix input with every kind of cell: full, partial, gap, contradicts, untouched, and hostile notes. */
export function fixtureInput() {
  const tags = [
    tag('MY', 'CRC.19', 'full', { note: 'Offence of ill-treatment by a carer.' }),
    tag('MY', 'CRC.19', 'partial', { clauseNumber: '33', pageStart: 32, pageEnd: 33 }),
    tag('MY', 'CRC.1', 'partial', {
      clauseNumber: '2',
      clauseHeading: 'Interpretation',
      pageStart: 12,
      pageEnd: 12,
    }),
    tag('PK', 'CRC.19', 'partial', {
      note: '<script>alert(1)</script><img src=x onerror="window.__pwned=1">',
    }),
    tag('PK', 'CRC.3', 'full', {
      note: '=HYPERLINK("http://x","y")',
      clauseText: '@SUM(1+1) the best interests of the child',
    }),
    tag('VN', 'CRC.12', 'full', {
      documentId: 'doc-VN',
      documentTitle: 'Law on Children 2016',
      documentYear: 2016,
      clauseNumber: '12',
      clauseKind: 'article',
      clauseText: 'Trẻ em có quyền được bày tỏ ý kiến.',
    }),
    // Read from a scan, on a page that prints its own number.
    tag('MY', 'ACTIP.14', 'full', {
      documentId: 'doc-MY-atip',
      documentTitle: 'Anti-Trafficking in Persons Bill 2007',
      documentYear: 2007,
      clauseNumber: '51',
      clauseHeading: 'Protection order',
      clauseText:
        'Every trafficked person shall be placed in a place of refuge. A protection order may be made for a period of ninety days.',
      pageStart: 40,
      pageEnd: 40,
      printedPage: '38',
      clauseSource: 'ocr',
      ocrConfidence: 81,
      matched: [{ term: 'protection order', kind: 'phrase', start: 64, end: 80 }],
    }),
  ];
  const overrides = [
    override(
      'PK',
      'CHK.MARRIAGE_AGE',
      'contradicts',
      'The Child Marriage Restraint Act 1929 sets 16 for girls.',
      ['doc-PK'],
    ),
    {
      ...override('MY', 'CRC.34', 'gap', 'Searched the Child Bill; nothing on sexual exploitation.', [
        'doc-MY',
      ]),
      pendingCandidates: [
        {
          suggestionId: 'sug-pending',
          clauseId: 'clause-pending',
          documentId: 'doc-MY',
          citation: 'Child Bill 1999, s. 43',
          score: 0.71,
        },
      ],
    },
    override('VN', 'CRC.12', 'partial', 'Views heard only from age 7.'),
  ];
  return {
    catalog: fixtureCatalog(),
    countries: FIXTURE_COUNTRIES,
    tags,
    overrides,
    documents: [
      { id: 'doc-MY', title: 'Child Bill', year: 1999 },
      { id: 'doc-PK', title: 'Child Marriage Restraint Act 1929', year: 1929 },
    ],
    now: '2026-11-23T02:40:00.000Z',
  };
}
