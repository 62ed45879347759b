import { describe, expect, it } from 'vitest';
import { parseGroupHeading, parseKeywordStart, parseNumberedStart } from './structure-lines';

// Lines as the laws of the region print them; whole laws are in the segmentation fixtures.
describe('clause starts and group headings in Lao, Burmese and Filipino', () => {
  it('reads a Lao article with its heading on the line, in Lao or ASCII digits', () => {
    expect(parseKeywordStart('ມາດຕາ 3 ສິດຂອງເດັກ')).toMatchObject({
      number: { text: '3' },
      rest: 'ສິດຂອງເດັກ',
    });
    expect(parseKeywordStart('ມາດຕາ ໑໒ ການປົກປ້ອງເດັກ')).toMatchObject({ number: { text: '12' } });
  });

  it('reads a Lao chapter in either spelling (ຫມວດ, ໝວດ), its keyword as printed', () => {
    expect(parseGroupHeading('ຫມວດທີ 2')).toMatchObject({ level: 2, keyword: 'ຫມວດທີ', number: '2' });
    expect(parseGroupHeading('ຫມວດທີ໒')).toMatchObject({ level: 2, keyword: 'ຫມວດທີ', number: '2' });
    expect(parseGroupHeading('ໝວດທີ 2')).toMatchObject({ level: 2, keyword: 'ໝວດທີ', number: '2' });
  });

  it('reads a Burmese section numbered in Myanmar digits and a chapter number in parentheses', () => {
    expect(parseNumberedStart('၁၂။ ဤဥပဒေကို ကလေးသူငယ်အခွင့်အရေးဥပဒေဟု ခေါ်တွင်စေရမည်။')).toMatchObject({
      number: { text: '12' },
    });
    expect(parseGroupHeading('အခန်း (၂)')).toMatchObject({ level: 2, number: '2' });
  });

  it('reads a Filipino section and chapter', () => {
    expect(parseKeywordStart('Seksiyon 4. Kahulugan ng mga Termino')).toMatchObject({
      number: { text: '4' },
      rest: 'Kahulugan ng mga Termino',
    });
    expect(parseGroupHeading('KABANATA II')).toMatchObject({ level: 2, number: 'II' });
  });

  it('leaves a sentence that mentions a section alone', () => {
    expect(parseKeywordStart('Section 5 of the Penal Code applies')).toBeNull();
    expect(parseGroupHeading('Part X and the Schedule apply')).toBeNull();
  });
});
