import { describe, expect, it } from 'vitest';
import type { Catalog, Provision, Threshold } from '../catalog/types';
import type { Who } from '../review/audited-change';
import { proposeChecks, type CheckClause, type CheckLaw, type CheckTag } from './propose-checks';
import { reviewCheck } from './review-check';

function item(number: string, threshold: Threshold, negative: string[] = []): Provision {
  return {
    id: `CHK.${number}`,
    frameworkId: 'CHK',
    number,
    title: number,
    summary: '',
    group: 'ages',
    substantive: true,
    generalPrinciple: false,
    procedural: false,
    crossRefs: [],
    verified: true,
    threshold,
    weight: 1,
    cues: { en: { phrases: [], keywords: [], negative } },
  };
}

const catalog: Catalog = {
  frameworks: [
    {
      id: 'CHK',
      name: 'Checklist',
      shortName: 'CHK',
      kind: 'checklist',
      body: 'Lexgap',
      adopted: null,
      entryIntoForce: null,
      binding: false,
      provisional: false,
      verified: true,
      groups: [{ id: 'ages', title: 'Ages' }],
      provisions: [
        item('CHILD_DEFINITION', { parameter: 'child_age_limit', operator: '>=', value: 18 }),
        item('MARRIAGE_AGE', { parameter: 'minimum_marriage_age_both_sexes', operator: '>=', value: 18 }, [
          'with the consent of',
        ]),
        item('MACR', { parameter: 'minimum_age_criminal_responsibility', operator: '>=', value: 14 }),
        item('CP_HOME', {
          parameter: 'corporal_punishment_prohibited_home',
          operator: 'present',
          value: true,
        }),
      ],
    },
  ],
  ratifications: [],
  states: [{ code: 'MY', name: 'Malaysia' }],
};

const law = (id: string, title: string, status: CheckLaw['status'] = 'in_force'): CheckLaw => ({
  id,
  title,
  year: 2001,
  language: 'en',
  country: 'MY',
  status,
});
const clause = (id: string, documentId: string, number: string, text: string): CheckClause => ({
  id,
  documentId,
  number,
  kind: 'section',
  text,
  pageStart: 1,
});

const laws = [
  law('a', 'Children Act'),
  law('b', 'Marriage Act'),
  law('c', 'Penal Code'),
  law('d', 'Old Act', 'repealed'),
];
const clauses = [
  clause('a2', 'a', '2', '"child" means a person under the age of eighteen years;'),
  clause(
    'b4',
    'b',
    '4',
    'A marriage may be solemnised where the bride has attained the age of sixteen years with the consent of her parents.',
  ),
  clause(
    'b5',
    'b',
    '5',
    'No marriage shall be solemnised where either party is under the age of eighteen years.',
  ),
  clause(
    'c82',
    'c',
    '82',
    'Nothing is an offence which is done by a child under ten years of age, and no one is criminally liable below that age.',
  ),
  clause(
    'c83',
    'c',
    '83',
    'Whoever is convicted shall be punished with imprisonment for a term of fourteen years.',
  ),
  clause('d2', 'd', '2', '"child" means a person under the age of twelve years;'),
];
const run = (tags: CheckTag[] = [], reviews = [] as Parameters<typeof proposeChecks>[0]['reviews']) =>
  new Map(
    proposeChecks({ catalog, countries: ['MY'], laws, clauses, tags, reviews }).map((c) => [
      c.provisionId,
      c,
    ]),
  );

