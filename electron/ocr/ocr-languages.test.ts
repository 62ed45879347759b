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
          expect(chosen.note).toContain(`npm install ${profile.ocr.package}`);
        }
      }
    },
  );

  it('names the Khmer, Lao and Burmese models that segmentation needs', () => {
    for (const [language, model] of [
      ['km', 'khm'],
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
