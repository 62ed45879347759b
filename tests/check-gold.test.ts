// The held-out check gold (scripts/gold/check.json) only measures what it can find: each law it names
// must resolve under ../shared/data, each clause it lists must be one readLaw segments, and each label
// a treaty-article id of the instruments the eval ranks. A segmentation change that renumbered a
// law would otherwise leave its labels silently unscored.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../electron/services/load-catalog';
import { readLaw } from '../electron/services/read-law';
import { goldDocumentPath } from '../scripts/gold-path';
import type { GoldFile } from '../shared/match/evaluate';

const goldFile = path.resolve(import.meta.dirname, '../scripts/gold/check.json');
const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as GoldFile;
const ranked = ['CRC', 'OPSC', 'OPAC', 'C138', 'C182'];

describe('the check gold', () => {
  it('labels only provisions of the ranked instruments, one to four per labelled clause', () => {
    const ids = new Set(
      loadCatalog()
        .frameworks.filter((f) => ranked.includes(f.id))
        .flatMap((f) => f.provisions.map((p) => p.id)),
    );
    for (const doc of gold.documents)
      for (const clause of doc.clauses) {
        expect(clause.standards.length, `${doc.file} ${clause.number}`).toBeLessThanOrEqual(4);
        for (const id of clause.standards)
          expect(ids.has(id), `${doc.file} ${clause.number}: ${id}`).toBe(true);
      }
  });

  for (const doc of gold.documents)
    it(`${path.basename(doc.file)}: every listed clause is one readLaw segments, listed once`, async () => {
      const file = goldDocumentPath(goldFile, doc.file);
      const { clauses } = await readLaw(new Uint8Array(fs.readFileSync(file)), {
        fileName: path.basename(file),
        ocr: 'off',
      });
      const numbers = new Set(clauses.map((c) => c.number));
      const listed = doc.clauses.map((c) => c.number);
      expect(listed.filter((n) => !numbers.has(n))).toEqual([]);
      expect(new Set(listed).size).toBe(listed.length);
      expect(doc.clauses.filter((c) => c.standards.length).length).toBeGreaterThanOrEqual(20);
    });
});
