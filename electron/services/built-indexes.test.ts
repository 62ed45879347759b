// The matcher's per-language indexes the build computes for the shipped catalog: loaded ready, they
// rank real laws exactly as indexes built at run time do, and they are used only for their catalog.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../shared/catalog/types';
import { LANGUAGE_CODES } from '../../shared/language/registry';
import { buildMatcher, type ClauseInput, type MatchOptions } from '../../shared/match/build-matcher';
import { indexSourceOf } from '../../shared/match/index-source';
import {
  catalogIndexData,
  languageIndexData,
  languageIndexFromData,
  type LanguageIndexData,
} from '../../shared/match/language-index';
import { BUILT_CATALOG, builtIndexFile, readCatalog, type BuiltIndex } from './built-catalog';
import { buildCatalog } from './load-catalog';
import { readLaw } from './read-law';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const standardsDir = path.join(repoRoot, 'resources/standards');
const laws = path.resolve(repoRoot, '../shared/data/laws');
const built = buildCatalog(standardsDir);
const dist = path.join(repoRoot, 'dist');

/** Every language's index as the build writes it: computed, then through JSON. */
const asWritten = (catalog: Catalog) =>
  new Map(
    LANGUAGE_CODES.map((language) => [
      language,
      JSON.parse(JSON.stringify(catalogIndexData(catalog, language))) as LanguageIndexData,
    ]),
  );

async function clausesOf(file: string, language: string, title: string): Promise<ClauseInput[]> {
  const { clauses } = await readLaw(new Uint8Array(fs.readFileSync(path.join(laws, file))), {
    fileName: path.basename(file),
    ocr: 'off',
  });
  return clauses.map((c) => ({
    text: c.text,
    heading: c.heading,
    path: c.path,
    documentTitle: title,
    language,
    number: c.number,
  }));
}

describe("the matcher's indexes computed by the build", () => {
  it('load back to the same index, in every language', () => {
    for (const [language, data] of asWritten(built.catalog)) {
      expect(data.cues.length, language).toBeGreaterThan(0);
      expect(languageIndexData(languageIndexFromData(data), language, data.provisions)).toEqual(data);
    }
  });

  it('rank every clause of real laws exactly as indexes built at run time do', async () => {
    const written = asWritten(built.catalog);
    const building = buildMatcher(built.catalog);
    const loading = buildMatcher(built.catalog, { indexes: (language) => written.get(language) });
    const clauses = [
      ...(await clausesOf('MY/Child_Bill_1999.pdf', 'en', 'Child Bill 1999')),
      ...(await clausesOf('MY/RUU_Kesalahan_Seksual_terhadap_Kanak-Kanak_2017.pdf', 'ms', 'RUU 2017')),
      ...(await clausesOf('VN/Luat_Tre_em_2016.pdf', 'vi', 'Luật Trẻ em 2016')),
    ];
    expect(new Set(clauses.map((c) => c.language)).size).toBe(3);
    const asked: MatchOptions[] = [
      { limit: Infinity, perFramework: 5, minScore: 0.01 },
      { limit: Infinity, perFramework: 15, minScore: 0.001 },
      { limit: 10, frameworks: ['CRC', 'OPSC'] },
    ];
    for (const options of asked)
      for (const clause of clauses)
        expect(loading.matchClause(clause, options)).toEqual(building.matchClause(clause, options));
  });

  it.skipIf(!fs.existsSync(path.join(dist, 'cli.mjs')))(
    'are what npm run build wrote beside the bundles, for the catalog and code as they are now',
    () => {
      for (const dir of [dist, path.join(dist, 'electron')])
        for (const [language, index] of asWritten(built.catalog)) {
          const file = JSON.parse(
            fs.readFileSync(path.join(dir, builtIndexFile(language)), 'utf8'),
          ) as BuiltIndex;
          expect(file).toEqual({ digest: built.digest, index });
        }
    },
  );

  it("are handed to matchers of the build's catalog only, not of an edited folder's", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-indexes-'));
    try {
      const sources = path.join(tmp, 'standards');
      fs.cpSync(standardsDir, sources, { recursive: true });
      fs.writeFileSync(path.join(tmp, BUILT_CATALOG), JSON.stringify(built));
      const en: BuiltIndex = { digest: built.digest, index: catalogIndexData(built.catalog, 'en') };
      fs.writeFileSync(path.join(tmp, builtIndexFile('en')), JSON.stringify(en));
      const source = indexSourceOf(await readCatalog(sources, tmp));
      expect(source?.('en')).toEqual(en.index);
      // A language the folder has no file for is built at run time.
      expect(source?.('ms')).toBeUndefined();

      const edited = path.join(tmp, 'edited');
      fs.cpSync(standardsDir, edited, { recursive: true });
      const crc = path.join(edited, 'CRC.json');
      const json = JSON.parse(fs.readFileSync(crc, 'utf8')) as { provisions: { title: string }[] };
      json.provisions[0].title = 'Who is a child';
      fs.writeFileSync(crc, JSON.stringify(json));
      expect(indexSourceOf(await readCatalog(edited, tmp))).toBeUndefined();
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
