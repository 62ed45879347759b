// Indonesian and Thai laws get suggestions from cues in their own language only: Indonesian legal
// vocabulary is not English, and Thai (its own script, no spaces) has no fallback at all, so a
// provision without Thai cues can practically never be suggested for a Thai law. Every substantive
// article of the instruments the gold uses therefore carries Indonesian and Thai cues, and short real
// provisions of Indonesian and Thai child law find the article they implement among the first five.
import { describe, expect, it } from 'vitest';
import { missingCues, statuteMatcher, type StatuteCase as Case } from './helpers/statute-cases';

const { catalog, topFive, suggest, lines } = statuteMatcher();

const INDONESIAN: Case[] = [
  {
    // UU No. 35 Tahun 2014 (amending UU 23/2002 on child protection), Pasal 27 ayat (1) and (2).
    source: 'UU 35/2014 Pasal 27',
    title: 'Undang-Undang Nomor 35 Tahun 2014 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2002',
    text: 'Identitas diri setiap Anak harus diberikan sejak kelahirannya. Identitas sebagaimana dimaksud pada ayat (1) dituangkan dalam Akta Kelahiran.',
    expected: 'CRC.7',
  },
  {
    // UU No. 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak, Pasal 7 ayat (1).
    source: 'UU 11/2012 Pasal 7',
    title: 'Undang-Undang Nomor 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak',
    text: 'Pada tingkat penyidikan, penuntutan, dan pemeriksaan perkara Anak di pengadilan negeri wajib diupayakan Diversi.',
    expected: 'CRC.40',
  },
  {
    // UU No. 13 Tahun 2003 tentang Ketenagakerjaan, Pasal 69 ayat (1).
    source: 'UU 13/2003 Pasal 69',
    title: 'Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan',
    text: 'Ketentuan sebagaimana dimaksud dalam Pasal 68 dapat dikecualikan bagi anak yang berumur antara 13 (tiga belas) tahun sampai dengan 15 (lima belas) tahun untuk melakukan pekerjaan ringan sepanjang tidak mengganggu perkembangan dan kesehatan fisik, mental, dan sosial.',
    expected: 'C138.7',
  },
  {
    // UU No. 13 Tahun 2003 tentang Ketenagakerjaan, Pasal 70 ayat (1) and (2).
    source: 'UU 13/2003 Pasal 70',
    title: 'Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan',
    text: 'Anak dapat melakukan pekerjaan di tempat kerja yang merupakan bagian dari kurikulum pendidikan atau pelatihan yang disahkan oleh pejabat yang berwenang. Anak sebagaimana dimaksud dalam ayat (1) paling sedikit berumur 14 (empat belas) tahun.',
    expected: 'C138.6',
  },
  {
    // UU No. 13 Tahun 2003 tentang Ketenagakerjaan, Pasal 71 ayat (1).
    source: 'UU 13/2003 Pasal 71',
    title: 'Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan',
    text: 'Anak dapat melakukan pekerjaan untuk mengembangkan bakat dan minatnya.',
    expected: 'C138.8',
  },
  {
    // UU No. 13 Tahun 2003 tentang Ketenagakerjaan, Pasal 74 ayat (1).
    source: 'UU 13/2003 Pasal 74',
    title: 'Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan',
    text: 'Siapapun dilarang mempekerjakan dan melibatkan anak pada pekerjaan-pekerjaan yang terburuk.',
    expected: 'C182.3',
  },
  {
    // UU No. 35 Tahun 2014, Pasal 65 (special protection of children of minority and isolated groups).
    source: 'UU 35/2014 Pasal 65',
    title: 'Undang-Undang Nomor 35 Tahun 2014 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2002',
    text: 'Perlindungan Khusus bagi Anak dari kelompok minoritas dan terisolasi sebagaimana dimaksud dalam Pasal 59 ayat (2) huruf c dilakukan melalui penyediaan prasarana dan sarana untuk dapat menikmati budayanya sendiri, mengakui dan melaksanakan ajaran agamanya sendiri, dan menggunakan bahasanya sendiri.',
    expected: 'CRC.30',
  },
];

