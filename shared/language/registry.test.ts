/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { parseGroupHeading, parseKeywordStart, parseNumberedStart } from '../segment/structure-lines';
import { guessTitle, titleFromShortTitle } from '../segment/guess-title';
import { segmentClauses } from '../segment/segment-clauses';
import { detectLanguage } from './detect-language';
import { alternatives, baseLanguage, LANGUAGE_CODES, LANGUAGE_PROFILES, languageProfile } from './registry';

// Every registered language must be whole: what segmentation reads of it, OCR, citation, detection
// and word rules must all know it, so that the languages these parts know cannot drift apart again.
describe.each(LANGUAGE_PROFILES.map((profile) => [profile.code, profile] as const))(
  'language profile %s',
  (code, profile) => {
    const { drafting } = profile;

    it('names an OCR model, its npm package (none for Khmer, which npm does not publish) and its English name', () => {
      expect(profile.name).toMatch(/^\p{Lu}/u);
      expect(profile.ocr.tesseract).toMatch(/^[a-z_]{3,}$/);
      expect(profile.ocr.package).toBe(
        profile.code === 'km' ? undefined : `@tesseract.js-data/${profile.ocr.tesseract}`,
      );
    });

    it('has a citation label for every kind of clause its keywords start', () => {
      expect(drafting.articles.length + drafting.sections.length).toBeGreaterThan(0);
      if (drafting.articles.length) expect(profile.citation.labels.article).toBeTruthy();
      if (drafting.sections.length) expect(profile.citation.labels.section).toBeTruthy();
    });

    it('starts a clause at each of its clause keywords, of the kind it is cited as', () => {
      for (const keyword of [...drafting.articles, ...drafting.sections]) {
        const digits = profile.nativeZero ? String.fromCharCode(profile.nativeZero + 7) : '7';
        const line = `${keyword} ${digits}${profile.spacing === 'spaced' ? '. Heading' : ''}`;
        expect(parseKeywordStart(line), line).toMatchObject({ number: { text: '7' }, keyword });
        const lines = [1, 2, 3].map((n, k) => ({
          text: `${keyword} ${n}${profile.spacing === 'spaced' ? '. Heading' : ''}`,
          page: 1,
          x: 60,
          y: 60 + k * 14,
          width: 100,
          height: 12,
          fontSize: 10,
          source: 'text' as const,
        }));
        const kind = drafting.articles.includes(keyword) ? 'article' : 'section';
        expect(segmentClauses(lines).map((c) => c.kind)).toEqual([kind, kind, kind]);
      }
    });

    it('reads each of its group keywords as a heading of its level', () => {
      const levels = [drafting.parts, drafting.chapters, drafting.divisions, drafting.paragraphs];
      levels.forEach((words, k) => {
        for (const word of words)
          expect(parseGroupHeading(`${word} II`), word).toMatchObject({ level: k + 1, number: 'II' });
      });
    });

    it('numbers clauses in its own digits when it has them', () => {
      if (profile.nativeZero === undefined) return;
      const twelve = String.fromCharCode(profile.nativeZero + 1, profile.nativeZero + 2);
      const keyword = drafting.sections[0] ?? drafting.articles[0];
      expect(parseKeywordStart(`${keyword} ${twelve}`)).toMatchObject({ number: { text: '12' } });
      for (const stop of drafting.bareNumberStops)
        expect(parseNumberedStart(`${twelve}${stop} text`)).toMatchObject({ number: { text: '12' } });
    });

    it('is detected from its own text and found under its code and aliases', () => {
      const sample = profile.detection.scriptRange
        ? [...drafting.chapters, ...drafting.articles, ...drafting.sections].join(' ').repeat(5)
        : [...profile.detection.markers, ...(profile.detection.distinctive ?? [])].join(' ');
      expect(detectLanguage(sample)).toBe(code);
      for (const alias of [code, ...profile.aliases, `${code}-XX`])
        expect(languageProfile(alias)).toBe(profile);
    });

    it("reads a law's name from its short-title clause with each of its phrases and kinds", () => {
      for (const phrase of profile.titles.shortTitlePhrases)
        for (const kind of profile.titles.shortTitleKinds) {
          const clause = `(1) This law ${phrase} Sample Name ${kind} 2001.`;
          expect(titleFromShortTitle(clause), clause).toBe(`Sample Name ${kind} 2001`);
        }
    });

    it("takes a heading in capitals naming a law by each of its kinds as the law's title", () => {
      const headings = [
        ...profile.titles.kindsFirst.map((kind) => `${kind} Sample Name 2001`),
        ...profile.titles.kindsLast.map((kind) => `Sample Name ${kind} 2001`),
      ];
      for (const heading of headings) {
        const line = {
          text: heading.toUpperCase(),
          page: 1,
          x: 60,
          y: 60,
          width: 300,
          height: 12,
          fontSize: 14,
        };
        expect(guessTitle([{ ...line, source: 'text' }])?.toLowerCase(), heading).toBe(heading.toLowerCase());
      }
    });

    it('breaks words by dictionary exactly when it is written without spaces', () => {
      expect(profile.words.breaks === 'dictionary').toBe(profile.spacing === 'unspaced');
      expect(profile.detection.scriptRange !== undefined).toBe(profile.script !== 'Latin');
    });
  },
);

describe('language registry', () => {
  it('lists each language once, English first', () => {
    expect(LANGUAGE_CODES[0]).toBe('en');
    expect(new Set(LANGUAGE_CODES).size).toBe(LANGUAGE_CODES.length);
    expect(LANGUAGE_CODES).toEqual(
      expect.arrayContaining(['en', 'ms', 'id', 'vi', 'th', 'fil', 'km', 'lo', 'my']),
    );
  });

  it('builds keyword patterns longest word first, and a pattern of no words that matches nothing', () => {
    expect(new RegExp(`^(?:${alternatives(['Art.', 'Article'])})`).exec('Article 5')?.[0]).toBe('Article');
    expect(new RegExp(`^(${alternatives([])})`).test('')).toBe(false);
  });

  it('resolves regional tags and aliases, and leaves unknown languages unknown', () => {
    expect(baseLanguage('ms-MY')).toBe('ms');
    expect(baseLanguage('TL')).toBe('fil');
    expect(baseLanguage('in')).toBe('id');
    expect(baseLanguage('')).toBe('en');
    expect(baseLanguage('fr-CA')).toBe('fr');
    expect(languageProfile('fr')).toBeUndefined();
  });

  it('matches the shipped catalog: every cue language registered, every language with cues', () => {
    const frameworks = Object.values(
      import.meta.glob<{ provisions?: { cues?: Record<string, unknown> }[] }>(
        '../../resources/standards/*.json',
        {
          eager: true,
          import: 'default',
        },
      ),
    );
    const cueLanguages = new Set(
      frameworks.flatMap((f) => (f.provisions ?? []).flatMap((p) => Object.keys(p.cues ?? {}))),
    );
    expect([...cueLanguages].filter((code) => !LANGUAGE_CODES.includes(code))).toEqual([]);
    expect(LANGUAGE_CODES.filter((code) => !cueLanguages.has(code))).toEqual([]);
  });
});
