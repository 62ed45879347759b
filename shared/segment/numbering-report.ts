// What an analyst must know about a law's numbering before trusting its clauses: sections the reading
// did not find ("s. 7 not found between s. 6 and s. 8"), numbers read twice, and numbers or headings
// OCR could not read as printed. A section not found would otherwise become a false gap.
import type { SegmentedClause } from '../model';

const abbreviation = (kind: SegmentedClause['kind'], plural: boolean) =>
  kind === 'article' ? (plural ? 'arts.' : 'art.') : plural ? 'ss.' : 's.';

/** Gaps and repeats in each law's clause numbering (each law of a compilation on its own). */
export function numberingGaps(
  clauses: Pick<SegmentedClause, 'number' | 'kind' | 'eid' | 'path'>[],
): string[] {
  const warnings: string[] = [];
  const laws = new Map<string, typeof clauses>();
  for (const clause of clauses) {
    if (clause.kind === 'schedule') continue;
    const law = /^law_\d+/.exec(clause.eid)?.[0] ?? '';
    laws.set(law, [...(laws.get(law) ?? []), clause]);
  }
  for (const [law, own] of laws) {
    const where = law ? ` (${own[0].path[0] ?? law})` : '';
    let prev: { base: number; number: string } | null = null;
    for (const clause of own) {
      const match = /^(\d+)(.*)$/.exec(clause.number);
      if (!match) continue;
      const base = Number(match[1]);
      const s = abbreviation(clause.kind, false);
      if (prev && clause.number === prev.number) warnings.push(`${s} ${clause.number} appears twice${where}`);
      const from = prev ? prev.base + 1 : 1;
      if (base > from) {
        const missing =
          base - from === 1 ? `${s} ${from}` : `${abbreviation(clause.kind, true)} ${from}–${base - 1}`;
        warnings.push(
          prev
            ? `${missing} not found between ${s} ${prev.number} and ${s} ${clause.number}${where}`
            : `${missing} not found before ${s} ${clause.number}${where}`,
        );
      }
      if (!prev || base >= prev.base) prev = { base, number: clause.number };
    }
  }
  return warnings;
}
