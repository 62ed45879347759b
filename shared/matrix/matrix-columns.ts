// The matrix's columns: countries, or a country split into its own column (its national laws) and
// one column per subdivision the library holds laws for.
import { countryOfJurisdiction, jurisdictionName } from '../jurisdictions/jurisdiction';
import type { MatrixColumnSpec } from './build-matrix';

export function matrixColumns(
  /** Country or subdivision codes asked for, normalised; every country of the library when empty. */
  requested: string[],
  /** Countries to split into their subdivisions. */
  split: string[],
  documents: { country: string; jurisdiction: string | null }[],
  /** The country's name as the catalog or ISO has it. */
  countryName: (code: string) => string,
): MatrixColumnSpec[] {
  const codes = requested.length ? requested : [...new Set(documents.map((d) => d.country))].sort();
  const splitting = new Set(split);
  const seen = new Set<string>();
  const columns: MatrixColumnSpec[] = [];
  const add = (column: MatrixColumnSpec) => {
    if (seen.has(column.code)) return;
    seen.add(column.code);
    columns.push(column);
  };
  for (const code of codes) {
    if (code.length > 2) {
      add({ code, name: `${jurisdictionName(code)} (${countryName(countryOfJurisdiction(code))})` });
      continue;
    }
    if (!splitting.has(code)) {
      add({ code, name: countryName(code) });
      continue;
    }
    add({ code, name: `${countryName(code)}: national laws`, nationalOnly: true });
    const subdivisions = [
      ...new Set(documents.filter((d) => d.country === code && d.jurisdiction).map((d) => d.jurisdiction!)),
    ].sort();
    for (const s of subdivisions) add({ code: s, name: `${jurisdictionName(s)} (${countryName(code)})` });
  }
  return columns;
}
