import { describe, expect, it } from 'vitest';
import { matchVersions, sameTitle, versionLikeness } from './match-versions';

const s = (number: string, text: string) => ({ number, kind: 'section' as const, text });

describe('matching a newer text to the one before', () => {
  const old = [
    s('1', 'This Act may be cited as the Child Act 2001.'),
    s('2', 'In this Act "child" means a person under the age of eighteen years.'),
    s('3', 'A Court For Children shall be established in every State.'),
    s('4', 'The Minister may make regulations for carrying out this Act.'),
  ];

  it('sees unchanged clauses through layout, edited ones, renumbered, added and removed ones', () => {
    const next = [
      s('1', 'This Act may be cited as the\nChild  Act 2001.'),
      s('2', 'In this Act "child" means a person under the age of sixteen years.'),
      s('3A', 'The Court shall sit in camera.'),
      s('5', 'The Minister may make regulations for carrying out this Act.'),
    ];
    expect(
      matchVersions(old, next).map((p) => [p.change, p.old?.number ?? null, p.next?.number ?? null]),
    ).toEqual([
      ['unchanged', '1', '1'],
      ['changed', '2', '2'],
      ['added', null, '3A'],
      ['renumbered', '4', '5'],
      ['removed', '3', null],
    ]);
  });

  it('tells a reprint of a law from another law', () => {
    expect(versionLikeness(old, old.slice(0, 3))).toBe(0.75);
    expect(versionLikeness(old, [s('1', 'This Act may be cited as the Evidence Act 1950.')])).toBeLessThan(
      0.5,
    );
    expect(sameTitle('Child Act, 2001', 'CHILD ACT 2001 (Reprint)')).toBe(true);
    expect(sameTitle('Child Act 2001', 'Child (Amendment) Act 2016')).toBe(false);
  });
});
