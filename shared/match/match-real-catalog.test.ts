// The matcher on the shipped catalog (resources/standards), with real clauses of the Malaysian
// Child Bill 1999: what an analyst sees first, and how their reviews move later suggestions.
import { describe, expect, it } from 'vitest';
import C138 from '../../resources/standards/C138.json';
import C182 from '../../resources/standards/C182.json';
import CHK from '../../resources/standards/CHK.json';
import CRC from '../../resources/standards/CRC.json';
import OPAC from '../../resources/standards/OPAC.json';
import OPSC from '../../resources/standards/OPSC.json';
import type { Catalog, Framework } from '../catalog/types';
import { buildMatcher, type ClauseInput } from './build-matcher';

const catalog: Catalog = {
  frameworks: [CRC, OPSC, OPAC, C138, C182, CHK] as unknown as Framework[],
  ratifications: [],
  states: [],
};
const matcher = buildMatcher(catalog);
const GOLD = ['CRC', 'OPSC', 'OPAC', 'C138', 'C182'];

const scoreOf = (results: { provisionId: string; score: number }[], id: string) =>
  results.find((r) => r.provisionId === id)?.score ?? 0;

// Child Bill 1999, section 62 as read from the PDF.
const s62: ClauseInput = {
  number: '62',
  heading: 'Child under ten years of age not to be sent to probation hostel',
  path: ['Part IX — INSTITUTIONS', 'Chapter 3 — PROBATION HOSTELS'],
  text: 'A Court For Children shall not make an order requiring a child under the age of ten years to be sent to a probation hostel.',
  documentTitle: 'Child Bill 1999',
  language: 'en',
};

describe('matcher on the shipped catalog', () => {
  it('ranks the Convention first for a child defined as under eighteen in a long interpretation section', () => {
    const results = matcher.matchClause(
      {
        ...s62,
        number: '2',
        heading: 'Interpretation',
        path: ['Part I — PRELIMINARY'],
        text: INTERPRETATION,
      },
      { frameworks: GOLD },
    );
    expect(results[0].provisionId).toBe('CRC.1');
    const phrase = results[0].matched.find((m) => m.kind === 'phrase' && /eighteen/.test(m.term))!;
    expect(INTERPRETATION.slice(phrase.start, phrase.end)).toMatch(/under the age of eighteen/);
  });

  it('weakens a corporal-punishment ban that keeps "reasonable chastisement"', () => {
    const ban = 'No person shall inflict corporal punishment on a child in any home, school or institution.';
    const excuse = `${ban.slice(0, -1)}, but nothing in this section affects the right of a parent to administer reasonable chastisement.`;
    const plain = matcher.matchClause({ ...s62, heading: '', path: [], text: ban }, { limit: 30 });
    const weakened = matcher.matchClause({ ...s62, heading: '', path: [], text: excuse }, { limit: 30 });
    for (const id of ['CRC.19', 'CHK.CP_HOME'])
      expect(scoreOf(weakened, id)).toBeLessThan(scoreOf(plain, id) * 0.8);
    const negative = weakened
      .find((r) => r.provisionId === 'CHK.CP_HOME')!
      .matched.find((m) => m.kind === 'negative')!;
    expect(excuse.slice(negative.start, negative.end)).toBe('reasonable chastisement');
  });

  it('suggests the right article first for clauses in Khmer, Lao and Burmese', () => {
    const top = (text: string, language: string) =>
      matcher.matchClause(
        { ...s62, heading: '', path: [], documentTitle: '', text, language },
        { frameworks: GOLD },
      )[0]?.provisionId;
    expect(top('ហាមឃាត់ការជួញដូរកុមារគ្រប់រូបភាព', 'km')).toBe('CRC.35');
    expect(top('កុមារគ្រប់រូបមានសិទ្ធិទទួលការអប់រំ', 'km')).toBe('CRC.28');
    expect(top('ເດັກ ແມ່ນ ບຸກຄົນທີ່ມີອາຍຸຕ່ຳກວ່າ 18 ປີ', 'lo')).toBe('CRC.1');
    expect(top('ຫ້າມນຳໃຊ້ແຮງງານເດັກໃນວຽກທີ່ເປັນອັນຕະລາຍ', 'lo')).toBe('CRC.32');
    expect(top('လူကုန်ကူးမှုမှ ကလေးသူငယ်များကို ကာကွယ်ရမည်', 'my')).toBe('CRC.35');
  });

  it("keeps every instrument's own best five, so a few instruments kept afterwards rank as if asked alone", () => {
    const clauses = [s62, { ...s62, number: '2', heading: 'Interpretation', text: INTERPRETATION }];
    for (const clause of clauses) {
      const each = matcher.matchClause(clause, { limit: Infinity, perFramework: 5 });
      const counts = new Map<string, number>();
      for (const r of each)
        counts.set(r.provisionId.split('.')[0], (counts.get(r.provisionId.split('.')[0]) ?? 0) + 1);
      expect(Math.max(...counts.values())).toBe(5);
      expect(counts.size).toBeGreaterThan(2);
      const kept = each.filter((r) => GOLD.includes(r.provisionId.split('.')[0])).slice(0, 5);
      const alone = matcher.matchClause(clause, { limit: 5, frameworks: GOLD });
      expect(kept).toEqual(alone);
      // A global top five alone would have dropped some of the instruments' own best.
      const global = matcher.matchClause(clause, { limit: 5 });
      expect(global.filter((r) => GOLD.includes(r.provisionId.split('.')[0])).length).toBeLessThan(5);
    }
    const floored = matcher.matchClause(s62, { limit: Infinity, perFramework: 5, minScore: 0.05 });
    expect(floored.length).toBeGreaterThan(0);
    expect(floored.every((r) => r.score >= 0.05)).toBe(true);
    expect(floored.length).toBeLessThan(
      matcher.matchClause(s62, { limit: Infinity, perFramework: 5 }).length,
    );
  });

  it('ends the results where keepWhile says, giving the rest as they would be', () => {
    const clause = { ...s62, number: '2', heading: 'Interpretation', text: INTERPRETATION };
    const all = matcher.matchClause(clause, { limit: Infinity, perFramework: 5 });
    // The rule tagging stores by: the best five, and after them only scores of at least 0.02.
    const stored = matcher.matchClause(clause, {
      limit: Infinity,
      perFramework: 5,
      keepWhile: (score, rank) => rank < 5 || score >= 0.02,
    });
    const cut = all.findIndex((r, rank) => rank >= 5 && r.score < 0.02);
    expect(cut).toBeGreaterThan(5);
    expect(stored).toEqual(all.slice(0, cut));
  });
});

