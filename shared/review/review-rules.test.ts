// The review rules on their own: what a decision, an undo, a manual tag and a cell override store,
// and the audit entries that record each.
import { describe, expect, it } from 'vitest';
import type { ReviewerDecision, Suggestion } from '../model';
import { disagreementState, effectiveDecision } from './adjudicate';
import { manualTag } from './manual-tag';
import { clearCell, overrideCell } from './override-cell';
import { reviewBatch, type ReviewItem } from './review-batch';
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

const item = (s: Suggestion, decisions: ReviewerDecision[] = []): ReviewItem => ({
  suggestion: s,
  decisions,
});
const decision = (
  suggestionId: string,
  reviewer: string,
  status: ReviewerDecision['status'],
  coverage: ReviewerDecision['coverage'] = status === 'accepted' ? 'full' : null,
  at = '2026-12-03T09:00:00.000Z',
): ReviewerDecision => ({
  suggestionId,
  reviewer,
  status,
  coverage,
  note: `${reviewer}'s note`,
  at,
  recordedAt: at,
});

describe('reviewBatch', () => {
  it('accepts every suggestion as full by default, one audit entry each under one batch', () => {
    const found = [suggestion('s1'), suggestion('s2', { coverage: 'partial', status: 'rejected' })];
    const { value, audit } = reviewBatch(
      [item(found[0]), item(found[1], [decision('s2', 'Analyst', 'accepted', 'partial')])],
      { decision: 'accept' },
      who,
      'Analyst',
      'b1',
    );
    expect(
      value.map((w) => [
        w.suggestion.status,
        w.suggestion.coverage,
        w.suggestion.reviewer,
        w.suggestion.reviewedAt,
      ]),
    ).toEqual([
      ['accepted', 'full', 'Analyst', who.at],
      // An earlier rating stays when none is given.
      ['accepted', 'partial', 'Analyst', who.at],
    ]);
    expect(value.map((w) => [w.reviewer, w.decision?.status, w.decision?.at])).toEqual([
      ['Analyst', 'accepted', who.at],
      ['Analyst', 'accepted', who.at],
    ]);
    expect(audit.map((a) => [a.actor, a.action, a.entityId, a.batch])).toEqual([
      ['Analyst', 'review', 's1', 'b1'],
      ['Analyst', 'review', 's2', 'b1'],
    ]);
    expect(audit[0].before).toEqual({ ...found[0], reviewerDecision: null });
    expect(audit[1].after).toEqual({ ...value[1].suggestion, reviewerDecision: value[1].decision });
  });

  it("reset takes back the reviewer's decision; an empty note clears the note", () => {
    const reviewed = suggestion('s1', {
      status: 'accepted',
      coverage: 'full',
      note: 'n',
      reviewer: 'X',
      reviewedAt: 'then',
    });
    const [reset] = reviewBatch(
      [item(reviewed, [decision('s1', 'Analyst', 'accepted')])],
      { decision: 'reset', note: '' },
      who,
      'Analyst',
      'b2',
    ).value;
    expect(reset.decision).toBeNull();
    expect(reset.suggestion).toMatchObject({
      status: 'suggested',
      coverage: null,
      note: null,
      reviewer: null,
      reviewedAt: null,
    });
  });

  it("a second reviewer who differs leaves the suggestion undecided until the lead decides; the lead's decision stands", () => {
    const s = suggestion('s1', {
      status: 'accepted',
      coverage: 'full',
      reviewer: 'First',
      reviewedAt: 'then',
    });
    const first = decision('s1', 'First', 'accepted');
    const [disputed] = reviewBatch([item(s, [first])], { decision: 'reject' }, later, 'Lead', 'b3').value;
    expect(disputed.suggestion).toMatchObject({ status: 'suggested', coverage: null, reviewer: null });
    // The first reviewer's note is theirs: it does not carry into the second's decision.
    expect(disputed.decision).toMatchObject({ reviewer: 'Second', status: 'rejected', note: null });
    // Full against partial is a disagreement too.
    const [partial] = reviewBatch(
      [item(s, [first])],
      { decision: 'accept', coverage: 'partial' },
      later,
      'Lead',
      'b4',
    ).value;
    expect(partial.suggestion.status).toBe('suggested');
    // The same decision by both stands.
    const [agreed] = reviewBatch([item(s, [first])], { decision: 'accept' }, later, 'Lead', 'b5').value;
    expect(agreed.suggestion).toMatchObject({ status: 'accepted', coverage: 'full', reviewer: 'Second' });
    // The lead's own decision stands over the other reviewers'.
    const lead = { actor: 'Lead', at: '2026-12-04T12:00:00.000Z' };
    const [settled] = reviewBatch(
      [item(s, [first, disputed.decision as ReviewerDecision])],
      { decision: 'accept', coverage: 'partial' },
      lead,
      'Lead',
      'b6',
    ).value;
    expect(settled.suggestion).toMatchObject({ status: 'accepted', coverage: 'partial', reviewer: 'Lead' });
  });
});

