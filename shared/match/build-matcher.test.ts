import { describe, expect, it } from 'vitest';
import { buildMatcher, type ClauseInput } from './build-matcher';
import { testCatalog } from './test-catalog';
import { tokenize } from './tokenize';

const matcher = buildMatcher(testCatalog());

function clause(text: string, extra: Partial<ClauseInput> = {}): ClauseInput {
  return { text, heading: '', path: [], documentTitle: '', language: 'en', ...extra };
}

const scoreOf = (results: { provisionId: string; score: number }[], id: string) =>
  results.find((r) => r.provisionId === id)?.score ?? 0;

describe('tokenize', () => {
  it('stems Malay words and keeps reduplicated plurals together', () => {
    // Sexual Offences against Children Bill 2017, Malay text, section 4.
    const text =
      '“pornografi kanak-kanak” ertinya apa-apa gambaran, sama ada dalam bentuk visual, audio atau bertulis';
    const tokens = tokenize(text, 'ms');
    const child = tokens.find((t) => t.term === 'kanak-kanak')!;
    expect(child.stem).toBe('kanak');
    expect(text.slice(child.start, child.end)).toBe('kanak-kanak');
    expect(tokens.find((t) => t.term === 'gambaran')!.stem).toBe('gambar');
    expect(tokens.find((t) => t.term === 'bertulis')!.stem).toBe('tulis');
  });

  it('breaks Thai into words with offsets into the text', () => {
    // Child Protection Act B.E. 2546 (2003), section 4, definition of a child.
    const text =
      'เด็ก หมายความว่า บุคคลซึ่งมีอายุต่ำกว่าสิบแปดปีบริบูรณ์ แต่ไม่รวมถึงผู้ที่บรรลุนิติภาวะด้วยการสมรส';
    const tokens = tokenize(text, 'th');
    expect(tokens.length).toBeGreaterThan(10);
    expect(tokens[0].term).toBe('เด็ก');
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.term);
    expect(tokens.map((t) => t.term)).toContain('บุคคล');
  });

  it('splits Vietnamese into syllables and keeps their diacritics', () => {
    // Law on Children 2016, article 1.
    const text = 'Trẻ em là người dưới 16 tuổi.';
    expect(tokenize(text, 'vi').map((t) => t.term)).toEqual([
      'trẻ',
      'em',
      'là',
      'người',
      'dưới',
      '16',
      'tuổi',
    ]);
  });

  it('stems English and reads number words as digits', () => {
    const tokens = tokenize('Children under the age of eighteen years', 'en');
    expect(tokens.map((t) => t.stem)).toEqual(['children', 'under', 'the', 'ag', 'of', '18', 'year']);
  });
});

