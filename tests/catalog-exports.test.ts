// Every export of a matrix built on the shipped catalog says which catalog release it was made with and
// marks what the catalog could not check: unverified standards, ratifications and reservations.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../electron/services/load-catalog';
import { exportMatrix } from '../electron/services/export-matrix';
import { EXPORT_FORMAT_IDS } from '../shared/export/formats';
import { buildMatrix } from '../shared/matrix/build-matrix';

const catalog = loadCatalog();
const matrix = buildMatrix({
  catalog,
  countries: [
    { code: 'MY', name: 'Malaysia' },
    { code: 'TH', name: 'Thailand' },
  ],
  tags: [],
  overrides: [],
  frameworks: ['CRC', 'OPIC', 'ACTIP'],
  includeProcedural: true,
  now: '2026-12-04T18:00:00.000Z',
});
// A final clause of OPIC that the sources consulted did not cover.
const unverifiedTitle = catalog.frameworks
  .find((f) => f.id === 'OPIC')!
  .provisions.find((p) => p.id === 'OPIC.23')!.title;
const decode = (data: Uint8Array) => new TextDecoder().decode(data);

async function xlsxText(data: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ExcelJS.Buffer);
  const parts = [wb.description ?? ''];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => parts.push(String(cell.text ?? '')))));
  return parts.join('\n');
}

describe('exports made with the shipped catalog', () => {
  const release = catalog.release?.version ?? 'missing';

  it('the catalog has a release with a change log entry for its version', () => {
    expect(catalog.release?.changes[0]?.version).toBe(catalog.release?.version);
    expect(matrix.catalog).toContain(`catalog ${release}`);
  });

  it("records Malaysia's standing CRC reservations and leaves out Thailand's withdrawn one", () => {
    const crc = (country: string) =>
      matrix.columns.find((c) => c.country === country)!.ratifications.find((r) => r.frameworkId === 'CRC')!;
    expect(crc('MY').reservations.map((r) => r.articles.join(','))).toEqual(['2,7,14,28(1)(a),37']);
    expect(crc('MY').reservations[0].verified).toBe(false);
    expect(crc('TH').reservations).toEqual([]);
  });

  it.each(EXPORT_FORMAT_IDS)(
    '%s names the catalog release and marks unverified standards and ratifications',
    async (format) => {
      const file = await exportMatrix(matrix, catalog, format);
      const body =
        format === 'xlsx'
          ? await xlsxText(file.data)
          : [file.data, ...(file.extraFiles ?? []).map((f) => f.data)].map(decode).join('\n');
      expect(body).toContain(`catalog ${release}`);
      if (format === 'json') {
        const json = JSON.parse(decode(file.data)) as { matrix: typeof matrix };
        const rows = json.matrix.groups.flatMap((g) => g.rows);
        expect(rows.find((r) => r.provisionId === 'OPIC.23')?.verified).toBe(false);
        expect(rows.find((r) => r.provisionId === 'OPIC.13')?.verified).toBe(true);
        const my = json.matrix.columns.find((c) => c.country === 'MY')!;
        expect(my.ratifications.find((r) => r.frameworkId === 'OPIC')?.verified).toBe(false);
        return;
      }
      if (format === 'csv') {
        const wide = Papa.parse<Record<string, string>>(decode(file.data), {
          header: true,
          skipEmptyLines: true,
        });
        expect(wide.data.find((r) => r.provision_id === 'OPIC.23')?.verified).toBe('no');
        const ratifications = Papa.parse<Record<string, string>>(
          decode(file.extraFiles![1].data).replace(/^\uFEFF/, ''),
          {
            header: true,
            skipEmptyLines: true,
          },
        );
        const myCrc = ratifications.data.find((r) => r.country === 'MY' && r.framework === 'CRC')!;
        expect(myCrc.verified).toBe('yes');
        expect(myCrc.reservations).toBe('reservation art. 2, 7, 14, 28(1)(a), 37 (unverified)');
        expect(ratifications.data.find((r) => r.country === 'MY' && r.framework === 'OPIC')?.verified).toBe(
          'no',
        );
        return;
      }
      // XLSX and HTML: the unverified provision, ratification and reservation are each marked.
      expect(body).toContain('reservation art. 2, 7, 14, 28(1)(a), 37 (unverified)');
      if (format === 'xlsx') {
        expect(body).toContain(`${unverifiedTitle} (unverified)`);
        expect(body).toMatch(/OPIC: not party \(unverified\)/);
      } else {
        expect(body).toContain(`${unverifiedTitle}<span class="unverified"`);
        expect(body).toMatch(/OPIC · not party<span class="unverified"/);
      }
    },
  );
});