describe('adjudication', () => {
  it('a disagreement is open until the lead decides after every other opinion was recorded', () => {
    const a = decision('s1', 'Lead', 'accepted', 'full', '2026-12-01T00:00:00.000Z');
    const b = decision('s1', 'Ministry', 'rejected', null, '2026-12-02T00:00:00.000Z');
    expect(disagreementState([a], 'Lead')).toBe('none');
    expect(disagreementState([a, { ...b, status: 'accepted', coverage: 'full' }], 'Lead')).toBe('none');
    expect(disagreementState([a, b], 'Lead')).toBe('open');
    expect(disagreementState([a, b], 'Nobody')).toBe('open');
    const again = { ...a, at: '2026-12-03T00:00:00.000Z', recordedAt: '2026-12-03T00:00:00.000Z' };
    expect(disagreementState([again, b], 'Lead')).toBe('resolved');
    expect(effectiveDecision([again, b], 'Lead')).toBe(again);
    expect(effectiveDecision([a, b], 'Nobody')).toBeUndefined();
    expect(effectiveDecision([], 'Lead')).toBeUndefined();
  });
});

describe('undoBatch', () => {
  it("gives the batch's reviewer back their decisions from before it, audited as undo under the same batch", () => {
    const found = [suggestion('s1'), suggestion('s2')];
    const review = reviewBatch(
      found.map((s) => item(s)),
      { decision: 'reject', note: 'not relevant' },
      who,
      'Analyst',
      'b1',
    );
    const entries = review.audit.map((a, i) => ({ ...a, id: i + 1, at: who.at }));
    const now = new Map(
      review.value.map((w) => [w.suggestion.id, item(w.suggestion, w.decision ? [w.decision] : [])]),
    );
    const { value, audit } = undoBatch({ batch: 'b1', entries }, now, later, 'Analyst');
    expect(value.map((w) => w.suggestion)).toEqual(found);
    expect(value.map((w) => [w.reviewer, w.decision])).toEqual([
      ['Analyst', null],
      ['Analyst', null],
    ]);
    expect(audit.map((a) => [a.action, a.actor, a.entityId, a.batch])).toEqual([
      ['undo', 'Second', 's1', 'b1'],
      ['undo', 'Second', 's2', 'b1'],
    ]);
    expect(audit[0].before).toEqual(review.audit[0].after);
    expect(audit[0].after).toEqual({ ...found[0], reviewerDecision: null });
  });

  it("keeps another reviewer's later decision: only the batch's reviewer's is taken back", () => {
    const s = suggestion('s1');
    const review = reviewBatch([item(s)], { decision: 'accept' }, who, 'Lead', 'b1');
    const entries = review.audit.map((a, i) => ({ ...a, id: i + 1, at: who.at }));
    const other = decision('s1', 'Ministry', 'rejected', null, later.at);
    const now = new Map([
      ['s1', item(review.value[0].suggestion, [review.value[0].decision as ReviewerDecision, other])],
    ]);
    const [restored] = undoBatch({ batch: 'b1', entries }, now, later, 'Lead').value;
    expect(restored.suggestion).toMatchObject({ status: 'rejected', reviewer: 'Ministry' });
  });

  it('an entry from before decisions were per reviewer restores the decision it replaced', () => {
    const before = suggestion('s1', {
      status: 'rejected',
      reviewer: 'Old',
      reviewedAt: '2026-01-01T00:00:00.000Z',
    });
    const after = {
      ...before,
      status: 'accepted' as const,
      coverage: 'full' as const,
      reviewer: 'Analyst',
      reviewedAt: who.at,
    };
    const entries = [
      {
        id: 1,
        at: who.at,
        actor: 'Analyst',
        action: 'review',
        entity: 'suggestion',
        entityId: 's1',
        before,
        after,
      },
    ];
    // What the migration kept: the decision in force, under its recorded reviewer.
    const now = new Map([['s1', item(after, [decision('s1', 'Analyst', 'accepted', 'full', who.at)])]]);
    const value = undoBatch({ batch: 'b0', entries }, now, later, 'Analyst').value;
    expect(value.at(-1)?.suggestion).toMatchObject({ status: 'rejected', reviewer: 'Old' });
    expect(value.map((w) => [w.reviewer, w.decision?.status ?? null])).toEqual([
      ['Analyst', null],
      ['Old', 'rejected'],
    ]);
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
      citedClauses: [],
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
