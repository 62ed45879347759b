import { describe, expect, it } from 'vitest';
import { override, tag } from '../matrix/test-fixtures';
import { assess, deriveLevel } from './assess';

describe('assess', () => {
  it('is full where any accepted tag is full', () => {
    const tags = [tag('MY', 'CRC.19', 'partial'), tag('MY', 'CRC.19', 'full')];
    expect(assess(tags)).toEqual({ level: 'full', derivedLevel: 'full', override: null });
  });

  it('is partial where only partial tags exist', () => {
    expect(assess([tag('MY', 'CRC.19', 'partial'), tag('MY', 'CRC.19', 'partial')]).level).toBe('partial');
  });

  it('is not reviewed without tags (a gap needs an analyst to say so)', () => {
    expect(assess([]).level).toBe('not_reviewed');
    expect(deriveLevel([])).toBe('not_reviewed');
  });

  it.each(['full', 'partial', 'gap', 'contradicts', 'not_applicable', 'not_reviewed'] as const)(
    "the analyst's %s rating replaces the derived level and keeps the rationale",
    (level) => {
      const result = assess(
        [tag('PK', 'CHK.MARRIAGE_AGE', 'full')],
        override('PK', 'CHK.MARRIAGE_AGE', level, 'Marriage age 16 for girls.', ['doc-1', 'doc-2']),
      );
      expect(result.level).toBe(level);
      expect(result.derivedLevel).toBe('full');
      expect(result.override).toEqual({
        level,
        rationale: 'Marriage age 16 for girls.',
        reviewedDocumentIds: ['doc-1', 'doc-2'],
        pendingCandidates: [],
        citedClauses: [],
        reviewer: 'Aisha',
        at: '2026-11-21T09:00:00.000Z',
      });
    },
  );

  it('a gap rating on a cell without tags records the documents searched', () => {
    const result = assess([], override('MY', 'CRC.34', 'gap', 'Nothing found.', ['doc-MY']));
    expect(result).toMatchObject({ level: 'gap', derivedLevel: 'not_reviewed' });
    expect(result.override?.reviewedDocumentIds).toEqual(['doc-MY']);
  });
});
