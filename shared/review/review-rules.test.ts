// The review rules on their own: what a decision, an undo, a manual tag and a cell override store,
// and the audit entries that record each.
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../model';
import { manualTag } from './manual-tag';
import { clearCell, overrideCell } from './override-cell';
import { reviewBatch } from './review-batch';
import { undoBatch } from './undo-batch';

const who = { actor: 'Analyst', at: '2026-12-04T10:00:00.000Z' };
const later = { actor: 'Second', at: '2026-12-04T11:00:00.000Z' };

const suggestion = (id: string, patch: Partial<Suggestion> = {}): Suggestion => ({
  id,
  clauseId: `d1:sec_${id}`,
  documentId: 'd1',
  provisionId: 'CRC.19',
  score: 0.4,
  matched: [{ term: 'abuse', kind: 'keyword', start: 10, end: 15 }],
  status: 'suggested',
  coverage: null,
  note: null,
  reviewer: null,
  reviewedAt: null,
  origin: 'matcher',
  createdAt: '2026-12-01T00:00:00.000Z',
  ...patch,
});

describe('reviewBatch', () => {
  it('accepts every suggestion as full by default, one audit entry each under one batch', () => {
    const found = [suggestion('s1'), suggestion('s2', { coverage: 'partial', status: 'rejected' })];
    const { value, audit } = reviewBatch(found, { decision: 'accept' }, who, 'b1');
    expect(value.map((s) => [s.status, s.coverage, s.reviewer, s.reviewedAt])).toEqual([
      ['accepted', 'full', 'Analyst', who.at],
      // An earlier rating stays when none is given.
      ['accepted', 'partial', 'Analyst', who.at],
    ]);
    expect(audit).toEqual([
      {
        actor: 'Analyst',
        action: 'review',
        entity: 'suggestion',
        entityId: 's1',
        before: found[0],
        after: value[0],
        batch: 'b1',
      },
      {
        actor: 'Analyst',
        action: 'review',
        entity: 'suggestion',
        entityId: 's2',
        before: found[1],
        after: value[1],
        batch: 'b1',
      },
    ]);
  });

  it('reset takes a suggestion back to unreviewed; an empty note clears the note', () => {
    const reviewed = suggestion('s1', {
      status: 'accepted',
      coverage: 'full',
      note: 'n',
      reviewer: 'X',
      reviewedAt: 'then',
    });
    const [reset] = reviewBatch([reviewed], { decision: 'reset', note: '' }, who, 'b2').value;
    expect(reset).toMatchObject({
      status: 'suggested',
      coverage: null,
      note: null,
      reviewer: null,
      reviewedAt: null,
    });
  });
});

describe('undoBatch', () => {
  it('restores each suggestion as it was before the batch, audited as undo under the same batch', () => {
    const found = [suggestion('s1'), suggestion('s2')];
    const review = reviewBatch(found, { decision: 'reject', note: 'not relevant' }, who, 'b1');
    const entries = review.audit.map((a, i) => ({ ...a, id: i + 1, at: who.at }));
    const { value, audit } = undoBatch({ batch: 'b1', entries }, later);
    expect(value).toEqual(found);
    expect(audit.map((a) => [a.action, a.actor, a.entityId, a.batch])).toEqual([
      ['undo', 'Second', 's1', 'b1'],
      ['undo', 'Second', 's2', 'b1'],
    ]);
    expect(audit[0].before).toEqual(review.value[0]);
    expect(audit[0].after).toEqual(found[0]);
  });
});

describe('manualTag', () => {
  const clause = { id: 'd1:sec_5', documentId: 'd1' };

  it('a new pair is a manual, accepted tag with the given id, scored 1', () => {
    const { value, audit } = manualTag(
      { clause, provisionId: 'CRC.34', coverage: 'partial', existing: undefined, newId: 'snew' },
      who,
    );
    expect(value).toMatchObject({
      id: 'snew',
      clauseId: 'd1:sec_5',
      provisionId: 'CRC.34',
      status: 'accepted',
      coverage: 'partial',
      score: 1,
      origin: 'manual',
      createdAt: who.at,
      reviewer: 'Analyst',
    });
    expect(audit).toEqual([
      { actor: 'Analyst', action: 'tag', entity: 'suggestion', entityId: 'snew', before: null, after: value },
    ]);
  });

  it("an existing suggestion of the pair is accepted in place, keeping the matcher's id, score and words", () => {
    const existing = suggestion('s9', { clauseId: 'd1:sec_5', provisionId: 'CRC.34', score: 0.2 });
    const { value, audit } = manualTag(
      { clause, provisionId: 'CRC.34', coverage: 'full', note: 'why', existing, newId: 'unused' },
      who,
    );
    expect(value).toMatchObject({ id: 's9', score: 0.2, origin: 'matcher', status: 'accepted', note: 'why' });
    expect(value.matched).toEqual(existing.matched);
    expect(value.createdAt).toBe(existing.createdAt);
    expect(audit[0].before).toBe(existing);
  });
});

describe('cell overrides', () => {
  it('an override carries the reviewer and time, and is audited on the cell', () => {
    const { value, audit } = overrideCell(
      { country: 'MY', provisionId: 'CRC.19', level: 'gap', rationale: 'none found' },
      null,
      who,
    );
    expect(value).toEqual({
      country: 'MY',
      provisionId: 'CRC.19',
      level: 'gap',
      rationale: 'none found',
      reviewedDocumentIds: [],
      pendingCandidates: [],
      reviewer: 'Analyst',
      at: who.at,
    });
    expect(audit).toEqual([
      {
        actor: 'Analyst',
        action: 'override',
        entity: 'cell',
        entityId: 'MY/CRC.19',
        before: null,
        after: value,
      },
    ]);
  });

  it('a Gap or Contradicts without a rationale is refused, naming the cell', () => {
    for (const level of ['gap', 'contradicts'] as const)
      expect(() =>
        overrideCell({ country: 'MY', provisionId: 'CRC.19', level, rationale: ' ' }, null, who),
      ).toThrow(/rating of CRC\.19 for MY needs a rationale/);
  });

  it('clearing is audited only when there was something to clear', () => {
    const before = overrideCell(
      { country: 'MY', provisionId: 'CRC.19', level: 'full', rationale: '' },
      null,
      who,
    ).value;
    expect(clearCell('MY', 'CRC.19', before, true, later).audit).toEqual([
      {
        actor: 'Second',
        action: 'clear-override',
        entity: 'cell',
        entityId: 'MY/CRC.19',
        before,
        after: null,
      },
    ]);
    expect(clearCell('MY', 'CRC.19', null, false, later)).toEqual({ value: false, audit: [] });
  });
});
