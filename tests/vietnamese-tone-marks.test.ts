// Vietnamese writes the tone of an open "oa", "oe" or "uy" syllable on either vowel: "hòa" and
// "hoà", "khỏe" and "khoẻ", "ủy" and "uỷ" are the same word, and laws, the catalog's cues and
// reviewers' searches each use one style or the other. The Law on Children 2016 retyped in the other
// style must get exactly the suggestions it gets as published.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../electron/services/load-catalog';
import { readLaw } from '../electron/services/read-law';
import { buildMatcher } from '../shared/match/build-matcher';
import { law } from './helpers/paths';

// A word ending in an open "oa", "oe" or "uy" (not "qu") with the tone on its first vowel.
const TONE_ON_FIRST = /^(.*?(?<!q)(?:o(?=.[ae]$)|u(?=.y$)))([\u0300\u0301\u0303\u0309\u0323])([aey])$/iu;
/** The same text with the tone of each open "oa", "oe", "uy" moved to its second vowel. */
const otherStyle = (text: string) =>
  text.replace(/\p{L}+/gu, (word) => {
    const parts = TONE_ON_FIRST.exec(word.normalize('NFD'));
    return parts ? `${parts[1]}${parts[3]}${parts[2]}`.normalize('NFC') : word;
  });

describe('Vietnamese tone-mark styles', () => {
  it('the Law on Children in the other style gets the same suggestions, clause by clause', async () => {
    const file = law('VN/Luat_Tre_em_2016.pdf');
    const { clauses } = await readLaw(new Uint8Array(fs.readFileSync(file)), {
      fileName: path.basename(file),
      ocr: 'off',
    });
    const retyped = clauses.map((c) => otherStyle(c.text));
    // The conversion must change something for the test to mean anything.
    expect(retyped.filter((t, i) => t !== clauses[i].text).length).toBeGreaterThan(20);
    expect(otherStyle('hòa giải, khỏe mạnh, Ủy ban, quý, của, thủy')).toBe(
      'hoà giải, khoẻ mạnh, Uỷ ban, quý, của, thuỷ',
    );
    const matcher = buildMatcher(loadCatalog());
    const top = (c: (typeof clauses)[number], text: string, heading: string, p: string[]) =>
      matcher
        .matchClause(
          { text, heading, path: p, documentTitle: 'Luật Trẻ em', language: 'vi', number: c.number },
          { limit: 5 },
        )
        .map((r) => `${r.provisionId} ${r.score.toFixed(4)}`);
    const differing = clauses
      .filter(
        (c, i) =>
          top(c, c.text, c.heading, c.path).join() !==
          top(c, retyped[i], otherStyle(c.heading), c.path.map(otherStyle)).join(),
      )
      .map((c) => c.number);
    expect(differing).toEqual([]);
  });
});