describe('matchClause', () => {
  it('points phrase offsets at the words in the clause, across scripts', () => {
    const en =
      'Any person who ill-treats the child in a manner likely to cause him physical injury commits an offence.';
    const top = matcher.matchClause(clause(en))[0];
    expect(top.provisionId).toBe('CRC.19');
    const texts = top.matched.filter((m) => m.start >= 0).map((m) => en.slice(m.start, m.end));
    expect(texts).toEqual(expect.arrayContaining(['ill-treats the child', 'physical injury']));

    const vi = 'Trẻ em là người dưới 16 tuổi.';
    const viTop = matcher.matchClause(clause(vi, { language: 'vi' }))[0];
    expect(viTop.provisionId).toBe('CRC.1');
    expect(viTop.matched.filter((m) => m.start >= 0).map((m) => vi.slice(m.start, m.end))).toContain(
      'dưới 16 tuổi',
    );

    const th = 'เด็ก หมายความว่า บุคคลซึ่งมีอายุต่ำกว่าสิบแปดปีบริบูรณ์';
    const thTop = matcher.matchClause(clause(th, { language: 'th' }))[0];
    expect(thTop.provisionId).toBe('CRC.1');
    expect(thTop.matched.map((m) => th.slice(m.start, m.end))).toContain('อายุต่ำกว่าสิบแปดปี');

    const ms =
      'Dalam Akta ini, “pornografi kanak-kanak” ertinya apa-apa gambaran seksual mengenai seorang kanak-kanak.';
    const msTop = matcher.matchClause(clause(ms, { language: 'ms' }))[0];
    expect(msTop.provisionId).toBe('CRC.34');
    expect(msTop.matched.map((m) => ms.slice(m.start, m.end))).toContain('pornografi kanak-kanak');
  });

  it('lowers a corporal-punishment match when the clause keeps "reasonable chastisement"', () => {
    const ban = 'No person shall inflict corporal punishment on a child in any home, school or institution.';
    const excuse = `${ban.slice(0, -1)}, but nothing in this section affects the right of a parent to administer reasonable chastisement.`;
    const plain = matcher.matchClause(clause(ban));
    const weakened = matcher.matchClause(clause(excuse));
    expect(scoreOf(weakened, 'CRC.19')).toBeLessThan(scoreOf(plain, 'CRC.19') * 0.8);
    const negative = weakened
      .find((r) => r.provisionId === 'CRC.19')!
      .matched.find((m) => m.kind === 'negative')!;
    expect(excuse.slice(negative.start, negative.end)).toBe('reasonable chastisement');
  });

  it('lets the heading, the Part and the law title change the ranking', () => {
    const text = 'The Court may order that the child be placed in the care of a fit and proper person.';
    const bare = matcher.matchClause(clause(text), { frameworks: ['CRC'] });
    const inCare = matcher.matchClause(
      clause(text, {
        path: ['Part V — Children in need of care and protection'],
        heading: 'Placement with a foster parent',
      }),
      { frameworks: ['CRC'] },
    );
    const inJustice = matcher.matchClause(
      clause(text, {
        path: ['Part X — Criminal proceedings against children'],
        documentTitle: 'Juvenile Justice Act',
      }),
      { frameworks: ['CRC'] },
    );
    expect(inCare[0].provisionId).toBe('CRC.20');
    expect(inJustice[0].provisionId).toBe('CRC.40');
    expect(scoreOf(inCare, 'CRC.20')).toBeGreaterThan(scoreOf(bare, 'CRC.20'));
    expect(inCare[0].matched.some((m) => m.kind === 'context')).toBe(true);
  });

  it('finds a child defined as under eighteen inside a long interpretation section', () => {
    const top = matcher.matchClause(
      clause(INTERPRETATION, {
        heading: 'Interpretation',
        path: ['Part I — Preliminary'],
        documentTitle: 'Child Bill 1999',
      }),
    );
    expect(top[0].provisionId).toBe('CRC.1');
    const phrase = top[0].matched.find((m) => m.kind === 'phrase' && m.term === 'under the age of eighteen')!;
    expect(INTERPRETATION.slice(phrase.start, phrase.end)).toBe('under the age of eighteen');
  });

  it('keeps only the frameworks asked for and sorts by score in 0..1', () => {
    const results = matcher.matchClause(clause('No person shall inflict corporal punishment on a child.'), {
      limit: 20,
    });
    expect(results.some((r) => r.provisionId.startsWith('CHK.'))).toBe(true);
    const crcOnly = matcher.matchClause(clause('No person shall inflict corporal punishment on a child.'), {
      frameworks: ['CRC'],
    });
    expect(crcOnly.every((r) => r.provisionId.startsWith('CRC.'))).toBe(true);
    for (let i = 1; i < results.length; i++)
      expect(results[i].score).toBeLessThanOrEqual(results[i - 1].score);
    for (const r of results) {
      expect(r.score).toBeGreaterThan(0);
      expect(r.score).toBeLessThan(1);
    }
    expect(
      matcher
        .matchClauses([clause('sexual abuse of a child'), clause('trafficking in persons')])
        .map((r) => r[0].provisionId),
    ).toEqual(['CRC.34', 'CRC.35']);
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