// Child Bill 1999 (Malaysia), section 2(1), first definitions, as printed.
const INTERPRETATION = `(1) In this Act, unless the context otherwise requires—
"approved school" means a school established or appointed under section 65 and includes a centre;
"approved school order" means an order made by a Court For Children sending a child to an approved school;
"Board of Visiting Justices" means the Board of Visiting Justices appointed under section 64 of the Prison Act 1995 [Act 537];
"Board of Visitors" means the Board of Visitors appointed by the Minister under section 82;
"brothel" means any place occupied or used by any two or more persons whether at the same time or at different times for the purpose of prostitution;
"centre" means a privately-owned shelter or institution approved by the Minister, set up for the care, protection and rehabilitation of children;
"child"— (a) means a person under the age of eighteen years; and (b) in relation to criminal proceedings, means a person who has attained the age of criminal responsibility as prescribed in section 82 of the Penal Code [Act 574];
"child care provider" means a person who looks after one or more children for valuable consideration for any period of time;
"Child Protection Team" means a team established by the Council under section 7;
"Child Welfare Committee", in relation to a State, means a Committee appointed by the Minister to oversee the welfare of persons coming within the purview of Part X and to assist the probation officer in any district or area;
"contribution order" means a contribution order made under section 108;
"Council" means the Co-ordinating Council for the Protection of Children established under section 3;
"Court" means the Court For Children or any other Court, as the case may require;
"Court For Children" means the Court For Children constituted under section 11;
"foster parent" means a person, not being a parent or a relative of a child— (a) to whom the care, custody and control of a child has been given by order of a Court under paragraph 30(1)(e); or (b) permitted by the Protector under section 35 or 37, as the case may be, to receive a child into his care, custody and control;
"place of detention" means any place of detention established under section 61;
"place of safety" means any place of safety established under section 54;`;
