// How much of the shipped catalog has been checked against public sources, and whether each checked
// entry says what it was checked against. The figures fall as entries are verified; they must never
// rise above those of the first count (93 provisions, 143 ratification entries, 2026-12-04).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../electron/services/load-catalog';
import { frameworkSchema } from '../shared/catalog/schema';
import { verificationCounts } from '../shared/catalog/verification-counts';

const catalog = loadCatalog();
const repoRoot = path.resolve(import.meta.dirname, '..');

describe('catalog verification', () => {
  it('has fewer unverified provisions and ratification entries than the first count, each verified one with a source', () => {
    const counts = verificationCounts(catalog);
    console.log(
      `unverified provisions: ${counts.unverifiedProvisions} of ${counts.provisions}; ` +
        `unverified ratification entries: ${counts.unverifiedRatifications} of ${counts.ratifications}`,
    );
    expect(counts.unverifiedProvisions).toBeLessThan(93);
    expect(counts.unverifiedRatifications).toBeLessThan(143);
    expect(counts.verifiedWithoutSource).toEqual([]);
  });

  it('names the ASEAN guidelines on online child sexual exploitation as ACWC publishes them', () => {
    const aocseg = catalog.frameworks.find((f) => f.id === 'AOCSEG');
    expect(aocseg?.name).toBe(
      'ASEAN Guidelines for Harmonised and Comprehensive National Legislation Against All Forms of Online Child Sexual Exploitation and Abuse',
    );
    expect(aocseg?.source).toMatch(/2023/);
  });

  it('gives OPIC the article titles of the adopted text, each with its source', () => {
    const opic = catalog.frameworks.find((f) => f.id === 'OPIC');
    const byNumber = new Map(opic?.provisions.map((p) => [p.number, p]));
    expect(byNumber.get('13')?.title).toBe('Inquiry procedure for grave or systematic violations');
    expect(byNumber.get('20')?.title).toBe('Violations occurring after the entry into force');
    for (const p of opic?.provisions ?? []) {
      if (p.verified) expect(p.source, p.id).toMatch(/2026-12-04/);
      else expect(p.unverifiedNote, p.id).toBeTruthy();
    }
  });

  it("carries ACWC's guidelines on trafficking victims as practice standards with English and Malay cues", () => {
    const raw = fs.readFileSync(path.join(repoRoot, 'resources/standards/ACWCTIP.json'), 'utf8');
    const parsed = frameworkSchema.safeParse(JSON.parse(raw));
    expect(parsed.success, parsed.error?.message).toBe(true);
    const f = catalog.frameworks.find((x) => x.id === 'ACWCTIP')!;
    expect(f.name).toBe(
      'ACWC Regional Guidelines and Procedures to Address the Needs of Victims of Trafficking in Persons',
    );
    expect([f.kind, f.body, f.binding]).toEqual(['guidelines', 'ASEAN', false]);
    expect(f.provisions.map((p) => p.title)).toContain('Special and additional measures for child victims');
    for (const p of f.provisions) {
      expect(Object.keys(p.cues).sort(), p.id).toEqual(['en', 'ms']);
      expect(p.cues.ms.phrases.length, p.id).toBeGreaterThan(0);
      if (!p.verified) expect(p.unverifiedNote, p.id).toBeTruthy();
    }
    // Pakistan is not an ASEAN member: the guidelines do not apply there.
    expect(catalog.ratifications.find((r) => r.country === 'PK' && r.frameworkId === 'ACWCTIP')?.status).toBe(
      'not_applicable',
    );
  });
});
