import { describe, expect, it } from 'vitest';
import { foldSpellings, originalSpan } from './fold-spellings';

/** The characters of the original a word of the folded text came from. */
function printedAs(text: string, word: string): string {
  const fold = foldSpellings(text);
  const at = fold.text.indexOf(word);
  expect(at, `${word} in ${fold.text}`).toBeGreaterThanOrEqual(0);
  const [start, end] = originalSpan(fold, at, at + word.length);
  return text.slice(start, end);
}

describe('foldSpellings', () => {
  it('writes each Lao, Khmer and Thai spelling variant one way', () => {
    // Lao: ໍາ → ຳ (also with a tone mark typed between), ຫນ → ໜ, ຫມ → ໝ, ຫລ → ຫຼ.
    expect(foldSpellings('ອາຍຸຕ່ໍາກວ່າ').text).toBe('ອາຍຸຕ່ຳກວ່າ');
    expect(foldSpellings('\u0E95\u0ECD\u0EC8\u0EB2').text).toBe('\u0E95\u0EC8\u0EB3');
    expect(foldSpellings('ກົດຫມາຍ ຫນ້າທີ່ ຫລື').text).toBe('ກົດໝາຍ ໜ້າທີ່ ຫຼື');
    // Khmer: coeng DA → coeng TA (the same subscript).
    expect(foldSpellings('ស្ដារនីតិសម្បទា').text).toBe('ស្តារនីតិសម្បទា');
    // Thai: ํา → ำ.
    expect(foldSpellings('อายุต่ํากว่า กระทํา').text).toBe('อายุต่ำกว่า กระทำ');
    // The modern spellings stay as they are.
    for (const text of ['ອາຍຸຕ່ຳກວ່າ ກົດໝາຍ ໜ້າທີ່ ຫຼື', 'ស្តារនីតិសម្បទា', 'อายุต่ำกว่า', 'ຫົວໜ້າ'])
      expect(foldSpellings(text)).toEqual({ text, starts: null, ends: null });
  });

  it('puts marks in canonical order and composes them (NFC)', () => {
    // Thai sara u typed after the tone mark; Burmese ဥ + ီ for ဦ.
    expect(foldSpellings('\u0E01\u0E48\u0E38\u0E21').text).toBe('\u0E01\u0E38\u0E48\u0E21');
    expect(foldSpellings('\u1025\u102E\u1038').text).toBe('\u1026\u1038');
    expect(printedAs('ကလေး \u1025\u102E\u1038', '\u1026\u1038')).toBe('\u1025\u102E\u1038');
  });

  it('maps a span of the folded text onto the characters as printed', () => {
    const printed = 'ຕໍ່ຜູ້່ກະທໍາຜິດຕໍ່ເດັກ';
    expect(printedAs(printed, 'ກະທຳຜິດ')).toBe('ກະທໍາຜິດ');
    expect(printedAs(printed, 'ເດັກ')).toBe('ເດັກ');
    expect(printedAs('ບຸກຄົນທີ່ມີອາຍຸຕ່ໍາກວ່າ 18 ປີ', 'ອາຍຸຕ່ຳກວ່າ 18 ປີ')).toBe('ອາຍຸຕ່ໍາກວ່າ 18 ປີ');
    expect(printedAs('ຂອງກົດຫມາຍສະບັບນີ້', 'ກົດໝາຍ')).toBe('ກົດຫມາຍ');
    expect(printedAs('ห้ามมิให้นายจ้างจ้างเด็กอายุต่ํากว่าสิบห้าปี', 'อายุต่ำกว่า')).toBe('อายุต่ํากว่า');
    // Both steps at once: a Burmese ဦ composed before a Lao ໍາ folds.
    expect(printedAs('\u1025\u102E ກະທໍາ', 'ກະທຳ')).toBe('ກະທໍາ');
  });
});
