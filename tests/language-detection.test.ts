// A law's language decides which of the catalog's cues the matcher uses (Malay `ms` and Indonesian `id`
// cues are separate), how its words are stemmed and which OCR model reads its scans. Malay and
// Indonesian share most function words, so detection must go by what only one of them writes in its
// laws: a short Indonesian text (one clause, a commencement clause, an amending paragraph) is
// Indonesian, the Malay bill and each of its clauses Malay, and the other laws keep their language.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLaw } from '../electron/services/read-law';
import { detectLanguage } from '../shared/language/detect-language';
import type { SegmentedClause } from '../shared/model';
import { law } from './helpers/paths';

const MALAY_BILL = 'MY/RUU_Kesalahan_Seksual_terhadap_Kanak-Kanak_2017.pdf';
const LAWS: [string, string][] = [
  [MALAY_BILL, 'ms'],
  ['MY/Anti-Trafficking_in_Persons_Bill_2007.pdf', 'en'],
  ['MY/Child_Bill_1999.pdf', 'en'],
  ['MY/Evidence_of_Child_Witness_Bill_2007.pdf', 'en'],
  ['MY/Sexual_Offences_against_Children_Bill_2017.pdf', 'en'],
  ['VN/Luat_Tre_em_2016.pdf', 'vi'],
];

async function clausesOf(relative: string): Promise<SegmentedClause[]> {
  const file = law(relative);
  const read = await readLaw(new Uint8Array(fs.readFileSync(file)), {
    fileName: path.basename(file),
    ocr: 'off',
  });
  return read.clauses;
}

/** The language the import gives a law read without one (electron/services/import-documents.ts). */
const importLanguage = (clauses: SegmentedClause[]) =>
  detectLanguage(
    clauses
      .slice(0, 40)
      .map((c) => `${c.heading} ${c.text}`)
      .join('\n'),
  );

// Quoted from the statutes as promulgated (checked against published copies).
const INDONESIAN = {
  // UU 35/2014 Pasal 80 ayat (1).
  penalty:
    'Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 76C, dipidana dengan pidana penjara paling lama 3 (tiga) tahun 6 (enam) bulan dan/atau denda paling banyak Rp72.000.000,00 (tujuh puluh dua juta rupiah).',
  // UU 35/2014 Pasal 76C.
  prohibition:
    'Setiap Orang dilarang menempatkan, membiarkan, melakukan, menyuruh melakukan, atau turut serta melakukan Kekerasan terhadap Anak.',
  // UU 11/2012 (SPPA) Pasal 7.
  diversion:
    '(1) Pada tingkat penyidikan, penuntutan, dan pemeriksaan perkara Anak di pengadilan negeri wajib diupayakan Diversi. (2) Diversi sebagaimana dimaksud pada ayat (1) dilaksanakan dalam hal tindak pidana yang dilakukan: a. diancam dengan pidana penjara di bawah 7 (tujuh) tahun; dan b. bukan merupakan pengulangan tindak pidana.',
  // UU 11/2012 (SPPA) Pasal 8 ayat (1).
  deliberation:
    'Proses Diversi dilakukan melalui musyawarah dengan melibatkan Anak dan orang tua/Walinya, korban dan/atau orang tua/Walinya, Pembimbing Kemasyarakatan, dan Pekerja Sosial Profesional berdasarkan pendekatan Keadilan Restoratif.',
  // UU 13/2003 Pasal 74 ayat (1).
  worstForms: 'Siapapun dilarang mempekerjakan dan melibatkan anak pada pekerjaan-pekerjaan yang terburuk.',
  // UU 13/2003 Pasal 70 ayat (1) and (2).
  training:
    '(1) Anak dapat melakukan pekerjaan di tempat kerja yang merupakan bagian dari kurikulum pendidikan atau pelatihan yang disahkan oleh pejabat yang berwenang. (2) Anak sebagaimana dimaksud dalam ayat (1) paling sedikit berumur 14 (empat belas) tahun.',
  // UU 21/2007 Pasal 3.
  trafficking:
    'Setiap orang yang memasukkan orang ke wilayah negara Republik Indonesia dengan maksud untuk dieksploitasi di wilayah negara Republik Indonesia atau dieksploitasi di negara lain dipidana dengan pidana penjara paling singkat 3 (tiga) tahun dan paling lama 15 (lima belas) tahun dan pidana denda paling sedikit Rp120.000.000,00 (seratus dua puluh juta rupiah) dan paling banyak Rp600.000.000,00 (enam ratus juta rupiah).',
  // UU 35/2014 Pasal II: its commencement.
  commencement: 'Undang-Undang ini mulai berlaku pada tanggal diundangkan.',
  // UU 35/2014 Pasal I, the paragraph inserting a definition into UU 23/2002.
  amending:
    'Di antara angka 15 dan angka 16 disisipkan 1 (satu) angka, yakni angka 15a yang berbunyi sebagai berikut: 15a. Kekerasan adalah setiap perbuatan terhadap Anak yang berakibat timbulnya kesengsaraan atau penderitaan secara fisik, psikis, seksual, dan/atau penelantaran, termasuk ancaman untuk melakukan perbuatan, pemaksaan, atau perampasan kemerdekaan secara melawan hukum.',
};

describe('language detection on real laws', () => {
  it.each(LAWS)('reads %s as %s, and nearly every clause of 200+ characters too', async (file, language) => {
    const clauses = await clausesOf(file);
    expect(importLanguage(clauses)).toBe(language);
    const long = clauses.filter((c) => c.text.length >= 200);
    expect(long.length).toBeGreaterThan(10);
    const wrong = long.filter((c) => detectLanguage(c.text) !== language).map((c) => c.number);
    // The Malay bill: 20 of its 26 long clauses before Malay and Indonesian were told apart, 26 now.
    expect(wrong.length / long.length, `clauses read otherwise: ${wrong.join(', ')}`).toBeLessThanOrEqual(
      0.05,
    );
  });
});

describe('Malay and Indonesian told apart on short statutory text', () => {
  it.each(Object.entries(INDONESIAN))('an Indonesian clause (%s) is Indonesian', (_name, text) => {
    expect(detectLanguage(text)).toBe('id');
  });

  it('five Indonesian clauses joined are Indonesian', () => {
    const { diversion, deliberation, worstForms, training, trafficking } = INDONESIAN;
    expect(detectLanguage([diversion, deliberation, worstForms, training, trafficking].join('\n'))).toBe(
      'id',
    );
  });

  it("the Malay bill's counterparts are Malay: one clause, its commencement, its power to amend, five joined", async () => {
    const clauses = await clausesOf(MALAY_BILL);
    const text = (number: string) => clauses.find((c) => c.number === number)?.text ?? '';
    const commencement = text('1').split('(2)')[1] ?? '';
    expect(commencement).toMatch(/^ Akta ini mula berkuat kuasa/);
    expect(detectLanguage(text('6'))).toBe('ms');
    expect(detectLanguage(commencement)).toBe('ms');
    expect(detectLanguage(text('26'))).toBe('ms');
    expect(detectLanguage(['5', '6', '7', '8', '9'].map(text).join('\n'))).toBe('ms');
  });
});
