import { describe, expect, it } from 'vitest';
import {
  describeClauseEdit,
  describeDecision,
  describeSuggestionEntry,
  describeUndone,
  type DecisionState,
} from './describe-review';

const s31 = {
  kind: 'section' as const,
  number: '31',
  heading: 'Ill-treatment, neglect, abandonment or exposure of children',
};

describe('describeClauseEdit', () => {
  it('names the new heading when only the heading changed, not the same number twice', () => {
    expect(describeClauseEdit(s31, { number: '31', heading: 'Neglect of children' })).toBe(
      's. 31: heading now “Neglect of children”',
    );
  });
  it('names the new number, and the heading too when both changed', () => {
    expect(describeClauseEdit(s31, { number: '31A', heading: s31.heading })).toBe('s. 31 is now s. 31A');
    expect(describeClauseEdit({ ...s31, kind: 'article' }, { number: '5', heading: '' })).toBe(
      'Art. 31 is now Art. 5, heading removed',
    );
  });
  it('says so when nothing changed', () => {
    expect(describeClauseEdit(s31, { number: '31', heading: s31.heading })).toBe(
      's. 31 unchanged: same number and heading',
    );
  });
});

describe('describeDecision', () => {
  const crc19 = {
    provisionId: 'CRC.19',
    clauseKind: 'section' as const,
    clauseNumber: '31',
    documentTitle: 'Child Bill 1999',
    coverage: 'full' as const,
  };
  const crc1 = { ...crc19, provisionId: 'CRC.1', clauseNumber: '2', coverage: 'partial' as const };
  it('names the standard, the clause, the law and the coverage recorded', () => {
    expect(describeDecision('accept', [crc19])).toBe(
      'Accepted CRC.19 on s. 31 (Child Bill 1999), full coverage',
    );
    expect(describeDecision('reject', [{ ...crc19, coverage: null }])).toBe(
      'Rejected CRC.19 on s. 31 (Child Bill 1999)',
    );
  });
  it('counts a batch after naming its first, with the coverage only where all share it', () => {
    expect(describeDecision('accept', [crc19, { ...crc1, coverage: 'full' }])).toBe(
      'Accepted 2 (full coverage): CRC.19 on s. 31 (Child Bill 1999) and 1 more',
    );
    expect(describeDecision('accept', [crc19, crc1])).toBe(
      'Accepted 2: CRC.19 on s. 31 (Child Bill 1999) and 1 more',
    );
  });
});

