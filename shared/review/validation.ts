// Whose decisions back a matrix: each citation names the reviewers who, besides the one whose
// decision stands, decided the same (validated it), and each cell the reviewers who validated every
// citation it rests on — "validated by Ministry of Human Rights, 2026-12-10".
import type { Matrix } from '../matrix/types';
import type { ReviewerDecisionRow } from '../model';
import { sameDecision } from './adjudicate';
import type { AgreementFigures } from './agreement';

export interface Validation {
  reviewer: string;
  /** When they decided (the latest of their decisions for a cell), YYYY-MM-DD…. */
  at: string;
}

/** "validated by Ministry of Human Rights, 2026-12-10; Lead, 2026-12-11", or '' when nobody did. */
export function validationText(validatedBy: readonly Validation[]): string {
  return validatedBy.length
    ? `validated by ${validatedBy.map((v) => `${v.reviewer}, ${v.at.slice(0, 10)}`).join('; ')}`
    : '';
}

/** The matrix with `validatedBy` on each citation and cell someone validated, and the agreement figures when given. */
export function validateMatrix(
  matrix: Matrix,
  decisions: readonly ReviewerDecisionRow[],
  agreement?: AgreementFigures[],
): Matrix {
  const bySuggestion = new Map<string, ReviewerDecisionRow[]>();
  for (const d of decisions) {
    const list = bySuggestion.get(d.suggestionId);
    if (list) list.push(d);
    else bySuggestion.set(d.suggestionId, [d]);
  }
  return {
    ...matrix,
    ...(agreement ? { agreement } : {}),
    groups: matrix.groups.map((g) => ({
      ...g,
      rows: g.rows.map((r) => ({
        ...r,
        cells: r.cells.map((c) => {
          let everyValidated = c.evidence.length > 0;
          const evidence = c.evidence.map((e) => {
            const stands = { status: 'accepted' as const, coverage: e.coverage };
            const validatedBy: Validation[] = [];
            for (const d of bySuggestion.get(e.suggestionId) ?? [])
              if (d.reviewer !== e.reviewer && sameDecision(d, stands))
                validatedBy.push({ reviewer: d.reviewer, at: d.at });
            // Only where someone did: a matrix one reviewer made reads as before.
            const shown = validatedBy.length ? { ...e, validatedBy } : e;
            if (!shown.validatedBy?.length) everyValidated = false;
            return shown;
          });
          // A cell is validated by whoever validated every citation it rests on: nobody, where one
          // citation has no validation (most cells of a large matrix, whose citations are not copied).
          if (!everyValidated) return { ...c, evidence };
          const [first, ...rest] = evidence.map((e) => ({ ...e, validatedBy: e.validatedBy ?? [] }));
          const validatedBy = (first?.validatedBy ?? [])
            .filter((v) => rest.every((e) => e.validatedBy.some((w) => w.reviewer === v.reviewer)))
            .map((v) => ({
              reviewer: v.reviewer,
              at: [v.at, ...rest.map((e) => e.validatedBy.find((w) => w.reviewer === v.reviewer)?.at ?? '')]
                .sort()
                .at(-1) as string,
            }));
          return validatedBy.length ? { ...c, evidence, validatedBy } : { ...c, evidence };
        }),
      })),
    })),
  };
}
