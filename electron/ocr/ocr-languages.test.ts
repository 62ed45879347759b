import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_PROFILES } from '../../shared/language/registry';
import { ocrLanguage } from './ocr-languages';

// OCR must read every language segmentation reads: its own model when the package is installed,
// else English with a note naming the package to install.
describe('OCR language choice', () => {
  it.each(LANGUAGE_PROFILES.map((profile) => [profile.code, profile] as const))(
    'has a model for %s, or says which package to install',
    (code, profile) => {
      for (const tag of [code, ...profile.aliases, `${code.toUpperCase()}-XX`]) {
        const chosen = ocrLanguage(tag);
        if (chosen.code === profile.ocr.tesseract) expect(chosen.note).toBeUndefined();
        else {
          expect(chosen.code).toBe('eng');
          expect(chosen.note).toContain(
            profile.ocr.package ? `npm install ${profile.ocr.package}` : 'is published on npm',
          );
        }
      }
    },
  );

  it('reads Malay, Indonesian, Vietnamese, Thai, Lao and Burmese scans with their own installed models', () => {
    for (const [language, model] of [
      ['ms', 'msa'],
      ['id', 'ind'],
      ['vi', 'vie'],
      ['th', 'tha'],
      ['lo', 'lao'],
      ['my', 'mya'],
    ]) {
      const chosen = ocrLanguage(language);
      expect([chosen.code, chosen.note], language).toEqual([model, undefined]);
      expect(fs.existsSync(path.join(chosen.langPath, `${model}.traineddata.gz`)), language).toBe(true);
    }
  });

  it("says Khmer scans are read in English, as no npm package publishes tesseract's khm model", () => {
    const chosen = ocrLanguage('km');
    expect(chosen.code).toBe('eng');
    expect(chosen.note).toBe(`no OCR data for "km" is published on npm (tesseract's khm); English was used`);
  });

  it('names the Khmer, Lao and Burmese models that segmentation needs', () => {
    for (const [language, model] of [
      ['lo', 'lao'],
      ['my', 'mya'],
    ]) {
      const chosen = ocrLanguage(language);
      expect(chosen.code === model || chosen.note?.includes(`@tesseract.js-data/${model}`), language).toBe(
        true,
      );
    }
  });
});