describe('describeSuggestionEntry', () => {
  const s = {
    id: 's1',
    clauseId: 'c1',
    documentId: 'd1',
    provisionId: 'CRC.19',
    score: 0.8,
    matched: [],
    status: 'suggested',
    coverage: null,
    note: null,
    reviewer: null,
    reviewedAt: null,
  };
  it('says who decided what, with the note they left', () => {
    const accepted = { ...s, status: 'accepted' as const, coverage: 'partial' as const, note: 'boys only' };
    expect(
      describeSuggestionEntry({ actor: 'A. Analyst', action: 'review', before: s, after: accepted }),
    ).toBe('A. Analyst accepted (partial) — note: “boys only”');
    expect(
      describeSuggestionEntry({
        actor: 'B',
        action: 'review',
        before: accepted,
        after: { ...accepted, status: 'rejected' },
      }),
    ).toBe('B rejected');
    expect(
      describeSuggestionEntry({
        actor: 'B',
        action: 'review',
        before: s,
        after: { ...s, note: 'check s. 82' },
      }),
    ).toBe('B wrote a note: “check s. 82”');
  });
  it('reads a reviewer’s own decision where the entry holds one, and says what an undo left', () => {
    const before = { ...s, reviewerDecision: null };
    const after = {
      ...s,
      reviewerDecision: {
        reviewer: 'C',
        status: 'accepted',
        coverage: 'full',
        note: null,
        at: '2026-12-05T07:00:00Z',
      },
    };
    expect(describeSuggestionEntry({ actor: 'C', action: 'review', before, after })).toBe(
      'C accepted (full)',
    );
    expect(describeSuggestionEntry({ actor: 'C', action: 'undo', before: after, after: before })).toBe(
      'C undid a decision: now undecided',
    );
  });

  it('says what the suggestion is after an undo where other reviewers decided it too, not only the undoing reviewer’s own', () => {
    const own = (status: 'accepted' | 'rejected', coverage: 'full' | 'partial' | null) => ({
      reviewer: 'Ministry',
      status,
      coverage,
      note: null,
      at: '2026-12-05T07:00:00Z',
    });
    const full = { ...s, status: 'accepted' as const, coverage: 'full' as const };
    const undo = (before: unknown, after: unknown) =>
      describeSuggestionEntry({ actor: 'Ministry', action: 'undo', before, after });
    // The lead accepted in full; the ministry's acceptance in part is taken back: theirs is undecided again.
    expect(
      undo({ ...full, reviewerDecision: own('accepted', 'partial') }, { ...full, reviewerDecision: null }),
    ).toBe(
      'Ministry undid their decision (now undecided); the suggestion stays accepted (full), by the other reviewers’ decisions',
    );
    // Its rejection set back to undecided differed from the other reviewer's acceptance; undone, it differs again.
    expect(undo({ ...full, reviewerDecision: null }, { ...s, reviewerDecision: own('rejected', null) })).toBe(
      'Ministry undid their decision (now rejected); the suggestion is now undecided, reviewers differing',
    );
    // Its acceptance in part undone, the other reviewer's acceptance in full decides the suggestion.
    expect(
      undo({ ...s, reviewerDecision: own('accepted', 'partial') }, { ...full, reviewerDecision: null }),
    ).toBe(
      'Ministry undid their decision (now undecided); the suggestion is now accepted (full), by the other reviewers’ decisions',
    );
    // The others agree with what is given back: the words of one reviewer alone.
    expect(
      undo(
        { ...s, reviewerDecision: own('rejected', null) },
        { ...full, reviewerDecision: own('accepted', 'full') },
      ),
    ).toBe('Ministry undid a decision: now accepted (full)');
  });

  it('tells a tag made by hand, a decision from a review package, and never fails on another entry', () => {
    const tagged = { ...s, status: 'accepted' as const, coverage: 'full' as const, note: 'see s. 82' };
    // A new manual tag has nothing before it.
    expect(describeSuggestionEntry({ actor: 'A', action: 'tag', before: null, after: tagged })).toBe(
      'A tagged the clause by hand: accepted (full) — note: “see s. 82”',
    );
    const returned = {
      suggestionId: 's1',
      reviewer: 'Ministry reviewer',
      status: 'rejected',
      coverage: null,
      note: 'repealed in 2019',
      at: '2026-12-01T10:00:00Z',
      recordedAt: '2026-12-05T10:00:00Z',
    };
    expect(
      describeSuggestionEntry({
        actor: 'Lead',
        action: 'package-import',
        before: { reviewerDecision: null },
        after: { reviewerDecision: returned, package: 'p1' },
      }),
    ).toBe('Ministry reviewer rejected in a review package (imported by Lead) — note: “repealed in 2019”');
    expect(describeSuggestionEntry({ actor: 'A', action: 'review', before: null, after: tagged })).toBe(
      'A accepted (full)',
    );
    expect(describeSuggestionEntry({ actor: 'A', action: 'something', before: null, after: null })).toBe(
      'A: something',
    );
  });

  it('says an undone note was a note, not a decision, and what the decision and note are after an undo', () => {
    const accepted = { ...s, status: 'accepted' as const, coverage: 'full' as const };
    const noted = { ...accepted, note: 'Commencement only' };
    expect(describeSuggestionEntry({ actor: 'D', action: 'undo', before: noted, after: accepted })).toBe(
      'D undid the note “Commencement only”',
    );
    expect(
      describeSuggestionEntry({
        actor: 'D',
        action: 'undo',
        before: noted,
        after: { ...noted, note: 'first' },
      }),
    ).toBe('D undid the note “Commencement only”; the note is back to “first”');
    expect(
      describeSuggestionEntry({
        actor: 'D',
        action: 'undo',
        before: { ...accepted, status: 'rejected' as const, coverage: null },
        after: { ...accepted, coverage: 'partial' as const },
      }),
    ).toBe('D undid a decision: now accepted (partial)');
    // A note emptied is a note removed, not an empty note written.
    expect(describeSuggestionEntry({ actor: 'D', action: 'review', before: noted, after: accepted })).toBe(
      'D removed the note',
    );
  });
});

