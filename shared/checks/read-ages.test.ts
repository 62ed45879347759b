import { describe, expect, it } from 'vitest';
import { LANGUAGE_PROFILES } from '../language/registry';
import { clauseAges } from './propose-checks';
import { readAges } from './read-ages';
import { subjectsOf } from './route-ages';

const ages = (text: string, language: string) =>
  readAges(text, language).map((s) => ({
    age: s.age,
    bound: s.bound,
    sex: s.sex,
    definesChild: s.definesChild,
  }));

/** Each age a clause of a law so titled sets: [parameter, age, bound, sex]. */
const routed = (text: string, language: string, title = ''): [string, number, string, string | null][] =>
  clauseAges({ text }, { language, title }).map(({ parameter, age, bound, sex }) => [
    parameter,
    age,
    bound,
    sex,
  ]);

describe('reading ages', () => {
  it('reads English ages written in words, digits and ordinals, with their bound', () => {
    expect(ages('"child" means a person under the age of eighteen years;', 'en')).toEqual([
      { age: 18, bound: 'under', sex: null, definesChild: true },
    ]);
    expect(ages('No person below 18 years shall be employed in a mine.', 'en')).toEqual([
      { age: 18, bound: 'under', sex: null, definesChild: false },
    ]);
    expect(ages('“child” means a person who has not completed -his fourteenth year of age;', 'en')).toEqual([
      { age: 14, bound: 'under', sex: null, definesChild: true },
    ]);
    expect(ages('a person who has attained the age of twenty-one years', 'en')[0]).toMatchObject({
      age: 21,
      bound: 'at_least',
    });
    expect(ages('a child aged fourteen years or above', 'en')[0]).toMatchObject({
      age: 14,
      bound: 'at_least',
    });
  });

  it('reads "twenty-one" as 21 however the PDF prints its hyphen, or with a space', () => {
    // Child Marriage Restraint Act 1929 (India) as amended in 1978, s. 2(a).
    const child = (join: string) =>
      `(a) "child" means a person who, if a male, has not completed twenty${join}one years of age, and if a female, has not completed eighteen years of age;`;
    for (const join of ['-', ' ', '\u2010', '\u2011', '\u2013', '\u2014', '- ', '\u00AD'])
      expect(ages(child(join), 'en'), JSON.stringify(join)).toEqual([
        { age: 21, bound: 'under', sex: 'male', definesChild: true },
        { age: 18, bound: 'under', sex: 'female', definesChild: true },
      ]);
    expect(ages('who has not completed his twenty–first year', 'en')[0]).toMatchObject({
      age: 21,
      bound: 'under',
    });
    expect(ages('any male under twenty-one-years of age', 'en')[0]).toMatchObject({
      age: 21,
      bound: 'under',
    });
    // A period of days and a section number beside it are not ages.
    expect(
      ages(
        'Notice under section 21 shall be given within twenty–one days to any person under twenty–one years of age.',
        'en',
      ),
    ).toEqual([{ age: 21, bound: 'under', sex: null, definesChild: false }]);
  });

  it('reads an age per sex where the law differs, through amendment marks', () => {
    expect(
      ages(
        '(a) “child” means a person who, if a male, is under 18 years of age, and if a female, is under 5[sixteen] years of age;',
        'en',
      ),
    ).toEqual([
      { age: 18, bound: 'under', sex: 'male', definesChild: true },
      { age: 16, bound: 'under', sex: 'female', definesChild: true },
    ]);
  });

  it('reads Malay and Indonesian ages in words and digits', () => {
    expect(
      ages('Akta ini hendaklah terpakai bagi kanak-kanak yang berumur di bawah lapan belas tahun.', 'ms'),
    ).toEqual([{ age: 18, bound: 'under', sex: null, definesChild: true }]);
    expect(
      ages('"kanak-kanak" ertinya seseorang yang di bawah umur lima belas tahun;', 'ms')[0],
    ).toMatchObject({
      age: 15,
      definesChild: true,
    });
    expect(ages('Anak adalah seseorang yang belum berusia 18 (delapan belas) tahun.', 'id')).toEqual([
      { age: 18, bound: 'under', sex: null, definesChild: true },
    ]);
    expect(ages('pria dan wanita sudah mencapai umur 19 (sembilan belas) tahun', 'id')[0]).toMatchObject({
      age: 19,
      bound: 'at_least',
      sex: null,
    });
  });

  it('reads Vietnamese ages in words and digits, per sex', () => {
    expect(ages('Trẻ em là người dưới mười sáu tuổi.', 'vi')).toEqual([
      { age: 16, bound: 'under', sex: null, definesChild: true },
    ]);
    expect(ages('Trẻ em là người dưới 16 tuổi.', 'vi')[0]).toMatchObject({ age: 16, bound: 'under' });
    expect(ages('Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên;', 'vi')).toEqual([
      { age: 20, bound: 'at_least', sex: 'male', definesChild: false },
      { age: 18, bound: 'at_least', sex: 'female', definesChild: false },
    ]);
    expect(ages('người từ đủ mười lăm tuổi trở lên', 'vi')[0]).toMatchObject({ age: 15, bound: 'at_least' });
  });

  it('reads both Vietnamese marriage ages, each with its sex, and routes a list item by its lead-in', () => {
    const law = { language: 'vi', title: '' };
    const routed = (text: string) =>
      clauseAges({ text }, law).map(({ parameter, age, bound, sex }) => [parameter, age, bound, sex]);
    const marriage = [
      ['minimum_marriage_age_both_sexes', 20, 'at_least', 'male'],
      ['minimum_marriage_age_both_sexes', 18, 'at_least', 'female'],
    ];
    // The second age after "…, của nữ là" shares the first's bound and names its own sex.
    expect(routed('Tuổi kết hôn của nam là 20 tuổi, của nữ là 18 tuổi.')).toEqual(marriage);
    expect(routed('Tuổi kết hôn đối với nam là 20 tuổi và đối với nữ là 18 tuổi.')).toEqual(marriage);
    // Law on Marriage and Family 2014, art. 8(1): the item names no subject, its lead-in does.
    const article8 =
      '1. Nam, nữ kết hôn với nhau phải tuân theo các điều kiện sau đây:\na) Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên;\nb) Việc kết hôn do nam và nữ tự nguyện quyết định;\nc) Không bị mất năng lực hành vi dân sự;';
    expect(routed(article8)).toEqual(marriage);
    expect(readAges(article8, 'vi').map((s) => s.words)).toEqual([
      'a) Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên;',
      'a) Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên;',
    ]);
    // A full stop ends the list: the next sentence's age is not routed by its lead-in.
    expect(
      routed(
        'Nam, nữ kết hôn với nhau phải tuân theo các điều kiện sau đây: a) Không bị mất năng lực. Trẻ em từ đủ 07 tuổi trở lên được hỏi ý kiến.',
      ),
    ).toEqual([]);
  });

  it('reads Thai ages in words and Thai digits', () => {
    expect(ages('“เด็ก” หมายความว่า บุคคลซึ่งมีอายุต่ำกว่าสิบแปดปีบริบูรณ์', 'th')).toEqual([
      { age: 18, bound: 'under', sex: null, definesChild: true },
    ]);
    expect(ages('การสมรสจะทำได้ต่อเมื่อชายและหญิงมีอายุสิบเจ็ดปีบริบูรณ์แล้ว', 'th')).toEqual([
      { age: 17, bound: 'at_least', sex: null, definesChild: false },
    ]);
    expect(ages('ห้ามมิให้นายจ้างจ้างเด็กอายุต่ำกว่า ๑๕ ปี เป็นลูกจ้าง', 'th')[0]).toMatchObject({
      age: 15,
      bound: 'under',
    });
  });

  it('reads Lao ages in words, Lao digits and Arabic digits, in either spelling of ຳ', () => {
    // What these laws provide, in their Lao words as far as they could be checked: the search tool
    // gave the Wikisource text of the Law on the Protection of the Rights and Interests of Children
    // 2006 up to art. 2's heading only (numbers in words, ມາດຕາສອງ; ຳ printed ໍາ, ກໍານົດ), not the
    // sentences themselves. Art. 2: a child is a person under 18.
    expect(ages('ເດັກ ແມ່ນ ບຸກຄົນທີ່ມີອາຍຸຕໍ່າກວ່າ ສິບແປດປີ.', 'lo')).toEqual([
      { age: 18, bound: 'under', sex: null, definesChild: true },
    ]);
    expect(ages('ເດັກ ແມ່ນ ບຸກຄົນທີ່ມີອາຍຸຕ່ຳກວ່າ ໑໘ ປີ.', 'lo')).toEqual([
      { age: 18, bound: 'under', sex: null, definesChild: true },
    ]);
    // Labour Law 2013, art. 119, in its English translation's sense: children from 14 may do light work.
    expect(ages('ນາຍຈ້າງ ສາມາດຮັບເອົາເດັກທີ່ມີອາຍຸແຕ່ 14 ປີ ຫາ 18 ປີ ເຂົ້າເຮັດວຽກເບົາ', 'lo')[0]).toEqual({
      age: 14,
      bound: 'at_least',
      sex: null,
      definesChild: false,
    });
    // Family Law, art. 9, in its sense: marriage at 18 (and ຊາວເອັດ, 21, for the twenties' words).
    expect(ages('ຊາຍ ແລະ ຍິງ ທີ່ມີອາຍຸສິບແປດປີບໍລິບູນ ມີສິດແຕ່ງງານ', 'lo')).toEqual([
      { age: 18, bound: 'at_least', sex: null, definesChild: false },
    ]);
    expect(ages('ຜູ້ທີ່ມີອາຍຸ ຊາວເອັດ ປີ ຂຶ້ນໄປ', 'lo')[0]).toMatchObject({ age: 21, bound: 'at_least' });
    expect(ages('ແມ່ຍິງທີ່ມີອາຍຸບໍ່ເກີນ ສິບຫ້າ ປີ', 'lo')[0]).toMatchObject({
      age: 16,
      bound: 'under',
      sex: 'female',
    });
    // An age beside a prison term: only the age is read.
    expect(
      ages('ຜູ້ໃດຂົ່ມຂືນເດັກອາຍຸຕ່ຳກວ່າ 15 ປີ ຈະຖືກລົງໂທດຕັດອິດສະລະພາບ ແຕ່ ສິບປີ ຫາ ສິບຫ້າປີ', 'lo'),
    ).toEqual([{ age: 15, bound: 'under', sex: null, definesChild: false }]);
    // Routed by the Lao words of its sentence or its law's title.
    const labour = { language: 'lo', title: 'ກົດໝາຍວ່າດ້ວຍແຮງງານ' };
    expect(
      clauseAges({ text: 'ຫ້າມນາຍຈ້າງ ຮັບເອົາເດັກທີ່ມີອາຍຸຕ່ຳກວ່າ 14 ປີ ເຂົ້າເຮັດວຽກ' }, labour),
    ).toEqual([expect.objectContaining({ parameter: 'minimum_working_age', age: 14, bound: 'under' })]);
    expect(
      clauseAges(
        { text: 'ຊາຍ ແລະ ຍິງ ທີ່ມີອາຍຸສິບແປດປີບໍລິບູນ ມີສິດແຕ່ງງານ' },
        { language: 'lo', title: '' },
      ),
    ).toEqual([expect.objectContaining({ parameter: 'minimum_marriage_age_both_sexes', age: 18 })]);
  });

  it('reads Khmer ages in Khmer digits followed by their words, in words and in Arabic digits', () => {
    // Criminal Code 2009, non-denunciation of ill-treatment of a minor, as the Khmer-English-French
    // legal dictionary (Council of Jurists, 2011; lexicon.traju.org) quotes it.
    const nonDenunciation =
      'អំពើរបស់បុគ្គលណាដែលបានដឹងអំពីការធ្វើបាប ឬការបៀតបៀនខាងផ្លូវភេទលើអនីតិជន អាយុក្រោម១៥(ដប់ប្រាំ) ឆ្នាំ ហើយ មិនបានប្តឹងបរិហារដល់អាជ្ញាធរ តុលាការឬអាជ្ញាធរមានសមត្ថកិច្ចផ្សេងទៀត។';
    expect(ages(nonDenunciation, 'km')).toEqual([
      { age: 15, bound: 'under', sex: null, definesChild: false },
    ]);
    // The ages of criminal responsibility as a Phnom Penh Post interview puts them (not a statute).
    expect(ages('ក្មេងមានអាយុពី ១៤ ឆ្នាំដល់អាយុក្រោម ១៨ ឆ្នាំ', 'km')).toEqual([
      { age: 14, bound: 'at_least', sex: null, definesChild: false },
      { age: 18, bound: 'under', sex: null, definesChild: false },
    ]);
    // A definition in the catalog's Khmer words (resources/standards/CHK.json), not quoted from a law.
    expect(ages('អនីតិជន សំដៅដល់ជនដែលមានអាយុក្រោមដប់ប្រាំបីឆ្នាំ ។', 'km')).toEqual([
      { age: 18, bound: 'under', sex: null, definesChild: true },
    ]);
    expect(ages('ស្ត្រីដែលមានអាយុ ម្ភៃមួយ ឆ្នាំឡើងទៅ', 'km')[0]).toMatchObject({
      age: 21,
      bound: 'at_least',
      sex: 'female',
    });
    // A minimum age with its number further on: Labour Law 1997, art. 177 ("The minimum age for wage
    // employment is set at fifteen years", in its English text; the Khmer words are ours, in the
    // Code's style of digits with their words), and the Better Work guide's Khmer words, spaced.
    const khmerLabour = { language: 'km', title: 'ច្បាប់ស្ដីពីការងារ' };
    expect(
      clauseAges(
        { text: 'អាយុអប្បបរមាសម្រាប់ការងារដែលមានប្រាក់ឈ្នួល ត្រូវបានកំណត់ត្រឹម ១៥ (ដប់ប្រាំ) ឆ្នាំ។' },
        khmerLabour,
      ),
    ).toEqual([expect.objectContaining({ parameter: 'minimum_working_age', age: 15, bound: 'at_least' })]);
    expect(ages('អាយុ អប្បបរមា សម្រាប់ ការងារ ជា ប្រចាំ គឺ មាន អាយុ ១៥ ឆ្នាំ ។', 'km')).toEqual([
      { age: 15, bound: 'at_least', sex: null, definesChild: false },
    ]);
    // Its sentence ends at ។: a term of years in the next is no age.
    expect(
      ages(
        'អាយុអប្បបរមាសម្រាប់ការងារ ត្រូវកំណត់ដោយប្រកាស។ កម្មករត្រូវធ្វើការ ៨ ម៉ោង ក្នុងរយៈពេល ២ ឆ្នាំ',
        'km',
      ),
    ).toEqual([]);
    // Routed by the Khmer words of its sentence.
    expect(
      clauseAges(
        { text: 'ហាមនិយោជកជួលកុមារអាយុក្រោម 15 ឆ្នាំ ឱ្យធ្វើការងារ' },
        { language: 'km', title: '' },
      ),
    ).toEqual([expect.objectContaining({ parameter: 'minimum_working_age', age: 15, bound: 'under' })]);
  });

  it('reads Burmese ages with the bound after the year word, in Myanmar digits and in words', () => {
    // The sentences below are in the drafting style of Myanmar laws (X ဆိုသည်မှာ ... ကို ဆိုသည်။ for a
    // definition, ... မပြုရ။ for a ban), in their sense: the Child Rights Law 2019 (a child is under 18),
    // the Child Law 1993 (a child under 16, a youth from 16 to 18), the Shops and Establishments Law
    // 2016 (no child under 14 employed), the Penal Code s. 82 (no offence under seven). The words are
    // ours, not quoted; "အသက်တစ်ဆယ့်ရှစ်နှစ်မပြည့်" is the catalog's own cue (resources/standards/CRC.json).
    expect(ages('(က) ကလေး ဆိုသည်မှာ အသက် ၁၈ နှစ်မပြည့်သေးသူကို ဆိုသည်။', 'my')).toEqual([
      { age: 18, bound: 'under', sex: null, definesChild: true },
    ]);
    expect(ages('ကလေးဆိုသည်မှာ အသက်တစ်ဆယ့်ရှစ်နှစ်မပြည့်သေးသူကို ဆိုသည်။', 'my')).toEqual([
      { age: 18, bound: 'under', sex: null, definesChild: true },
    ]);
    expect(ages('ကလေး ဆိုသည်မှာ အသက် 18 နှစ်အောက် ရှိသူကို ဆိုသည်။', 'my')[0]).toMatchObject({
      age: 18,
      bound: 'under',
      definesChild: true,
    });
    // The youth's definition after the child's: its 16 is "completed", and it defines no child.
    expect(
      ages(
        '(က) ကလေးဆိုသည်မှာ အသက် ၁၆ နှစ် မပြည့်သေးသူကို ဆိုသည်။ (ခ) လူငယ်ဆိုသည်မှာ အသက် ၁၆ နှစ်ပြည့်ပြီး ၁၈ နှစ် မပြည့်သေးသူကို ဆိုသည်။',
        'my',
      ),
    ).toEqual([
      { age: 16, bound: 'under', sex: null, definesChild: true },
      { age: 16, bound: 'at_least', sex: null, definesChild: false },
    ]);
    // The letter ဝ typed for the digit ၀: "၂ဝ" is 20 (a Buddhist woman under 20 marries with her
    // parents' consent, in the sense of the Buddhist Women's Special Marriage Law 2015); a word
    // beginning with ဝ after a number (ဝန်ထမ်း, staff) is not a zero.
    expect(
      clauseAges(
        {
          text: 'အသက် ၂ဝ နှစ်မပြည့်သေးသော ဗုဒ္ဓဘာသာ အမျိုးသမီးသည် မိဘ၏ သဘောတူညီချက်ဖြင့် လက်ထပ်ထိမ်းမြားရမည်။',
        },
        { language: 'my', title: '' },
      ),
    ).toEqual([
      expect.objectContaining({ parameter: 'minimum_marriage_age_both_sexes', age: 20, bound: 'under' }),
    ]);
    const staff = readAges('အသက် ၁၈ နှစ်ပြည့်ပြီးသော ၁၈ဝန်ထမ်း', 'my');
    expect(staff.map((s) => [s.age, s.bound, s.words])).toEqual([
      [18, 'at_least', 'အသက် ၁၈ နှစ်ပြည့်ပြီးသော ၁၈ဝန်ထမ်း'],
    ]);
    // "and above", "completed ... until" (under), "not over", "over", a minimum age, in words.
    expect(ages('အသက် ၁၈ နှစ်နှင့်အထက်ရှိသူ', 'my')[0]).toMatchObject({ age: 18, bound: 'at_least' });
    expect(ages('အသက် ၁၈ နှစ်ပြည့်သည်အထိ ပညာသင်ကြားခွင့်ရှိသည်။', 'my')[0]).toMatchObject({
      age: 18,
      bound: 'under',
    });
    expect(ages('အသက် ဆယ့်ငါးနှစ်မကျော်သော ကလေး', 'my')[0]).toMatchObject({ age: 16, bound: 'under' });
    expect(ages('အသက် ၁၆ နှစ်ကျော်သူ', 'my')[0]).toMatchObject({ age: 16, bound: 'at_least' });
    expect(ages('အသက် နှစ်ဆယ့်တစ်နှစ်ပြည့်ပြီးသူ', 'my')[0]).toMatchObject({ age: 21, bound: 'at_least' });
    // Routed by the Burmese words of its sentence: work, criminal responsibility, marriage.
    const law = { language: 'my', title: '' };
    expect(
      clauseAges(
        { text: 'အသက် ၁၄ နှစ်မပြည့်သေးသော ကလေးကို ဆိုင် သို့မဟုတ် အလုပ်ဌာနတွင် အလုပ်ခန့်ထားခြင်း မပြုရ။' },
        law,
      ),
    ).toEqual([expect.objectContaining({ parameter: 'minimum_working_age', age: 14, bound: 'under' })]);
    expect(
      clauseAges({ text: 'အလုပ်ခန့်ထားခြင်းအတွက် အနိမ့်ဆုံးအသက်ကို ၁၄ နှစ်ဟု သတ်မှတ်သည်။' }, law),
    ).toEqual([expect.objectContaining({ parameter: 'minimum_working_age', age: 14, bound: 'at_least' })]);
    // Seven is ခုနစ် (or ခုနှစ်): "ခုနစ်နှစ်" is seven years, not two.
    for (const seven of ['ခုနစ်', 'ခုနှစ်'])
      expect(
        clauseAges({ text: `အသက် ${seven}နှစ်အောက် ကလေးသူငယ်က ပြုသည့်အပြုအမူသည် ပြစ်မှုမမြောက်စေရ။` }, law),
      ).toEqual([
        expect.objectContaining({ parameter: 'minimum_age_criminal_responsibility', age: 7, bound: 'under' }),
      ]);
    // A plain "… နှစ်အထက်" (years and above, without နှင့်) is 18 or above, as "above eighteen" is in
    // English; အထက်ပါ (the above-mentioned) is no bound.
    expect(ages('လူကြီး ဆိုသည်မှာ အသက် ၁၈ နှစ်အထက် ရှိသူကို ဆိုသည်။', 'my')).toEqual([
      { age: 18, bound: 'at_least', sex: null, definesChild: false },
    ]);
    expect(ages('အသက် ၁၈ နှစ် အထက် ရှိသူ', 'my')[0]).toMatchObject({ age: 18, bound: 'at_least' });
    expect(ages('အသက် ၁၈ နှစ် အထက်ပါ ပုဒ်မ ၅ အရ', 'my')).toEqual([]);
    // A sex per age, named before it (အမျိုးသား, a man, as well as ယောက်ျား) or after it, as the person
    // its relative clause describes ("… နှစ်ပြည့်ပြီးသော အမျိုးသား", a man who has completed … years).
    const perSex = [
      expect.objectContaining({ parameter: 'minimum_marriage_age_both_sexes', age: 20, sex: 'male' }),
      expect.objectContaining({ parameter: 'minimum_marriage_age_both_sexes', age: 18, sex: 'female' }),
    ];
    expect(
      clauseAges(
        {
          text: 'လက်ထပ်ထိမ်းမြားမည့် အမျိုးသားသည် အသက် ၂၀ နှစ်ပြည့်ပြီး အမျိုးသမီးသည် အသက် ၁၈ နှစ်ပြည့်ပြီး ဖြစ်ရမည်။',
        },
        law,
      ),
    ).toEqual(perSex);
    expect(
      clauseAges(
        {
          text: 'အသက် ၂၀ နှစ်ပြည့်ပြီးသော အမျိုးသားနှင့် အသက် ၁၈ နှစ်ပြည့်ပြီးသော အမျိုးသမီးသည် လက်ထပ်ထိမ်းမြားနိုင်သည်။',
        },
        law,
      ),
    ).toEqual(perSex);
    expect(ages('အသက် ၂ဝ နှစ်မပြည့်သေးသော ဗုဒ္ဓဘာသာ အမျိုးသမီးသည်', 'my')[0]).toMatchObject({
      age: 20,
      bound: 'under',
      sex: 'female',
    });
    // အမျိုးသား is also "national": the National Assembly (အမျိုးသားလွှတ်တော်) is no man.
    expect(ages('အမျိုးသားလွှတ်တော်က အသက် ၁၈ နှစ်ပြည့်ပြီးသူ လက်ထပ်နိုင်သည်ဟု အတည်ပြုသည်။', 'my')).toEqual([
      { age: 18, bound: 'at_least', sex: null, definesChild: false },
    ]);
    // "နှစ်ဦးစလုံး" (both, "two persons") is no age; a man and a woman named: the age is for both.
    expect(
      clauseAges(
        { text: 'လက်ထပ်ထိမ်းမြားမည့် ယောက်ျားနှင့် မိန်းမ နှစ်ဦးစလုံးသည် အသက် ၁၈ နှစ်ပြည့်ပြီးသူ ဖြစ်ရမည်။' },
        law,
      ),
    ).toEqual([
      expect.objectContaining({
        parameter: 'minimum_marriage_age_both_sexes',
        age: 18,
        bound: 'at_least',
        sex: null,
      }),
    ]);
  });

  it('reads "not over fifteen" as under sixteen, not as fifteen or above', () => {
    // Thai Criminal Code s. 277: intercourse with a child not over fifteen, consenting or not.
    expect(
      ages(
        'ผู้ใดกระทำชำเราเด็กอายุยังไม่เกินสิบห้าปี โดยเด็กนั้นจะยินยอมหรือไม่ก็ตาม ต้องระวางโทษจำคุก',
        'th',
      ),
    ).toEqual([{ age: 16, bound: 'under', sex: null, definesChild: false }]);
    expect(ages('any girl not exceeding sixteen years of age', 'en')[0]).toMatchObject({
      age: 17,
      bound: 'under',
    });
    expect(ages('người lao động không quá 15 tuổi', 'vi')[0]).toMatchObject({ age: 16, bound: 'under' });
    expect(ages('kanak-kanak yang berumur tidak melebihi enam belas tahun', 'ms')[0]).toMatchObject({
      age: 17,
      bound: 'under',
    });
  });

  it("reads the age of whom a penal clause punishes as no minimum age: the marriage age is the definition's", () => {
    // Child Marriage Restraint Act 1929 (Pakistan), ss. 2(a) and 4, as the PDF in the data reads them.
    const act = 'Child Marriage Restraint Act, 1929';
    const s2 =
      'In this Act, unless there is anything repugnant in the subject or context,—\n(a) “child” means a person who, if a male, is under 18 years of age, and if a female, is under sixteen years of age;\n(b) “child marriage” means a marriage to which either of the contracting parties is a child;';
    const s4 =
      'Whoever, being a male above eighteen years of age, contracts a child marriage shall be punishable with simple imprisonment which may extend to one month, or with fine which may extend to one thousand rupees, or with both.';
    expect(routed(s2, 'en', act)).toEqual([
      ['minimum_marriage_age_both_sexes', 18, 'under', 'male'],
      ['minimum_marriage_age_both_sexes', 16, 'under', 'female'],
    ]);
    expect(routed(s4, 'en', act)).toEqual([]);
    expect(readAges(s4, 'en')).toEqual([expect.objectContaining({ age: 18, sex: 'male', offender: true })]);
    // The Act as amended in India in 1978, s. 4: a man above twenty-one, where s. 2(a) makes him a
    // child under twenty-one; "any person above the age of …" describes the doer as "whoever, being" does.
    const offenders: [string, string][] = [
      [
        'Whoever, being a male above twenty-one years of age, contracts a child marriage shall be punishable with simple imprisonment which may extend to three months and shall also be liable to fine.',
        'en',
      ],
      [
        'Any person above the age of eighteen years who contracts a child marriage shall be punishable with imprisonment.',
        'en',
      ],
      // Penal Code 2015 (Vietnam), art. 145(1): whom it punishes is 18 or above; the child's ages stay.
      [
        'Người nào đủ 18 tuổi trở lên mà giao cấu hoặc thực hiện hành vi quan hệ tình dục khác với người từ đủ 13 tuổi đến dưới 16 tuổi, không thuộc trường hợp quy định tại Điều 142 và Điều 144 của Bộ luật này, thì bị phạt tù từ 01 năm đến 05 năm.',
        'vi',
      ],
      // In the style of the Malaysian Acts' offence sections (our words).
      [
        'Mana-mana orang yang berumur lebih daripada lapan belas tahun yang berkahwin dengan kanak-kanak melakukan suatu kesalahan dan boleh, apabila disabitkan, didenda.',
        'ms',
      ],
    ];
    for (const [text, language] of offenders) {
      expect(readAges(text, language)[0], text).toMatchObject({ bound: 'at_least', offender: true });
      expect(
        routed(text, language, '').filter(([, age]) => age === 18 || age === 21),
        text,
      ).toEqual([]);
    }
    // The child's range, 13 to under 16, enforces an age of consent of 16 (its lower end sets nothing).
    expect(routed(offenders[2][0], 'vi', '')).toEqual([['age_of_sexual_consent', 16, 'under', null]]);
    // Not a doer: the age allowed to marry, the one a ban protects, an age without a penalty.
    expect(routed('Any person above the age of eighteen years may marry.', 'en', '')).toEqual([
      ['minimum_marriage_age_both_sexes', 18, 'at_least', null],
    ]);
    expect(
      routed(
        'Any person under the age of eighteen years shall not marry, and any person who contravenes this section shall be liable to a fine.',
        'en',
        '',
      ),
    ).toEqual([['minimum_marriage_age_both_sexes', 18, 'under', null]]);
    expect(
      routed('Người từ đủ 16 tuổi trở lên phải chịu trách nhiệm hình sự về mọi tội phạm.', 'vi', ''),
    ).toEqual([['minimum_age_criminal_responsibility', 16, 'at_least', null]]);
  });

  it('routes a Vietnamese age barred from heavy, toxic or dangerous work ("làm công việc nặng nhọc") to the hazardous-work age', () => {
    // The words of the Law on Children 2016, art. 26: "làm công việc nặng nhọc, độc hại, nguy hiểm"
    // names work, and hazardous work, with no other word for work beside it.
    expect(
      subjectsOf('làm công việc nặng nhọc, độc hại, nguy hiểm theo quy định của pháp luật', 'vi'),
    ).toEqual(['hazardous_work', 'work']);
    // An age with it (our words), each of the three words alone too.
    for (const work of ['nặng nhọc, độc hại, nguy hiểm', 'độc hại', 'nguy hiểm'])
      expect(routed(`Trẻ em dưới 18 tuổi không được làm công việc ${work}.`, 'vi'), work).toEqual([
        ['hazardous_work_minimum_age', 18, 'under', null],
      ]);
    // Light work stays light work.
    expect(routed('Người từ đủ 13 tuổi đến dưới 15 tuổi chỉ được làm công việc nhẹ.', 'vi')).toEqual([
      ['light_work_minimum_age', 13, 'at_least', null],
      ['light_work_minimum_age', 15, 'under', null],
    ]);
  });

  it('routes the age of whom a clause forbids to marry, named by the verb ("marries", "mengahwini", "lấy vợ"), to the marriage age', () => {
    const marriage = (age: number, sex: string | null = null) => [
      'minimum_marriage_age_both_sexes',
      age,
      'under',
      sex,
    ];
    // Offence sections in the style of the Child Marriage Restraint Acts (our words): the age is the
    // protected person's, the marriage age the law enforces; the doer's age (`offender`) is none.
    expect(
      routed(
        'Whoever marries a person below eighteen years of age shall be punishable with simple imprisonment which may extend to six months, or with fine, or with both.',
        'en',
      ),
    ).toEqual([marriage(18)]);
    expect(
      routed(
        'Whoever, being a male above eighteen years of age, marries a girl below sixteen years of age shall be punishable with rigorous imprisonment.',
        'en',
      ),
    ).toEqual([marriage(16, 'female')]);
    expect(routed('A person under the age of eighteen years is not capable of marrying.', 'en')).toEqual([
      marriage(18),
    ]);
    const others: [string, string, ReturnType<typeof marriage>[]][] = [
      [
        'Mana-mana orang yang berumur lebih daripada lapan belas tahun yang mengahwini seorang kanak-kanak di bawah umur enam belas tahun melakukan suatu kesalahan.',
        'ms',
        [marriage(16)],
      ],
      ['Tiada seorang pun di bawah umur lapan belas tahun boleh dikahwinkan.', 'ms', [marriage(18)]],
      [
        'Setiap orang yang menikahi anak yang belum berusia 19 (sembilan belas) tahun dipidana dengan pidana penjara.',
        'id',
        [marriage(19)],
      ],
      [
        'Setiap orang yang mengawini anak di bawah usia 19 (sembilan belas) tahun dipidana dengan pidana penjara.',
        'id',
        [marriage(19)],
      ],
      [
        'Nam chưa đủ 20 tuổi không được lấy vợ, nữ chưa đủ 18 tuổi không được lấy chồng.',
        'vi',
        [marriage(20, 'male'), marriage(18, 'female')],
      ],
      ['ผู้ใดแต่งงานกับเด็กอายุต่ำกว่าสิบแปดปี ต้องระวางโทษจำคุก', 'th', [marriage(18)]],
      [
        'Ang sinumang magpapakasal sa isang batang wala pang labingwalong (18) taong gulang ay paparusahan.',
        'fil',
        [marriage(18)],
      ],
    ];
    for (const [text, language, expected] of others) expect(routed(text, language), text).toEqual(expected);
  });

  it("reads a range's lower end as setting no age of consent, hazardous work, child or schooling, but a light-work, working, criminal or marriage age", () => {
    const opens = (text: string, language: string) =>
      readAges(text, language).map(({ age, bound, opensRange }) => [age, bound, opensRange]);
    // Penal Code 2015 (Viet Nam), art. 145(1): the child from full 13 to under 16; art. 142 punishes
    // intercourse with one under 13. The age of consent it enforces is 16.
    const art145 =
      'Người nào đủ 18 tuổi trở lên mà giao cấu hoặc thực hiện hành vi quan hệ tình dục khác với người từ đủ 13 tuổi đến dưới 16 tuổi, không thuộc trường hợp quy định tại Điều 142 và Điều 144 của Bộ luật này, thì bị phạt tù từ 01 năm đến 05 năm.';
    expect(opens(art145, 'vi')).toEqual([
      [18, 'at_least', false],
      [13, 'at_least', true],
      [16, 'under', false],
    ]);
    const range = (parameter: string, low: number | null, high: number) => [
      ...(low === null ? [] : [[parameter, low, 'at_least', null]]),
      [parameter, high, 'under', null],
    ];
    const cases: [string, string, ReturnType<typeof range>][] = [
      [art145, 'vi', range('age_of_sexual_consent', null, 16)],
      // The same in English statute style (our words), and hazardous work, whose age is the upper end.
      [
        'Whoever has sexual intercourse with a child of or above thirteen years of age and under sixteen years of age shall be punished with imprisonment.',
        'en',
        range('age_of_sexual_consent', null, 16),
      ],
      [
        'No child of or above fifteen years of age but under the age of eighteen years shall be employed in any hazardous work.',
        'en',
        range('hazardous_work_minimum_age', null, 18),
      ],
      // Law 11/2012 on the Juvenile Criminal Justice System (Indonesia), art. 1(3): a definition of the
      // child from 12 to under 18 gives the age of the child, 18.
      [
        'Anak yang Berkonflik dengan Hukum yang selanjutnya disebut Anak adalah anak yang telah berumur 12 (dua belas) tahun, tetapi belum berumur 18 (delapan belas) tahun yang diduga melakukan tindak pidana.',
        'id',
        range('child_age_limit', null, 18),
      ],
      // Where the lower end is the lowest age allowed, it counts: light work from full 13 to under 15
      // (Labour Code 2019, Viet Nam, in the terms of C138 art. 7), criminal responsibility from full 14
      // (Penal Code 2015, art. 12(2)), and marriage with the parents' consent (our words).
      [
        'Người sử dụng lao động chỉ được tuyển dụng và sử dụng người từ đủ 13 tuổi đến dưới 15 tuổi vào làm công việc nhẹ theo danh mục do Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành.',
        'vi',
        range('light_work_minimum_age', 13, 15),
      ],
      [
        'Người từ đủ 14 tuổi đến dưới 16 tuổi phải chịu trách nhiệm hình sự về tội phạm rất nghiêm trọng, tội phạm đặc biệt nghiêm trọng quy định tại một trong các điều sau đây:',
        'vi',
        range('minimum_age_criminal_responsibility', 14, 16),
      ],
      [
        'A person of or above sixteen years of age and under eighteen years of age may marry with the consent of his or her parents.',
        'en',
        range('minimum_marriage_age_both_sexes', 16, 18),
      ],
    ];
    for (const [text, language, expected] of cases) expect(routed(text, language), text).toEqual(expected);
    // No range: other words between the two ages, or two sentences.
    for (const text of [
      'Whoever, being above sixteen years of age, employs a child under eighteen years of age in hazardous work shall be punishable with imprisonment.',
      'A child who has attained the age of sixteen years may be employed in light work. No child under the age of eighteen years shall be employed in any other work.',
    ])
      expect(opens(text, 'en'), text).toEqual([
        [16, 'at_least', false],
        [18, 'under', false],
      ]);
  });

  it('reads an English range whose ends share their age words: the lower end N or above, the upper N included', () => {
    const opens = (text: string) =>
      readAges(text, 'en').map(({ age, bound, opensRange }) => [age, bound, opensRange]);
    // Minimum Age Convention, 1973 (No. 138), art. 7(1): light work from 13; "13 to 15 years of age"
    // takes in a person of 15, so the range ends under 16.
    const c138 =
      'National laws or regulations may permit the employment or work of persons 13 to 15 years of age on light work which is— (a) not likely to be harmful to their health or development;';
    expect(opens(c138)).toEqual([
      [13, 'at_least', true],
      [16, 'under', false],
    ]);
    expect(routed(c138, 'en')).toEqual([
      ['light_work_minimum_age', 13, 'at_least', null],
      ['light_work_minimum_age', 16, 'under', null],
    ]);
    // Constitution of India, art. 21A, and the same in "between the ages of" (our words), number words
    // with or without the year word after them: schooling ends with the upper end, the lower sets nothing.
    const schooling = [['compulsory_education_end_age', 15, 'under', null]];
    for (const text of [
      'The State shall provide free and compulsory education to all children of the age of six to fourteen years in such manner as the State may, by law, determine.',
      'Every child between the ages of six and fourteen years shall receive compulsory education.',
      'Compulsory education is free for every child between the ages of 6 and 14.',
    ])
      expect(routed(text, 'en'), text).toEqual(schooling);
    // "not less than 13 and under 16 years" (our words), with or without "of age": the age of consent
    // is the upper end.
    for (const text of [
      'Whoever has sexual intercourse with a girl not less than 13 and under 16 years of age shall be punished with imprisonment.',
      'Whoever has sexual intercourse with persons not less than 13 and under 16 years shall be punished with imprisonment.',
      'Whoever has sexual intercourse with a girl not less than 13 years and under 16 years shall be punished with imprisonment.',
    ]) {
      expect(opens(text), text).toEqual([
        [13, 'at_least', true],
        [16, 'under', false],
      ]);
      expect(routed(text, 'en'), text).toEqual([['age_of_sexual_consent', 16, 'under', null]]);
    }
    // An upper end the sentence goes on from with other words, where the lower end's age words end at its
    // number (our words): "aged 13 to 15 shall …", "the ages of 6 and 14 inclusive".
    for (const text of [
      'Children aged 13 to 15 may be employed in light work which is not likely to be harmful to their health.',
      'Children aged 13 to 15 shall not be employed except in light work.',
    ]) {
      expect(opens(text), text).toEqual([
        [13, 'at_least', true],
        [16, 'under', false],
      ]);
      expect(routed(text, 'en'), text).toEqual([
        ['light_work_minimum_age', 13, 'at_least', null],
        ['light_work_minimum_age', 16, 'under', null],
      ]);
    }
    expect(
      routed('Every child between the ages of 6 and 14 inclusive shall receive compulsory education.', 'en'),
    ).toEqual(schooling);
    // No range: a term of imprisonment, sections, a duration, an age in months (after "aged" too).
    const noRange: [string, number[]][] = [
      ['Infants aged 13 to 15 months shall be vaccinated.', []],
      ['shall be punished with imprisonment for a term of not less than 13 and not more than 16 years.', []],
      ['Offences under sections 12 to 15 of the Penal Code against a child under 16 years of age.', [16]],
      ['A person who has resided for 2 years and is under 16 years of age.', [16]],
      ['A child under the age of 16 and 2 months.', [16]],
    ];
    for (const [text, read] of noRange)
      expect(
        readAges(text, 'en').map((s) => s.age),
        text,
      ).toEqual(read);
  });

  it('reads a Thai or Vietnamese range whose upper end does not repeat the age word', () => {
    const opens = (text: string, language: string) =>
      readAges(text, language).map(({ age, bound, opensRange }) => [age, bound, opensRange]);
    // Thai Criminal Code s. 74: a child over twelve but not over fifteen, อายุ written once; as PDFs
    // print it, with or without a space before แต่, in words or Thai digits.
    for (const text of [
      'เด็กอายุกว่าสิบสองปีแต่ยังไม่เกินสิบห้าปี กระทำการอันกฎหมายบัญญัติเป็นความผิด เด็กนั้นไม่ต้องรับโทษ',
      'เด็กอายุกว่าสิบสองปี แต่ยังไม่เกินสิบห้าปี กระทำการอันกฎหมายบัญญัติเป็นความผิด เด็กนั้นไม่ต้องรับโทษ',
      'เด็กอายุกว่า ๑๒ ปี แต่ยังไม่เกิน ๑๕ ปี กระทำการอันกฎหมายบัญญัติเป็นความผิด เด็กนั้นไม่ต้องรับโทษ',
    ])
      expect(opens(text, 'th'), text).toEqual([
        [12, 'at_least', true],
        [16, 'under', false],
      ]);
    // An age band as Vietnamese laws write it, tuổi once after both ends (our words): compulsory schooling
    // ends with the upper end, 14 included.
    expect(
      routed(
        'Nhà nước thực hiện phổ cập giáo dục tiểu học đối với trẻ em trong độ tuổi từ 6 đến 14 tuổi.',
        'vi',
      ),
    ).toEqual([['compulsory_education_end_age', 15, 'under', null]]);
    // A term of imprisonment is no age: "năm" is no age word.
    expect(opens('thì bị phạt tù từ 01 năm đến 05 năm đối với người dưới 16 tuổi', 'vi')).toEqual([
      [16, 'under', false],
    ]);
  });

  it('reads a Khmer, Lao or Filipino range by its linking words, and an end the law writes again in brackets', () => {
    const opens = (text: string, language: string) =>
      readAges(text, language).map(({ age, bound, opensRange }) => [age, bound, opensRange]);
    // Our own words, with the languages' common words for "from … to" (ពី … ដល់, ແຕ່ … ຫາ, hanggang);
    // no law's text writing a range so was found to check them against.
    const cases: [string, string, number, number][] = [
      ['កុមារដែលមានអាយុពី ១២ ឆ្នាំ ដល់ ១៥ ឆ្នាំ អាចធ្វើការងារស្រាល។', 'km', 12, 16],
      ['ເດັກທີ່ມີອາຍຸແຕ່ 14 ປີ ຫາ 18 ປີ ສາມາດເຮັດວຽກເບົາ.', 'lo', 14, 19],
      // The year word written once, after the upper end, the ends in digits (also Thai, our words).
      ['កុមារដែលមានអាយុពី ១២ ដល់ ១៥ ឆ្នាំ អាចធ្វើការងារស្រាល។', 'km', 12, 16],
      ['ເດັກທີ່ມີອາຍຸແຕ່ 14 ຫາ 18 ປີ ສາມາດເຮັດວຽກເບົາ.', 'lo', 14, 19],
      ['เด็กอายุ 13 ถึง 15 ปี อาจทำงานเบาได้', 'th', 13, 16],
      ['Ang mga batang 15 hanggang 17 taong gulang ay maaaring magtrabaho.', 'fil', 15, 18],
      [
        'Ang mga batang may edad na labinlima (15) hanggang labimpito (17) taong gulang ay maaaring magtrabaho.',
        'fil',
        15,
        18,
      ],
    ];
    for (const [text, language, low, high] of cases)
      expect(opens(text, language), text).toEqual([
        [low, 'at_least', true],
        [high, 'under', false],
      ]);
    // Labor Code of the Philippines, art. 137(b) (DOLE 2016 edition): each end also in digits.
    expect(
      opens(
        '(b) Any person between fifteen (15) and eighteen (18) years of age may be employed for such number of hours and such periods of the day as determined by the Secretary of Labor and Employment in appropriate regulations.',
        'en',
      ),
    ).toEqual([
      [15, 'at_least', true],
      [19, 'under', false],
    ]);
    // Not the ແຕ່ງ of ແຕ່ງງານ (marriage), nor sections, nor a term of years (our words).
    for (const [text, language] of [
      ['ຜູ້ທີ່ມີອາຍຸຕ່ຳກວ່າ 18 ປີ ແຕ່ງງານ 20 ປີ', 'lo'],
      ['เด็กอายุต่ำกว่า 6 เดือนถึง 3 ปี', 'th'],
      [
        'Offences under sections 12 (as amended) to 15 of the Penal Code against a child under 16 years of age.',
        'en',
      ],
    ])
      expect(
        readAges(text, language).map((s) => s.age),
        text,
      ).toEqual({ en: [16], lo: [18], th: [] }[language]);
  });

  it('reads a Malay or Indonesian range whose lower end has no bound word of its own', () => {
    const lightWork = (low: number, high: number) => [
      ['light_work_minimum_age', low, 'at_least', null],
      ['light_work_minimum_age', high, 'under', null],
    ];
    const cases: [string, string, unknown[]][] = [
      // "berumur … tahun tetapi di bawah umur … tahun" (aged … but under …, our words): the lower end is
      // the light-work age; for hazardous work only the upper end counts.
      [
        'Seseorang kanak-kanak yang berumur empat belas tahun tetapi di bawah umur enam belas tahun boleh diambil kerja dalam kerja ringan.',
        'ms',
        lightWork(14, 16),
      ],
      [
        'Tiada kanak-kanak yang berumur lima belas tahun tetapi di bawah umur lapan belas tahun boleh diambil kerja dalam apa-apa pekerjaan berbahaya.',
        'ms',
        [['hazardous_work_minimum_age', 18, 'under', null]],
      ],
      // Law 13/2003 on Manpower (Indonesia), art. 69(1): "berumur antara 13 (tiga belas) tahun sampai
      // dengan 15 (lima belas) tahun", umur written once and 15 included.
      [
        'Ketentuan sebagaimana dimaksud dalam Pasal 68 dapat dikecualikan bagi anak yang berumur antara 13 (tiga belas) tahun sampai dengan 15 (lima belas) tahun untuk melakukan pekerjaan ringan sepanjang tidak mengganggu perkembangan dan kesehatan fisik, mental, dan sosial.',
        'id',
        lightWork(13, 16),
      ],
    ];
    for (const [text, language, expected] of cases) expect(routed(text, language), text).toEqual(expected);
    // A term of imprisonment beside an age is no range.
    expect(
      ages(
        'dipenjarakan selama tempoh tidak kurang daripada lima tahun dan tidak lebih daripada dua puluh tahun, jika mangsa berumur di bawah enam belas tahun',
        'ms',
      ),
    ).toEqual([{ age: 16, bound: 'under', sex: null, definesChild: false }]);
  });

  it('reads a younger age that grades an offence in the same clause as no age of consent: the age that ends the protection is', () => {
    // Penal Code 2015 (Viet Nam), art. 142 (abridged): intercourse with one from full 13 to under 16
    // against their will, or with one under 13; the gravest penalty where the victim is under 10.
    const art142 = [
      '1. Người nào thực hiện một trong các hành vi sau đây, thì bị phạt tù từ 07 năm đến 15 năm:',
      'a) Dùng vũ lực, đe dọa dùng vũ lực hoặc lợi dụng tình trạng không thể tự vệ được của nạn nhân hoặc thủ đoạn khác giao cấu hoặc thực hiện hành vi quan hệ tình dục khác với người từ đủ 13 tuổi đến dưới 16 tuổi trái với ý muốn của họ;',
      'b) Giao cấu hoặc thực hiện hành vi quan hệ tình dục khác với người dưới 13 tuổi.',
      '3. Phạm tội thuộc một trong các trường hợp sau đây, thì bị phạt tù 20 năm, tù chung thân hoặc tử hình:',
      'a) Có tổ chức;',
      'b) Nhiều người hiếp một người;',
      'c) Đối với người dưới 10 tuổi;',
    ].join('\n');
    expect(readAges(art142, 'vi').map(({ age, bound }) => [age, bound])).toEqual([
      [13, 'at_least'],
      [16, 'under'],
      [13, 'under'],
      [10, 'under'],
    ]);
    expect(routed(art142, 'vi')).toEqual([['age_of_sexual_consent', 16, 'under', null]]);
    // Criminal Code (Thailand) s. 277 (abridged): a child not over fifteen, whether consenting or not; a
    // heavier penalty where the child is not over thirteen. In English statute style (our words) too.
    const graded: [string, string, number][] = [
      [
        'ผู้ใดกระทำชำเราเด็กอายุยังไม่เกินสิบห้าปี โดยเด็กนั้นจะยินยอมหรือไม่ก็ตาม ต้องระวางโทษจำคุก … ถ้าการกระทำความผิดตามวรรคหนึ่ง เป็นการกระทำแก่เด็กอายุยังไม่เกินสิบสามปี ต้องระวางโทษจำคุกตั้งแต่เจ็ดปีถึงยี่สิบปี …',
        'th',
        16,
      ],
      [
        'Whoever has sexual intercourse with a child under sixteen years of age shall be punished with imprisonment for a term which may extend to ten years, and, where the child is under twelve years of age, with imprisonment for a term which may extend to twenty years.',
        'en',
        16,
      ],
      // Alone in its clause, a lower age is the law's age of consent, and still governs where it is lowest.
      ['b) Giao cấu hoặc thực hiện hành vi quan hệ tình dục khác với người dưới 13 tuổi.', 'vi', 13],
    ];
    for (const [text, language, age] of graded)
      expect(routed(text, language), text).toEqual([['age_of_sexual_consent', age, 'under', null]]);
    // Ages per sex are no grades: the Child Marriage Restraint Act's s. 2 keeps both.
    expect(
      routed(
        '(a) “child” means a person who, if a male, is under 18 years of age, and if a female, is under sixteen years of age;',
        'en',
        'The Child Marriage Restraint Act, 1929',
      ),
    ).toEqual([
      ['minimum_marriage_age_both_sexes', 18, 'under', 'male'],
      ['minimum_marriage_age_both_sexes', 16, 'under', 'female'],
    ]);
  });

  it('reads "over fifteen" as fifteen or above, the number printed, where "not over fifteen" is under sixteen', () => {
    // Child Marriage Restraint Act 1929 (Pakistan), s. 4: the month and the fine are not ages.
    expect(
      ages(
        'Whoever, being a male above eighteen years of age, contracts a child marriage shall be punishable with simple imprisonment which may extend to one month, or with fine which may extend to one thousand rupees, or with both.',
        'en',
      ),
    ).toEqual([{ age: 18, bound: 'at_least', sex: 'male', definesChild: false }]);
    expect(ages('unless he is over fifteen years of age', 'en')[0]).toMatchObject({
      age: 15,
      bound: 'at_least',
    });
    expect(ages('a person more than fifteen years of age', 'en')[0]).toMatchObject({
      age: 15,
      bound: 'at_least',
    });
    // "of or above", "not over" and "no more than" keep their own bounds; a term "exceeding" is no age.
    expect(ages('a person of or above the age of eighteen years', 'en')[0]).toMatchObject({
      age: 18,
      bound: 'at_least',
    });
    expect(ages('a person who is no more than fifteen years of age', 'en')[0]).toMatchObject({
      age: 16,
      bound: 'under',
    });
    expect(ages('imprisonment for a term exceeding fourteen years', 'en')).toEqual([]);
    // Thai Criminal Code ss. 73 and 74: a child not over twelve (under 13), and one over twelve (12 or
    // above) but not over fifteen (under 16).
    const notLiable = { language: 'th', title: 'ประมวลกฎหมายอาญา' };
    expect(
      clauseAges(
        { text: 'เด็กอายุยังไม่เกินสิบสองปี กระทำการอันกฎหมายบัญญัติเป็นความผิด เด็กนั้นไม่ต้องรับโทษ' },
        notLiable,
      ),
    ).toEqual([
      expect.objectContaining({ parameter: 'minimum_age_criminal_responsibility', age: 13, bound: 'under' }),
    ]);
    expect(
      clauseAges(
        {
          text: 'เด็กอายุกว่าสิบสองปีแต่ยังไม่เกินสิบห้าปี กระทำการอันกฎหมายบัญญัติเป็นความผิด เด็กนั้นไม่ต้องรับโทษ',
        },
        notLiable,
      ),
    ).toEqual([
      expect.objectContaining({
        parameter: 'minimum_age_criminal_responsibility',
        age: 12,
        bound: 'at_least',
      }),
      expect.objectContaining({ parameter: 'minimum_age_criminal_responsibility', age: 16, bound: 'under' }),
    ]);
    expect(ages('ผู้ใดกระทำชำเราเด็กอายุเกิน ๑๕ ปี', 'th')).toEqual([
      { age: 15, bound: 'at_least', sex: null, definesChild: false },
    ]);
    // The same in the other languages' words for "over" (trên, lebih daripada, mahigit, លើស, ເກີນ).
    expect(ages('người trên 15 tuổi', 'vi')[0]).toMatchObject({ age: 15, bound: 'at_least' });
    expect(ages('kanak-kanak yang berumur lebih daripada empat belas tahun', 'ms')[0]).toMatchObject({
      age: 14,
      bound: 'at_least',
    });
    expect(ages('ang mga batang mahigit labinlimang taong gulang', 'fil')[0]).toMatchObject({
      age: 15,
      bound: 'at_least',
    });
    expect(ages('អនីតិជនអាយុលើស ១៥ ឆ្នាំ', 'km')[0]).toMatchObject({ age: 15, bound: 'at_least' });
    expect(ages('ເດັກທີ່ມີອາຍຸເກີນ 15 ປີ', 'lo')[0]).toMatchObject({ age: 15, bound: 'at_least' });
  });

  it('reads a Thai age the same where the PDF writes ำ as ํา, quoting the words as printed', () => {
    // Child Protection Act 2003, s. 4; Labour Protection Act 1998, s. 44; Civil and Commercial Code, s. 1448.
    const laws = [
      'ในพระราชบัญญัตินี้ “เด็ก” หมายความว่า บุคคลซึ่งมีอายุต่ำกว่าสิบแปดปีบริบูรณ์ แต่ไม่รวมถึงผู้ที่บรรลุนิติภาวะด้วยการสมรส',
      'ห้ามมิให้นายจ้างจ้างเด็กอายุต่ำกว่าสิบห้าปีเป็นลูกจ้าง',
      'การสมรสจะทำได้ต่อเมื่อชายและหญิงมีอายุสิบเจ็ดปีบริบูรณ์แล้ว',
    ];
    const law = { language: 'th', title: 'พระราชบัญญัติ' };
    for (const modern of laws) {
      // As text layers give it: NIKHAHIT then SARA AA, after the tone mark (ต่ํา) or before it (ตํ่า).
      for (const printed of [
        modern.replaceAll('ำ', '\u0E4D\u0E32'),
        modern.replace(/(\u0E48?)ำ/gu, '\u0E4D$1\u0E32'),
      ]) {
        expect(printed).not.toBe(modern);
        expect(ages(printed, 'th')).toEqual(ages(modern, 'th'));
        const read = readAges(printed, 'th');
        expect(read).not.toEqual([]);
        for (const statement of read) {
          expect(statement.words).toBe(printed);
          expect(printed.slice(statement.at)).toMatch(/^สิบ/u);
        }
        expect(clauseAges({ text: printed }, law)).toEqual(
          clauseAges({ text: modern }, law).map((age) => ({ ...age, words: printed })),
        );
      }
    }
    expect(clauseAges({ text: laws[1].replaceAll('ำ', '\u0E4D\u0E32') }, law)).toEqual([
      expect.objectContaining({ parameter: 'minimum_working_age', age: 15, bound: 'under' }),
    ]);
  });

  it('quotes the words as printed where canonical composition shortens the text', () => {
    // Vietnamese decomposed (as some text layers give it): NFC shortens it, the quote must not drift.
    const printed = 'Điều 1. Trẻ em là người dưới 16 tuổi. Người từ đủ 15 tuổi trở lên'.normalize('NFD');
    expect(printed).not.toBe(printed.normalize('NFC'));
    expect(
      readAges(printed, 'vi').map((s) => [s.age, s.bound, s.words, printed.slice(s.at, s.at + 2)]),
    ).toEqual([
      [16, 'under', 'Trẻ em là người dưới 16 tuổi.'.normalize('NFD'), '16'],
      [15, 'at_least', 'Người từ đủ 15 tuổi trở lên'.normalize('NFD'), '15'],
    ]);
  });

  it('reads Filipino ages in words with the linker, and in digits', () => {
    expect(ages('Ang "bata" ay tumutukoy sa mga taong wala pang labingwalong taong gulang.', 'fil')).toEqual([
      { age: 18, bound: 'under', sex: null, definesChild: true },
    ]);
    expect(ages('mga batang wala pang labinlima (15) taong gulang', 'fil')[0]).toMatchObject({
      age: 15,
      bound: 'under',
    });
    expect(ages('ang edad na 21 pataas', 'fil')[0]).toMatchObject({ age: 21, bound: 'at_least' });
  });

  it('reads a minimum age whose number comes later in its sentence as that number or above, for its subject', () => {
    type Routed = { parameter: string; age: number; bound: string; sex: 'male' | 'female' | null };
    const at =
      (parameter: string) =>
      (age: number, sex: Routed['sex'] = null) => ({
        parameter,
        age,
        bound: 'at_least',
        sex,
      });
    const work = at('minimum_working_age');
    const macr = at('minimum_age_criminal_responsibility');
    const marriage = at('minimum_marriage_age_both_sexes');
    const cases: [string, string, Routed[]][] = [
      // English, in the style of the Malaysian and Pakistani Acts and the Philippine Republic Acts.
      [
        '(1) The minimum age for admission to employment or work in any occupation shall be fifteen years.',
        'en',
        [work(15)],
      ],
      ['The minimum age of criminal responsibility is twelve years.', 'en', [macr(12)]],
      [
        'For the purposes of this Act, the age of criminal responsibility shall be raised to 12 years.',
        'en',
        [macr(12)],
      ],
      [
        'The age of marriage shall be eighteen years for both males and females, and no person shall',
        'en',
        [marriage(18)],
      ],
      // "shall not be less than" does not make it "under 15"; a sex named after the age is its sex.
      [
        'The minimum age so specified shall not be less than fifteen (15) years for any employment.',
        'en',
        [work(15)],
      ],
      [
        'The minimum age of marriage shall be eighteen years for males and sixteen years for females.',
        'en',
        [marriage(18, 'male'), marriage(16, 'female')],
      ],
      // Already read: the age after "has attained the age of".
      [
        'No person shall be employed in any establishment unless he has attained the age of fifteen years.',
        'en',
        [work(15)],
      ],
      // Malay (Akta Kerja 1955 style), Indonesian (UU 16/2019, its explanation, and a Labour Act's
      // style), Vietnamese (Labour Code style) and Filipino.
      [
        '(1) Umur minimum bagi pengambilan kerja dalam apa-apa pekerjaan ialah lima belas tahun.',
        'ms',
        [work(15)],
      ],
      ['Batas usia minimum untuk bekerja adalah 15 (lima belas) tahun.', 'id', [work(15)]],
      [
        'Dalam Undang-Undang ini, batas minimal umur perkawinan bagi wanita dipersamakan dengan batas minimal umur perkawinan bagi pria, yaitu 19 (sembilan belas) tahun.',
        'id',
        [marriage(19)],
      ],
      ['Usia perkawinan bagi pria dan wanita adalah 19 (sembilan belas) tahun.', 'id', [marriage(19)]],
      [
        'Độ tuổi tối thiểu đối với người chưa thành niên được nhận vào làm việc theo quy định của Bộ luật này là 15 tuổi.',
        'vi',
        [work(15)],
      ],
      // "người chưa thành niên" (a minor) is neither a bound nor a definition of a child there.
      ['Độ tuổi lao động tối thiểu của người chưa thành niên là 15 tuổi.', 'vi', [work(15)]],
      [
        'Ang pinakamababang edad ng pananagutang kriminal ay labinlimang (15) taong gulang.',
        'fil',
        [macr(15)],
      ],
    ];
    for (const [text, language, expected] of cases)
      expect(
        clauseAges({ text }, { language, title: '' }).map(({ parameter, age, bound, sex }) => ({
          parameter,
          age,
          bound,
          sex,
        })),
        text,
      ).toEqual(expected);
  });

  it('routes two ages one sentence joins, each by the part of the sentence it belongs to', () => {
    // All in our own words, in the pattern of ILO C138 arts. 2(3), 3(1) and 7 as national laws copy them:
    // before, the first age went to what the second's words name and the second was not read.
    const work = 'minimum_working_age';
    const hazardous = 'hazardous_work_minimum_age';
    const light = 'light_work_minimum_age';
    const marriage = 'minimum_marriage_age_both_sexes';
    const cases: [string, string, [string, number, string, string | null][]][] = [
      [
        'The minimum age for admission to employment shall be 15 years and 18 years for hazardous work.',
        'en',
        [
          [work, 15, 'at_least', null],
          [hazardous, 18, 'at_least', null],
        ],
      ],
      [
        'The minimum age for admission to employment or work shall be fifteen years, and eighteen years for any work which is likely to jeopardise the health, safety or morals of young persons in hazardous occupations.',
        'en',
        [
          [work, 15, 'at_least', null],
          [hazardous, 18, 'at_least', null],
        ],
      ],
      [
        'The minimum age for admission to employment shall be 15 years, or 13 years for light work.',
        'en',
        [
          [work, 15, 'at_least', null],
          [light, 13, 'at_least', null],
        ],
      ],
      // The first age's own words may name its subject too; the second shares a bound word's "under".
      [
        'No child shall be employed under the age of 15 years for light work or 18 years in hazardous work.',
        'en',
        [
          [light, 15, 'under', null],
          [hazardous, 18, 'under', null],
        ],
      ],
      // Per sex: the second names no subject of its own and is the first's (marriage), for its own sex.
      [
        'The minimum age of marriage shall be 18 years for boys and 16 years for girls.',
        'en',
        [
          [marriage, 18, 'at_least', 'male'],
          [marriage, 16, 'at_least', 'female'],
        ],
      ],
      [
        'Umur minimum bagi pengambilan kerja dalam apa-apa pekerjaan ialah lima belas tahun dan lapan belas tahun bagi pekerjaan berbahaya.',
        'ms',
        [
          [work, 15, 'at_least', null],
          [hazardous, 18, 'at_least', null],
        ],
      ],
      [
        'Umur minimum perkahwinan ialah lapan belas tahun bagi lelaki dan enam belas tahun bagi perempuan.',
        'ms',
        [
          [marriage, 18, 'at_least', 'male'],
          [marriage, 16, 'at_least', 'female'],
        ],
      ],
      [
        'Batas usia minimum untuk bekerja adalah 15 (lima belas) tahun dan 18 (delapan belas) tahun untuk pekerjaan yang berbahaya.',
        'id',
        [
          [work, 15, 'at_least', null],
          [hazardous, 18, 'at_least', null],
        ],
      ],
      [
        'Độ tuổi lao động tối thiểu của người chưa thành niên là 15 tuổi và 18 tuổi đối với công việc nặng nhọc, độc hại, nguy hiểm.',
        'vi',
        [
          [work, 15, 'at_least', null],
          [hazardous, 18, 'at_least', null],
        ],
      ],
      [
        'อายุขั้นต่ำของผู้ที่จะทำงานได้คืออายุสิบห้าปีบริบูรณ์ และสิบแปดปีบริบูรณ์สำหรับงานที่เป็นอันตราย',
        'th',
        [
          [work, 15, 'at_least', null],
          [hazardous, 18, 'at_least', null],
        ],
      ],
    ];
    for (const [text, language, expected] of cases) expect(routed(text, language), text).toEqual(expected);
    // Undivided, as before: UU 1/1974 (Indonesia), art. 7(1) as first enacted, each age with its own age
    // words; "Tuổi kết hôn của nam là 20 tuổi, của nữ là 18 tuổi" (our words, above) likewise.
    expect(
      routed(
        'Perkawinan hanya diizinkan jika pihak pria sudah mencapai umur 19 (sembilan belas) tahun dan pihak wanita sudah mencapai umur 16 (enam belas) tahun.',
        'id',
      ),
    ).toEqual([
      [marriage, 19, 'at_least', 'male'],
      [marriage, 16, 'at_least', 'female'],
    ]);
    // A second age whose first states none (no bound) takes no subject from an age stated before (our words).
    expect(
      routed(
        'ผู้ใดสมรสกับเด็กอายุต่ำกว่าสิบห้าปี ต้องระวางโทษ; เด็กอายุสิบห้าปี และต่ำกว่าสิบแปดปีสำหรับหญิง ให้ได้รับการคุ้มครอง',
        'th',
      ),
    ).toEqual([[marriage, 15, 'under', null]]);
    // No joined age (our words): a term of years after an age, or a second "years" with no age before it.
    for (const text of [
      'Whoever employs a child under 15 years of age shall be liable to imprisonment for 5 years or 10 years for a second offence.',
      'The licence is valid for 5 years and 10 years for a renewal, for persons of 18 years of age.',
    ])
      expect(
        readAges(text, 'en').map((s) => s.age),
        text,
      ).toEqual(text.includes('under 15') ? [15] : []);
  });

  it('reads only the age of a minimum-age sentence, and no minimum wage, penalty or unnumbered age', () => {
    // A year, a section, a fine and a term in the same sentence: only the age.
    expect(
      ages(
        'Notwithstanding the Employment Act 2017, the minimum age for admission to employment under section 2 shall be fifteen years, and any person who contravenes this section shall be liable to a fine not exceeding fifty thousand ringgit or to imprisonment for a term not less than fifteen years or to both.',
        'en',
      ),
    ).toEqual([{ age: 15, bound: 'at_least', sex: null, definesChild: false }]);
    // A person under an age after "is" is that limit, not the minimum age.
    expect(
      ages('A child below the minimum age for employment is a child under fifteen years.', 'en'),
    ).toEqual([{ age: 15, bound: 'under', sex: null, definesChild: false }]);
    expect(
      ages(
        'Umur minimum bagi pekerjaan ialah lima belas tahun dan mana-mana orang yang melanggar seksyen 2 boleh didenda tidak melebihi lima puluh ribu ringgit atau dipenjarakan selama tempoh tidak kurang daripada lima belas tahun.',
        'ms',
      ),
    ).toEqual([{ age: 15, bound: 'at_least', sex: null, definesChild: false }]);
    const none: [string, string][] = [
      [
        'Any person who employs a child below the minimum age shall be liable to imprisonment for a term which shall be not less than fifteen years.',
        'en',
      ],
      ['The minimum wage shall be reviewed and shall be fixed for a period of two years.', 'en'],
      ['An offender shall be liable to a minimum penalty of fifteen years imprisonment.', 'en'],
      ['Any child who is below the minimum age is not subject to the penalties of this Act.', 'en'],
      ['The minimum age shall be prescribed by the Minister; the licence is valid for five years.', 'en'],
      [
        'Where the age of the child is not known, the age of the child shall be determined by the Court.',
        'en',
      ],
      [
        'Setiap orang yang mempekerjakan Anak di bawah usia minimum dipidana dengan pidana penjara paling singkat 15 (lima belas) tahun.',
        'id',
      ],
      ['Độ tuổi tối thiểu do Chính phủ quy định; phạt tù từ 15 năm.', 'vi'],
    ];
    for (const [text, language] of none) expect(ages(text, language), text).toEqual([]);
  });

  it('never reads a fine, a section, a term of imprisonment, a year or a duration as an age', () => {
    const notAges: [string, string][] = [
      [
        'shall be punishable with imprisonment for a term not less than fourteen years, or with fine which may extend to one thousand rupees',
        'en',
      ],
      ['as prescribed in section 82 of the Penal Code, after the expiry of one year from 1929', 'en'],
      ['a period of twenty-four hours; within eighteen months', 'en'],
      [
        'dipenjarakan selama tempoh tidak kurang daripada lima tahun dan denda tidak melebihi lima puluh ribu ringgit',
        'ms',
      ],
      ['pidana penjara paling lama 15 (lima belas) tahun', 'id'],
      ['phạt tù từ mười năm đến 16 năm; trẻ em dưới 36 tháng tuổi', 'vi'],
      ['ต้องระวางโทษจำคุกไม่เกินสิบปี หรือปรับไม่เกินสองแสนบาท', 'th'],
      ['pagkakakulong ng hindi bababa sa labindalawang taon', 'fil'],
      // A Lao prison term and fine: ປີ without ອາຍຸ is a term, not an age.
      ['ຈະຖືກລົງໂທດຕັດອິດສະລະພາບ ແຕ່ ສາມປີ ຫາ ຫ້າປີ ແລະ ຖືກປັບໃໝ ແຕ່ 5.000.000 ກີບ', 'lo'],
      // Lao ຄົບຖ້ວນ (complete), Khmer ខាងក្រោម ("as follows") and គ្រប់គ្រង (to manage) are no bounds.
      ['ເອກະສານຄົບຖ້ວນຂອງເດັກອາຍຸ 15 ປີ', 'lo'],
      ['អនីតិជនដូចខាងក្រោម៖ អនីតិជនអាយុ ១៥ ឆ្នាំ', 'km'],
      ['ការគ្រប់គ្រងអនីតិជនអាយុ ១៥ ឆ្នាំ', 'km'],
      // Burmese: အသက် is also "life"; a prison term after it, the year of a law and its section number,
      // "two children" (ကလေးနှစ်ဦး: the လေး of ကလေး is not four) and a term after an age are no ages.
      ['လူ၏အသက်ကို ဆုံးရှုံးစေလျှင် ထောင်ဒဏ် ခုနစ်နှစ်ထက်မနည်း ချမှတ်ရမည်။', 'my'],
      ['လူ၏အသက်ကို ဆုံးရှုံးစေလျှင် ထောင်ဒဏ် ၇ နှစ်ထက်မနည်း ချမှတ်ရမည်။', 'my'],
      ['ကလေးသူငယ်အခွင့်အရေးများဆိုင်ရာ ဥပဒေ (၂၀၁၉ ခုနှစ်၊ ပြည်ထောင်စုလွှတ်တော်ဥပဒေအမှတ် ၂၂) ပုဒ်မ ၁၈', 'my'],
      ['အသက်ငယ်သော ကလေးနှစ်ဦးအောက်', 'my'],
      // A Khmer prison term and fine, with the digits' words in brackets as the Criminal Code writes them.
      [
        'ត្រូវផ្តន្ទាទោសដាក់ពន្ធនាគារពី ៧ (ប្រាំពីរ) ឆ្នាំ ដល់ ១៥ (ដប់ប្រាំ) ឆ្នាំ និងពិន័យជាប្រាក់ពី ១០.០០០.០០០ (ដប់លាន) រៀល',
        'km',
      ],
    ];
    for (const [text, language] of notAges) expect(ages(text, language), text).toEqual([]);
  });

  it('does not take an age without a bound ("a child aged ten") as a limit', () => {
    expect(ages('the child, aged ten years, was heard', 'en')).toEqual([]);
  });

  it('tries the patterns only on clauses holding an age word, in any case', () => {
    // Every pattern holds one of its language's age words as written, so a clause without any states no age;
    // but an age sharing the bound of the one before it (`same`: "… và 18 tuổi đối với …", "… dan lapan belas
    // tahun bagi …"), which is read only where it goes on from an age another pattern read.
    for (const { code, ages: language } of LANGUAGE_PROFILES) {
      for (const pattern of (language?.agePatterns ?? []).filter((p) => !p.startsWith('(?<same>')))
        expect(
          language!.ageWords.some((w) => pattern.includes(w)),
          `${code}: ${pattern}`,
        ).toBe(true);
    }
    expect(ages('"CHILD" MEANS A PERSON UNDER THE AGE OF EIGHTEEN YEARS;', 'en')).toEqual([
      { age: 18, bound: 'under', sex: null, definesChild: true },
    ]);
    expect(ages('trẻ em DƯỚI 16 TUỔI', 'vi')[0]).toMatchObject({ age: 16, bound: 'under' });
  });
});