describe('proposing checks', () => {
  it('lets the lowest age that applies govern, shows every statement, and ignores repealed laws', () => {
    const marriage = run().get('CHK.MARRIAGE_AGE')!;
    expect(marriage).toMatchObject({
      found: 16,
      required: 18,
      verdict: 'contradicts',
      foundBySex: { female: 16 },
    });
    expect(marriage.evidence.map((e) => [e.citation, e.value, e.governs])).toEqual([
      ['Marriage Act 2001, s. 4', 16, true],
      ['Marriage Act 2001, s. 5', 18, false],
    ]);
    expect(run().get('CHK.CHILD_DEFINITION')).toMatchObject({ found: 18, verdict: 'meets' });
  });

  it('reads the age of criminal responsibility and never a term of imprisonment', () => {
    const macr = run().get('CHK.MACR')!;
    expect(macr).toMatchObject({ found: 10, required: 14, verdict: 'contradicts' });
    expect(macr.evidence.map((e) => e.clause)).toEqual(['82']);
  });

  it('skips the ages of a clause whose suggestion for that item the analyst rejected', () => {
    const rejected: CheckTag = {
      clauseId: 'c82',
      provisionId: 'CHK.MACR',
      status: 'rejected',
      score: 0.4,
      matched: [],
    };
    expect(run([rejected]).get('CHK.MACR')).toMatchObject({ found: null, verdict: 'not_found' });
  });

  it('proposes a ban present from an accepted tag, qualified by a negative cue, absent as not found', () => {
    expect(run().get('CHK.CP_HOME')).toMatchObject({ found: null, verdict: 'not_found' });
    const accepted: CheckTag = {
      clauseId: 'a2',
      provisionId: 'CHK.CP_HOME',
      status: 'accepted',
      score: 0.7,
      matched: [],
    };
    expect(run([accepted]).get('CHK.CP_HOME')).toMatchObject({
      found: true,
      required: true,
      verdict: 'meets',
    });
    const qualified: CheckTag = {
      ...accepted,
      matched: [{ term: 'reasonable chastisement', kind: 'negative', start: 0, end: 1 }],
    };
    expect(run([qualified]).get('CHK.CP_HOME')).toMatchObject({
      found: true,
      verdict: 'unclear',
      qualifiers: ['reasonable chastisement'],
    });
    const weak: CheckTag = { ...accepted, status: 'suggested', score: 0.2 };
    expect(run([weak]).get('CHK.CP_HOME')).toMatchObject({ verdict: 'not_found' });
  });

  it('marks a meeting age unclear where its words carry an exception cue', () => {
    const onlyAdult = clauses.filter((c) => c.id !== 'b4');
    const [check] = proposeChecks({
      catalog,
      countries: ['MY'],
      laws,
      clauses: [
        ...onlyAdult,
        clause(
          'b6',
          'b',
          '6',
          'A person under the age of eighteen years shall not marry except with the consent of the Minister.',
        ),
      ],
      tags: [],
      reviews: [],
      provisionIds: ['CHK.MARRIAGE_AGE'],
    });
    expect(check).toMatchObject({ found: 18, verdict: 'unclear', qualifiers: ['with the consent of'] });
  });
});

describe('reviewing a check', () => {
  const who: Who = { actor: 'Analyst', at: '2026-01-01T00:00:00.000Z' };

  it('confirms, corrects and rejects, keeping what was proposed and auditing each decision', () => {
    const proposed = run().get('CHK.MARRIAGE_AGE')!;
    const confirm = reviewCheck(proposed, { decision: 'confirm' }, who);
    expect(confirm.value).toMatchObject({ status: 'confirmed', found: 16, verdict: 'contradicts' });
    expect(confirm.audit[0]).toMatchObject({
      action: 'check-confirm',
      entity: 'check',
      entityId: 'MY/CHK.MARRIAGE_AGE',
    });

    const confirmed = run([], [confirm.value!]).get('CHK.MARRIAGE_AGE')!;
    expect(confirmed).toMatchObject({ status: 'confirmed', proposal: null });
    const correct = reviewCheck(confirmed, { decision: 'correct', found: 15, verdict: 'contradicts' }, who);
    expect(correct.value).toMatchObject({ found: 15, proposedFound: 16, status: 'confirmed' });
    expect(run([], [correct.value!]).get('CHK.MARRIAGE_AGE')).toMatchObject({
      found: 15,
      status: 'confirmed',
    });

    const reject = reviewCheck(confirmed, { decision: 'reject' }, who);
    expect(run([], [reject.value!]).get('CHK.MARRIAGE_AGE')).toMatchObject({ status: 'rejected', found: 16 });
    expect(reviewCheck(confirmed, { decision: 'reset' }, who).value).toBeNull();
  });
});
