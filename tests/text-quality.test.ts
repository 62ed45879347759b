import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../electron/pdf/extract-pdf';
import { englishWordList } from '../electron/services/english-word-list';
import { assessTextQuality as assess } from '../shared/pdf/text-quality';

const assessTextQuality = (text: string, language: string) => assess(text, language, englishWordList());
import { law } from './helpers/paths';

async function textLayer(file: string): Promise<string> {
  const pdf = await extractPdf(new Uint8Array(fs.readFileSync(law(file))), { fileName: file });
  return pdf.pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n');
}

// The text-layer quality check on real gazettes and bills, as the import reads them.
describe('assessTextQuality on real text layers', () => {
  it('flags the Zainab Alert Act gazette, whose text layer is noisy OCR', async () => {
    const quality = assessTextQuality(
      await textLayer('PK/Zainab_Alert_Response_and_Recovery_Act_2020.pdf'),
      'en',
    );
    expect(quality.looksLikeBadOcr).toBe(true);
    expect(quality.nonWordShare).toBeGreaterThan(0.15);
  });

  it.each([
    'PK/Islamabad_Capital_Territory_Child_Protection_Act_2018.pdf',
    'MY/Evidence_of_Child_Witness_Bill_2007.pdf',
    'MY/Child_Bill_1999.pdf',
    'MY/Sexual_Offences_against_Children_Bill_2017.pdf',
    'MY/Anti-Trafficking_in_Persons_Bill_2007.pdf',
  ])('does not flag the clean text layer of %s', async (file) => {
    const quality = assessTextQuality(await textLayer(file), 'en');
    expect(quality.looksLikeBadOcr).toBe(false);
    expect(quality.nonWordShare).toBeLessThan(0.06);
  });

  it('judges only English, which is the only word list it has', async () => {
    const malay = await textLayer('MY/RUU_Kesalahan_Seksual_terhadap_Kanak-Kanak_2017.pdf');
    expect(assessTextQuality(malay, 'en').looksLikeBadOcr).toBe(true);
    expect(assessTextQuality(malay, 'ms').looksLikeBadOcr).toBe(false);
  });
});
