import { describe, expect, it } from 'vitest';
import { CueIndex } from './cue-index';
import { scan } from './tokenize';

/** What a cue written `cue` marks in `text`, as printed there. */
function found(language: string, cue: string, text: string): string[] {
  const index = new CueIndex(language);
  index.add(0, cue, 'phrase');
  index.finish(1);
  return index.find(scan(text, language), text).flatMap((hit) => hit.spans.map(([s, e]) => text.slice(s, e)));
}

describe('CueIndex, scripts written without spaces', () => {
  it('finds a Lao cue in either spelling in a law printed in the other, marking the words as printed', () => {
    // Modern cue, older print (ໍາ for ຳ, ຫມ for ໝ, ຫລ for ຫຼ), and the other way round.
    const older = 'ເດັກ ແມ່ນ ບຸກຄົນທີ່ມີອາຍຸຕ່ໍາກວ່າ 18 ປີ ຕາມກົດຫມາຍ ຫລື ກະທໍາຜິດ';
    const modern = 'ເດັກ ແມ່ນ ບຸກຄົນທີ່ມີອາຍຸຕ່ຳກວ່າ 18 ປີ ຕາມກົດໝາຍ ຫຼື ກະທຳຜິດ';
    expect(found('lo', 'ອາຍຸຕ່ຳກວ່າ 18 ປີ', older)).toEqual(['ອາຍຸຕ່ໍາກວ່າ 18 ປີ']);
    expect(found('lo', 'ອາຍຸຕ່ໍາກວ່າ 18 ປີ', modern)).toEqual(['ອາຍຸຕ່ຳກວ່າ 18 ປີ']);
    expect(found('lo', 'ກະທຳຜິດ', older)).toEqual(['ກະທໍາຜິດ']);
    expect(found('lo', 'ກົດໝາຍ ຫຼື', older)).toEqual(['ກົດຫມາຍ ຫລື']);
    expect(found('lo', 'ກົດຫມາຍ ຫລື', modern)).toEqual(['ກົດໝາຍ ຫຼື']);
  });

  it('finds a Khmer cue with either subscript ta (្ត or ្ដ) in text with the other', () => {
    expect(found('km', 'ស្តារនីតិសម្បទា', 'ការស្ដារនីតិសម្បទាកុមារ')).toEqual(['ស្ដារនីតិសម្បទា']);
    expect(found('km', 'ឪពុកម្ដាយ', 'របស់ឪពុកម្តាយ')).toEqual(['ឪពុកម្តាយ']);
  });

  it('finds a Thai cue with ำ in text whose PDF text layer split it into ํา, and the other way round', () => {
    const extracted = 'ห้ามมิให้นายจ้างจ้างเด็กอายุต่ํากว่าสิบห้าปีเป็นลูกจ้าง';
    expect(found('th', 'อายุต่ำกว่าสิบห้าปี', extracted)).toEqual(['อายุต่ํากว่าสิบห้าปี']);
    expect(found('th', 'อายุต่ํากว่า', 'เด็กอายุต่ำกว่าสิบห้าปี')).toEqual(['อายุต่ำกว่า']);
  });

  it('gives a word the same stem in either spelling', () => {
    const stems = (text: string, language: string) => scan(text, language).infos.map((w) => w.stemId);
    expect(stems('ກະທໍາຜິດ ກົດຫມາຍ', 'lo')).toEqual(stems('ກະທຳຜິດ ກົດໝາຍ', 'lo'));
    expect(stems('กระทํา', 'th')).toEqual(stems('กระทำ', 'th'));
    const { infos, starts } = scan('ກະທໍາຜິດ', 'lo');
    expect(starts.map((s, i) => 'ກະທໍາຜິດ'.slice(s, s + infos[i].length)).join('')).toBe('ກະທໍາຜິດ');
  });
});
