import { describe, expect, it } from 'vitest';
import { describeImport } from './describe-import';
import { canonicalJson, parseManifest, reviewersOf, type ReturnedDecision } from './manifest';

const decision = (reviewer: string, at: string): ReturnedDecision => ({
  suggestionId: `s-${reviewer}-${at}`,
  reviewer,
  status: 'accepted',
  coverage: 'full',
  note: null,
  at,
  clauseId: 'd1:sec_4',
  provisionId: 'CRC.19',
});

describe('package manifests', () => {
  it('sign the same manifest to the same bytes whatever the order of its keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: null, e: 'x' }], c: true } })).toBe(
      '{"a":{"c":true,"d":[2,{"e":"x","f":null}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, skip: undefined })).toBe('{"a":1}');
  });

  it('read back only what is a package manifest', () => {
    expect(parseManifest(undefined)).toBeUndefined();
    expect(parseManifest('not json')).toBeUndefined();
    expect(parseManifest('{"format":"something-else"}')).toBeUndefined();
  });

  it('say who decided in a package, how many and from when to when', () => {
    const who = reviewersOf([
      decision('B. Reviewer', '2026-12-10T09:00:00Z'),
      decision('A. Khan', '2026-12-11T10:00:00Z'),
      decision('A. Khan', '2026-12-10T08:00:00Z'),
    ]);
    expect(who).toEqual([
      { name: 'A. Khan', decisions: 2, first: '2026-12-10T08:00:00Z', last: '2026-12-11T10:00:00Z' },
      { name: 'B. Reviewer', decisions: 1, first: '2026-12-10T09:00:00Z', last: '2026-12-10T09:00:00Z' },
    ]);
    const base = { madeFor: 'Ministry', reviewers: who, decisions: 3, unchanged: 0, notRecorded: 0 };
    expect(describeImport('pk.lexgap', { ...base, recorded: 3 })).toBe(
      'pk.lexgap: 3 decisions by A. Khan (2, 2026-12-10 to 2026-12-11), B. Reviewer (1, 2026-12-10); 3 recorded',
    );
    expect(describeImport('pk.lexgap', { ...base, recorded: 0, unchanged: 3 })).toMatch(
      /; nothing new: every one is already recorded \(imported before\)$/,
    );
    expect(describeImport('pk.lexgap', { ...base, recorded: 2, notRecorded: 1 })).toMatch(
      /; 2 recorded; 1 on clauses corrected away here since could not be recorded$/,
    );
    expect(describeImport('pk.lexgap', { ...base, reviewers: [], decisions: 0, recorded: 0 })).toBe(
      'pk.lexgap: no decisions were made in this package for Ministry',
    );
  });
});
