import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findProvision } from '../../shared/catalog/find-provision';
import { provisionsOf } from '../../shared/catalog/provisions-of';
import type { LanguageCues } from '../../shared/catalog/types';
import { readmeFragment } from '../../scripts/catalog-table';
import { parseCatalog } from '../../shared/catalog/parse-catalog';
import { readCatalog } from './built-catalog';
import { BUILT_CATALOG, buildCatalog, loadCatalog, readCatalogFiles } from './load-catalog';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const standardsDir = path.join(repoRoot, 'resources/standards');
const catalog = loadCatalog(standardsDir);
const framework = (id: string) => catalog.frameworks.find((f) => f.id === id)!;
const hasCues = (c: LanguageCues | undefined) => !!c && c.phrases.length + c.keywords.length > 0;
const OTHER_LANGUAGES = ['ms', 'id', 'th', 'vi', 'fil'];
const STATES = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'TL', 'PK'];

describe('the shipped standards catalog', () => {
  it('lists every instrument of the issue, CRC first and the checklist last', () => {
    expect(catalog.frameworks.map((f) => f.id)).toEqual([
      'CRC',
      'OPSC',
      'OPAC',
      'OPIC',
      'C138',
      'C182',
      'ACTIP',
      'AVAWC',
      'RPAVAC',
      'AOCSEA',
      'AOCSEG',
      'ACMIG',
      'ACWCTIP',
      'ACPS',
      'CHK',
    ]);
    expect(framework('ACPS').provisional).toBe(true);
  });

  it('has the 54 CRC articles, Part I substantive, in the nine reporting clusters', () => {
    const crc = framework('CRC');
    expect(crc.provisions.map((p) => p.number)).toEqual(Array.from({ length: 54 }, (_, i) => String(i + 1)));
    expect(crc.provisions.filter((p) => p.substantive).map((p) => Number(p.number))).toEqual(
      Array.from({ length: 41 }, (_, i) => i + 1),
    );
    expect(crc.groups).toHaveLength(9);
    expect(new Set(crc.provisions.map((p) => p.group)).size).toBe(9);
    expect(findProvision(catalog, 'CRC.19')?.group).toBe('violence');
    expect(findProvision(catalog, 'CRC.40')?.group).toBe('special-protection');
  });

  it('marks exactly articles 2, 3, 6 and 12 as general principles', () => {
    const principles = provisionsOf(catalog)
      .filter((p) => p.generalPrinciple)
      .map((p) => p.id);
    expect(principles).toEqual(['CRC.2', 'CRC.3', 'CRC.6', 'CRC.12']);
  });

  it('has the protocol and ILO articles analysts tag', () => {
    expect(framework('OPSC').provisions).toHaveLength(17);
    expect(framework('OPAC').provisions).toHaveLength(13);
    for (let n = 1; n <= 9; n++) expect(findProvision(catalog, `C138.${n}`)?.substantive).toBe(true);
    for (let n = 1; n <= 8; n++) expect(findProvision(catalog, `C182.${n}`)?.substantive).toBe(true);
    expect(findProvision(catalog, 'ACTIP.5')?.title).toMatch(/trafficking/i);
  });

  it('resolves every cross-reference to a provision of another instrument', () => {
    for (const p of provisionsOf(catalog)) {
      for (const ref of p.crossRefs) {
        expect(findProvision(catalog, ref), `${p.id} → ${ref}`).toBeDefined();
        expect(ref.startsWith(`${p.frameworkId}.`), `${p.id} → ${ref}`).toBe(false);
      }
    }
    expect(findProvision(catalog, 'CRC.34')?.crossRefs).toEqual(
      expect.arrayContaining(['OPSC.3', 'CHK.CHILD_PORNOGRAPHY']),
    );
    expect(findProvision(catalog, 'CRC.32')?.crossRefs).toEqual(expect.arrayContaining(['C138.2', 'C182.3']));
  });

  it('gives every provision English cues, and the key articles and checklist items cues in five more languages', () => {
    for (const p of provisionsOf(catalog)) expect(hasCues(p.cues.en), p.id).toBe(true);
    const multilingual = [
      ...['1', '7', '19', '24', '28', '32', '34', '35', '37', '40'].map((n) => `CRC.${n}`),
      ...framework('CHK').provisions.map((p) => p.id),
    ];
    for (const id of multilingual) {
      const p = findProvision(catalog, id)!;
      for (const lang of OTHER_LANGUAGES) expect(hasCues(p.cues[lang]), `${id} ${lang}`).toBe(true);
    }
    expect(findProvision(catalog, 'CRC.19')?.cues.en.negative).toContain('reasonable chastisement');
  });

  it('weighs the word for child as lightly in every language as in English where a provision damps it', () => {
    // In a law about children the word is everywhere: at full weight in one language it would put
    // the provision near the top of almost every clause written in that language.
    const CHILD: Record<string, string[]> = {
      en: ['child'],
      ms: ['kanak-kanak', 'budak'],
      id: ['anak'],
      th: ['เด็ก'],
      vi: ['trẻ em'],
      fil: ['bata'],
      km: ['កុមារ'],
      lo: ['ເດັກ'],
      my: ['ကလေးသူငယ်'],
    };
    const weightOf = (cues: LanguageCues | undefined, words: string[]) =>
      cues?.keywords
        .filter((k) => words.includes(typeof k === 'string' ? k : k.text))
        .map((k) => (typeof k === 'string' ? 1 : k.weight));
    const damped = provisionsOf(catalog).filter((p) => (weightOf(p.cues.en, CHILD.en)?.[0] ?? 1) < 1);
    expect(damped.map((p) => p.id)).toContain('CRC.1');
    for (const p of damped) {
      const english = weightOf(p.cues.en, CHILD.en)![0];
      for (const lang of Object.keys(CHILD).filter((l) => l !== 'en'))
        for (const w of weightOf(p.cues[lang], CHILD[lang]) ?? []) expect(w, `${p.id} ${lang}`).toBe(english);
    }
  });
  it('has about 40 checklist items, each with a legal test, and the age items with thresholds', () => {
    const chk = framework('CHK').provisions;
    expect(chk.length).toBeGreaterThanOrEqual(38);
    for (const p of chk) expect(p.legalTest, p.id).toBeTruthy();
    const ages: Record<string, number> = {
      'CHK.CHILD_DEFINITION': 18,
      'CHK.MARRIAGE_AGE': 18,
      'CHK.MACR': 14,
      'CHK.MIN_WORK_AGE': 15,
      'CHK.HAZARDOUS_WORK_AGE': 18,
    };
    for (const [id, value] of Object.entries(ages)) {
      expect(findProvision(catalog, id)?.threshold, id).toMatchObject({
        operator: '>=',
        value,
        unit: 'years',
      });
    }
    const settings = ['HOME', 'ALTERNATIVE_CARE', 'DAY_CARE', 'SCHOOL', 'PENAL_INSTITUTIONS', 'SENTENCE'];
    for (const s of settings)
      expect(findProvision(catalog, `CHK.CP_${s}`)?.threshold?.operator).toBe('present');
  });

  it('has a ratification status for every state and every instrument', () => {
    expect(catalog.states.map((s) => s.code).sort()).toEqual([...STATES].sort());
    for (const f of catalog.frameworks.filter((f) => f.id !== 'CHK')) {
      for (const code of STATES) {
        const r = catalog.ratifications.filter((x) => x.frameworkId === f.id && x.country === code);
        expect(r, `${code} ${f.id}`).toHaveLength(1);
        expect(r[0].source).toBeTruthy();
      }
    }
    const crcMy = catalog.ratifications.find((r) => r.frameworkId === 'CRC' && r.country === 'MY');
    expect(crcMy).toMatchObject({ status: 'party', since: '1995-02-17' });
  });

  it('is cached per directory and accepts the resources folder as well', () => {
    expect(loadCatalog(standardsDir)).toBe(catalog);
    expect(loadCatalog(path.join(repoRoot, 'resources'))).toBe(catalog);
    expect(loadCatalog()).toBe(catalog);
  });

  it('reads the folder LEXGAP_RESOURCES names, as a packaged app sets it', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-resources-'));
    fs.cpSync(standardsDir, path.join(copy, 'standards'), { recursive: true });
    const saved = process.env.LEXGAP_RESOURCES;
    process.env.LEXGAP_RESOURCES = copy;
    try {
      const fromEnv = loadCatalog();
      expect(fromEnv).not.toBe(catalog);
      expect(fromEnv.frameworks.map((f) => f.id)).toEqual(catalog.frameworks.map((f) => f.id));
    } finally {
      if (saved === undefined) delete process.env.LEXGAP_RESOURCES;
      else process.env.LEXGAP_RESOURCES = saved;
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('the catalog the build validates once', () => {
  const built = buildCatalog(standardsDir);
  const dist = path.join(repoRoot, 'dist');

  it('is the catalog the sources give, validated', () => {
    expect(JSON.stringify(JSON.parse(JSON.stringify(built.catalog)))).toBe(
      JSON.stringify(parseCatalog(readCatalogFiles(standardsDir))),
    );
  });

  it.skipIf(!fs.existsSync(path.join(dist, 'cli.mjs')))(
    'is what npm run build wrote beside the bundles, for the sources as they are now',
    () => {
      for (const dir of [dist, path.join(dist, 'electron')])
        expect(fs.readFileSync(path.join(dir, BUILT_CATALOG), 'utf8')).toBe(JSON.stringify(built));
    },
  );

  it('is read for exactly its sources, and any edit to them is validated instead', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-built-'));
    try {
      const sources = path.join(tmp, 'standards');
      fs.cpSync(standardsDir, sources, { recursive: true });
      // A marked copy of the build: only a read of this file can give the marked title.
      const marked = structuredClone(built);
      marked.catalog.frameworks[0].provisions[0].title = 'read from the built copy';
      fs.writeFileSync(path.join(tmp, BUILT_CATALOG), JSON.stringify(marked));
      expect(loadCatalog(sources, tmp).frameworks[0].provisions[0].title).toBe('read from the built copy');
      // The app's reader, which loads no zod for it, reads the same copy.
      expect((await readCatalog(sources, tmp)).frameworks[0].provisions[0].title).toBe(
        'read from the built copy',
      );

      const edited = path.join(tmp, 'edited');
      fs.cpSync(standardsDir, edited, { recursive: true });
      const crc = path.join(edited, 'CRC.json');
      const json = JSON.parse(fs.readFileSync(crc, 'utf8')) as { provisions: { summary?: string }[] };
      delete json.provisions[0].summary;
      fs.writeFileSync(crc, JSON.stringify(json));
      expect(() => loadCatalog(edited, tmp)).toThrow(/CRC\.json: provision CRC\.1: summary/);
      await expect(readCatalog(edited, tmp)).rejects.toThrow(/CRC\.json: provision CRC\.1: summary/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('the check that the built catalog fits the folder', () => {
  it('trusts files that look as the build found them without reading them, and reads any that changed', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-stamps-'));
    try {
      const sources = path.join(tmp, 'standards');
      fs.cpSync(standardsDir, sources, { recursive: true });
      const built = buildCatalog(sources);
      expect(built.stamps?.map((s) => s.name)).toContain('CRC.json');
      // A wrong digest: only the files' sizes and times can make this copy the one read.
      const marked = structuredClone(built);
      marked.digest = 'not the digest of these files';
      marked.catalog.frameworks[0].provisions[0].title = 'read from the built copy';
      fs.writeFileSync(path.join(tmp, BUILT_CATALOG), JSON.stringify(marked));
      const title = (dir: string) => loadCatalog(dir, tmp).frameworks[0].provisions[0].title;
      expect(title(sources)).toBe('read from the built copy');

      // The same bytes saved again: read, hashed, and (the digest being wrong here) validated instead.
      const touched = path.join(tmp, 'touched');
      fs.cpSync(sources, touched, { recursive: true });
      const later = new Date(Date.now() + 60_000);
      fs.utimesSync(path.join(touched, 'CRC.json'), later, later);
      expect(title(touched)).toBe(catalog.frameworks[0].provisions[0].title);
      // With the right digest, a file touched but unchanged still gets the build's copy.
      marked.digest = built.digest;
      fs.writeFileSync(path.join(tmp, BUILT_CATALOG), JSON.stringify(marked));
      const again = path.join(tmp, 'again');
      fs.cpSync(touched, again, { recursive: true });
      fs.utimesSync(path.join(again, 'CRC.json'), later, new Date(Date.now() + 120_000));
      expect(title(again)).toBe('read from the built copy');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('the README fragment', () => {
  it('shows the instruments and provision counts of the shipped catalog (regenerate with scripts/catalog-table.ts --write)', async () => {
    const file = path.join(repoRoot, 'README.md');
    expect(await readmeFragment(fs.readFileSync(file, 'utf8'), catalog, file)).toBe(
      fs.readFileSync(file, 'utf8'),
    );
  });
});

describe('broken catalog copies', () => {
  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'lexgap-catalog-'));
  afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

  /** A copy of the real catalog with one file rewritten by `edit`. */
  function brokenCopy(name: string, file: string, edit: (text: string) => string): string {
    const dir = path.join(tmpRoot, name);
    fs.cpSync(standardsDir, dir, { recursive: true });
    const target = path.join(dir, file);
    fs.writeFileSync(target, edit(fs.readFileSync(target, 'utf8')));
    return dir;
  }
  type Json = { provisions: Record<string, unknown>[] };
  const editJson = (fn: (j: Json) => void) => (text: string) => {
    const json = JSON.parse(text) as Json;
    fn(json);
    return JSON.stringify(json);
  };
  const byId = (j: Json, id: string) => j.provisions.find((p) => p.id === id)!;

  it('rejects a file that is not JSON, naming the file', () => {
    const dir = brokenCopy('bad-json', 'OPAC.json', (t) => t.slice(0, 200));
    expect(() => loadCatalog(dir)).toThrow(/OPAC\.json: file: not valid JSON/);
  });

  it('rejects a provision without a summary, naming the file and the provision', () => {
    const dir = brokenCopy(
      'no-summary',
      'CRC.json',
      editJson((j) => delete byId(j, 'CRC.19').summary),
    );
    expect(() => loadCatalog(dir)).toThrow(/CRC\.json: provision CRC\.19: summary: .*expected string/);
  });

  it('rejects a duplicate provision id', () => {
    const dir = brokenCopy(
      'duplicate',
      'OPSC.json',
      editJson((j) => j.provisions.push({ ...byId(j, 'OPSC.3') })),
    );
    expect(() => loadCatalog(dir)).toThrow(/OPSC\.json: provision OPSC\.3: duplicate id/);
  });

  it('rejects a cross-reference to a provision that does not exist', () => {
    const dir = brokenCopy(
      'dangling',
      'C182.json',
      editJson((j) => (byId(j, 'C182.3').crossRefs = ['CRC.99'])),
    );
    expect(() => loadCatalog(dir)).toThrow(
      /C182\.json: provision C182\.3: crossRefs: CRC\.99 does not exist/,
    );
  });

  it('rejects a provision in a group the framework does not have', () => {
    const dir = brokenCopy(
      'unknown-group',
      'CHK.json',
      editJson((j) => (byId(j, 'CHK.MACR').group = 'nowhere')),
    );
    expect(() => loadCatalog(dir)).toThrow(
      /CHK\.json: provision CHK\.MACR: group nowhere is not one of the framework's groups/,
    );
  });

  it('rejects an id that does not match framework and number', () => {
    const dir = brokenCopy(
      'bad-id',
      'OPAC.json',
      editJson((j) => (byId(j, 'OPAC.2').number = '22')),
    );
    expect(() => loadCatalog(dir)).toThrow(/OPAC\.json: provision OPAC\.2: id should be OPAC\.22/);
  });

  it('rejects a ratification for an unknown instrument', () => {
    const dir = brokenCopy('bad-ratification', 'ratifications.json', (t) =>
      t.replace('"frameworkId": "OPIC"', '"frameworkId": "OPX"'),
    );
    expect(() => loadCatalog(dir)).toThrow(
      /ratifications\.json: ratification #\d+ \(\w\w OPX\): framework OPX does not exist/,
    );
  });
});