describe('describeUndone', () => {
  const open: DecisionState = { status: 'suggested', coverage: null, note: null };
  const full: DecisionState = { status: 'accepted', coverage: 'full', note: null };
  const part: DecisionState = { status: 'accepted', coverage: 'partial', note: null };
  const no: DecisionState = { status: 'rejected', coverage: null, note: null };
  const change = (before: DecisionState, after: DecisionState, provisionId = 'CRC.19') => ({
    suggestionId: provisionId,
    action: '',
    provisionId,
    clause: 's. 31',
    documentTitle: 'Child Bill 1999',
    before,
    after,
    restored: true,
  });
  const on = (provisionId: string) => `${provisionId} on s. 31 (Child Bill 1999)`;
  it('names the decision taken back and what stands again, in plain words', () => {
    expect(describeUndone([change(open, full)])).toBe(
      `the acceptance in full of ${on('CRC.19')}: it is undecided again`,
    );
    expect(describeUndone([change(no, part)])).toBe(
      `the acceptance in part of ${on('CRC.19')}: it is rejected again`,
    );
    expect(describeUndone([change(full, no)])).toBe(
      `the rejection of ${on('CRC.19')}: it is accepted in full again`,
    );
    expect(describeUndone([change(full, part)])).toBe(
      `the change to partial coverage of ${on('CRC.19')}: it is accepted in full again`,
    );
    expect(describeUndone([change(part, open)])).toBe(
      `the setting back to undecided of ${on('CRC.19')}: it is accepted in part again`,
    );
  });
  it('says a repeated decision changed nothing, never "review"', () => {
    expect(describeUndone([change(full, full)])).toBe(
      `the repeated acceptance in full of ${on('CRC.19')}: nothing changed, it stays accepted in full`,
    );
    expect(describeUndone([change(no, no)])).toBe(
      `the repeated rejection of ${on('CRC.19')}: nothing changed, it stays rejected`,
    );
  });
  it('names a note taken back by its words, and the note that is back', () => {
    const long = 'Read with the amending act of 2016, which raises the age of criminal responsibility.';
    expect(describeUndone([change(no, { ...no, note: 'not about children' })])).toBe(
      `the note “not about children” on ${on('CRC.19')}: it is without a note again`,
    );
    expect(describeUndone([change({ ...no, note: 'first' }, { ...no, note: long })])).toBe(
      `the note “Read with the amending act of 2016, which raises the age of…” on ${on('CRC.19')}: the note is back to “first”`,
    );
    expect(describeUndone([change({ ...no, note: 'first' }, no)])).toBe(
      `the removal of the note on ${on('CRC.19')}: the note is back to “first”`,
    );
    expect(describeUndone([change(open, { ...full, note: 'boys only' })])).toBe(
      `the acceptance in full of ${on('CRC.19')}, and its note: it is undecided again`,
    );
  });
  it('names a batch’s first and counts the rest, saying what stands where all share it', () => {
    expect(describeUndone([change(open, no), change(open, no, 'CRC.1'), change(open, no, 'CRC.2')])).toBe(
      `the rejection of ${on('CRC.19')} and 2 more: they are undecided again`,
    );
    expect(describeUndone([change(open, no), change(full, no, 'CRC.1')])).toBe(
      `the rejection of ${on('CRC.19')} and 1 more`,
    );
    expect(describeUndone([])).toBe('');
  });
  it('says what the suggestion is after the undo where other reviewers decided it too, not only what its reviewer has again', () => {
    // The lead accepted it in full; the ministry's own acceptance is taken back.
    expect(describeUndone([{ ...change(open, full), settled: full }])).toBe(
      `the acceptance in full of ${on('CRC.19')}: it is accepted in full, by the other reviewers’ decisions (yours is undecided again)`,
    );
    // The ministry set its rejection back to undecided, the lead having accepted in full: undone, the ministry rejects again.
    expect(describeUndone([{ ...change(no, open), settled: full }])).toBe(
      `the setting back to undecided of ${on('CRC.19')}: it is accepted in full, by the other reviewers’ decisions (yours is rejected again)`,
    );
    // No lead decision, and another reviewer rejected: the acceptance given back leaves reviewers differing.
    expect(describeUndone([{ ...change(full, part), settled: open }])).toBe(
      `the change to partial coverage of ${on('CRC.19')}: it is undecided, reviewers differing (yours is accepted in full again)`,
    );
    // A repeated decision undone changes nothing: the suggestion stays as it is settled.
    expect(describeUndone([{ ...change(no, no), settled: full }])).toBe(
      `the repeated rejection of ${on('CRC.19')}: nothing changed, it stays accepted in full`,
    );
    // Settled as the reviewer's own: the words of one reviewer alone.
    expect(describeUndone([{ ...change(open, full), settled: open }])).toBe(
      `the acceptance in full of ${on('CRC.19')}: it is undecided again`,
    );
    expect(
      describeUndone([
        { ...change(open, no), settled: full },
        { ...change(open, no, 'CRC.1'), settled: full },
      ]),
    ).toBe(
      `the rejection of ${on('CRC.19')} and 1 more: they are accepted in full, by the other reviewers’ decisions (yours are undecided again)`,
    );
  });
  it('says when nothing was restored: the suggestion merged away with its clause since', () => {
    expect(describeUndone([{ ...change(open, no), restored: false }])).toBe(
      `the rejection of ${on('CRC.19')}: nothing to restore, its clause was merged since`,
    );
  });
});