const THAI: Case[] = [
  {
    // พระราชบัญญัติคุ้มครองเด็ก พ.ศ. 2546 (Child Protection Act 2003), มาตรา 22 วรรคหนึ่ง.
    source: 'Child Protection Act 2003 s. 22',
    title: 'พระราชบัญญัติคุ้มครองเด็ก พ.ศ. ๒๕๔๖',
    text: 'การปฏิบัติต่อเด็กไม่ว่ากรณีใด ให้คำนึงถึงประโยชน์สูงสุดของเด็กเป็นสำคัญ และไม่ให้มีการเลือกปฏิบัติโดยไม่เป็นธรรม',
    expected: 'CRC.3',
  },
  {
    // The same section: the ban on unfair discrimination.
    source: 'Child Protection Act 2003 s. 22 (discrimination)',
    title: 'พระราชบัญญัติคุ้มครองเด็ก พ.ศ. ๒๕๔๖',
    text: 'การปฏิบัติต่อเด็กไม่ว่ากรณีใด ให้คำนึงถึงประโยชน์สูงสุดของเด็กเป็นสำคัญ และไม่ให้มีการเลือกปฏิบัติโดยไม่เป็นธรรม',
    expected: 'CRC.2',
  },
  {
    // ประมวลกฎหมายแพ่งและพาณิชย์ (Civil and Commercial Code), มาตรา 1598/21 วรรคหนึ่ง: adoption of a minor.
    source: 'Civil and Commercial Code s. 1598/21',
    title: 'ประมวลกฎหมายแพ่งและพาณิชย์',
    text: 'การรับผู้เยาว์เป็นบุตรบุญธรรมจะกระทำได้ต่อเมื่อได้รับความยินยอมของบิดาและมารดาของผู้จะเป็นบุตรบุญธรรม ในกรณีที่บิดาหรือมารดาคนใดคนหนึ่งตายหรือถูกถอนอำนาจปกครองต้องได้รับความยินยอมของมารดาหรือบิดาซึ่งยังมีอำนาจปกครอง',
    expected: 'CRC.21',
  },
  {
    // พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. 2541 (Labour Protection Act 1998), มาตรา 44.
    source: 'Labour Protection Act 1998 s. 44',
    title: 'พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. ๒๕๔๑',
    text: 'ห้ามมิให้นายจ้างจ้างเด็กอายุต่ำกว่าสิบห้าปีเป็นลูกจ้าง',
    expected: 'C138.2',
  },
  {
    // Labour Protection Act 1998, มาตรา 45 (1): notice to the labour inspector.
    source: 'Labour Protection Act 1998 s. 45',
    title: 'พระราชบัญญัติคุ้มครองแรงงาน พ.ศ. ๒๕๔๑',
    text: 'ในกรณีที่มีการจ้างเด็กอายุต่ำกว่าสิบแปดปีเป็นลูกจ้าง ให้นายจ้างปฏิบัติดังนี้ (1) แจ้งการจ้างลูกจ้างซึ่งเป็นเด็กนั้นต่อพนักงานตรวจแรงงานภายในสิบห้าวันนับแต่วันที่เด็กเข้าทำงาน',
    expected: 'C138.9',
  },
  {
    // Child Protection Act 2003, มาตรา 23: the guardian's duty to raise and protect the child.
    source: 'Child Protection Act 2003 s. 23',
    title: 'พระราชบัญญัติคุ้มครองเด็ก พ.ศ. ๒๕๔๖',
    text: 'ผู้ปกครองต้องให้การอุปการะเลี้ยงดู อบรมสั่งสอน และพัฒนาเด็กที่อยู่ในความปกครองดูแลของตนตามสมควรแก่ขนบธรรมเนียมประเพณีและวัฒนธรรมแห่งท้องถิ่น',
    expected: 'CRC.18',
  },
];

describe('Indonesian and Thai cues', () => {
  it('every substantive article of the CRC, its protocols on sale and armed conflict, C138 and C182 has Indonesian and Thai cues', () => {
    expect(missingCues(catalog, ['id', 'th'])).toEqual([]);
  });

  it.each(INDONESIAN)('an Indonesian provision ($source) finds $expected among its first five', (c) => {
    expect(topFive(c, 'id')).toContain(c.expected);
  });

  it.each(THAI)('a Thai provision ($source) finds $expected among its first five', (c) => {
    expect(topFive(c, 'th')).toContain(c.expected);
  });
});

// PDF text layers often give Thai ำ (sara am) as its two parts, ํ + า: a law extracted so must get
// the suggestions it gets as typed, the evidence marking the same words.
describe('Thai sara am split by a PDF text layer', () => {
  const split = (text: string) => text.replace(/ำ/g, '\u0E4D\u0E32');
  const joined = (text: string) => text.replace(/\u0E4D\u0E32/g, 'ำ');

  it.each(THAI.filter((c) => c.text.includes('ำ')))(
    'the Thai provision ($source) gets the same suggestions with ำ as ํา',
    (c) => {
      const extracted = { ...c, title: split(c.title), text: split(c.text) };
      expect(extracted.text).not.toBe(c.text);
      expect(lines(extracted, 'th', joined)).toEqual(lines(c, 'th', joined));
    },
  );

  it('the evidence of an age limit extracted as ต่ํากว่า marks those characters', () => {
    const s44 = THAI.find((c) => c.source === 'Labour Protection Act 1998 s. 44')!;
    const extracted = { ...s44, text: split(s44.text) };
    const c1382 = suggest(extracted, 'th').find((r) => r.provisionId === 'C138.2')!;
    const phrases = c1382.matched.filter((t) => t.kind === 'phrase');
    expect(phrases.map((t) => [t.term, extracted.text.slice(t.start, t.end)])).toEqual([
      [
        'ห้ามมิให้นายจ้างจ้างเด็กอายุต่ำกว่าสิบห้าปี',
        'ห้ามมิให้นายจ้างจ้างเด็กอายุต่\u0E4D\u0E32กว่าสิบห้าปี',
      ],
    ]);
  });
});
