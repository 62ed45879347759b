// Agreement between reviewers on nominal decisions (reject, accept in full, accept in part):
// Cohen's kappa for two reviewers and Krippendorff's alpha (nominal, any number, missing values
// allowed), over the units reviewers decided. A unit nobody decided is no data, never agreement.
import type { ReviewerDecision, ReviewerDecisionRow } from '../model';

/** The nominal value a decision gives a unit. */
export function decisionValue(d: Pick<ReviewerDecision, 'status' | 'coverage'>): string {
  return d.status === 'rejected' ? 'rejected' : `accepted ${d.coverage ?? 'full'}`;
}

export interface Kappa {
  /** Null where chance agreement is certain (both used one and the same value throughout). */
  kappa: number | null;
  /** Share of units on which the two agree. */
  observed: number | null;
  /** Units both decided. */
  n: number;
}

/** Cohen's kappa over the units both coders valued: (po − pe) / (1 − pe). */
export function cohenKappa(pairs: readonly (readonly [string, string])[]): Kappa {
  const n = pairs.length;
  if (n === 0) return { kappa: null, observed: null, n };
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  let agree = 0;
  for (const [a, b] of pairs) {
    if (a === b) agree++;
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  const po = agree / n;
  let pe = 0;
  for (const [value, count] of first) pe += (count / n) * ((second.get(value) ?? 0) / n);
  return { kappa: pe === 1 ? null : (po - pe) / (1 - pe), observed: po, n };
}

export interface Alpha {
  /** Null where the values show no variation at all (expected disagreement 0). */
  alpha: number | null;
  /** Units valued by at least two coders (the pairable ones). */
  units: number;
  /** Pairable values: those in units valued by at least two coders. */
  n: number;
}

/**
 * Krippendorff's alpha for nominal data, from the coincidence matrix: each unit is the values its
 * coders gave it (null: not coded); units with fewer than two values do not count.
 * α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k.
 */
export function krippendorffAlpha(units: readonly (readonly (string | null)[])[]): Alpha {
  const byValue = new Map<string, number>();
  let disagreeing = 0;
  let n = 0;
  let pairable = 0;
  for (const unit of units) {
    const values = unit.filter((v): v is string => v !== null);
    const m = values.length;
    if (m < 2) continue;
    pairable++;
    n += m;
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    for (const [v, count] of counts) {
      byValue.set(v, (byValue.get(v) ?? 0) + count);
      // Ordered pairs of this value with a different one, each weighted 1/(m − 1).
      disagreeing += (count * (m - count)) / (m - 1);
    }
  }
  let expected = n * n;
  for (const count of byValue.values()) expected -= count * count;
  if (n === 0 || expected === 0) return { alpha: null, units: pairable, n };
  return { alpha: 1 - ((n - 1) * disagreeing) / expected, units: pairable, n };
}

export interface PairAgreement extends Kappa {
  reviewers: [string, string];
}

export interface AgreementFigures {
  /** What the figures are over: every decision, one instrument's or one law's. */
  scope: 'all' | 'instrument' | 'law';
  /** The framework id, or the document id; '' for all. */
  key: string;
  label: string;
  /** Reviewers with a decision in this scope. */
  reviewers: string[];
  /** Krippendorff's alpha over every reviewer. */
  alpha: Alpha;
  /** Cohen's kappa of each pair of reviewers, over the units both decided. */
  pairs: PairAgreement[];
}

/** The decisions on one suggestion: each reviewer's nominal value. */
type Unit = ReadonlyMap<string, string>;

/** Figures over `rows`, whose units (`units`, by suggestion) are taken in the order first met. */
function figures(
  scope: AgreementFigures['scope'],
  key: string,
  label: string,
  rows: readonly ReviewerDecisionRow[],
  units: ReadonlyMap<string, Unit>,
): AgreementFigures {
  const names = new Set<string>();
  // A unit one reviewer decided adds nothing to alpha or to any pair's kappa: left out of both.
  const shared = new Set<Unit>();
  for (const r of rows) {
    names.add(r.reviewer);
    const unit = units.get(r.suggestionId)!;
    if (unit.size > 1) shared.add(unit);
  }
  const reviewers = [...names].sort();
  const table = [...shared].map((u) => reviewers.map((name) => u.get(name) ?? null));
  const pairs: PairAgreement[] = [];
  for (const [i, a] of reviewers.entries())
    for (const b of reviewers.slice(i + 1)) {
      const both = [...shared].flatMap((u) => {
        const va = u.get(a);
        const vb = u.get(b);
        return va !== undefined && vb !== undefined ? [[va, vb] as const] : [];
      });
      pairs.push({ reviewers: [a, b], ...cohenKappa(both) });
    }
  return { scope, key, label, reviewers, alpha: krippendorffAlpha(table), pairs };
}

const groupBy = <T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

/** Agreement over all decisions, then per instrument and per law where two reviewers decided a unit (titles from `lawTitles`). */
export function agreementReport(
  rows: readonly ReviewerDecisionRow[],
  lawTitles: ReadonlyMap<string, string>,
): AgreementFigures[] {
  // Each suggestion's decisions gathered once: a suggestion lies in one instrument and one law.
  const units = new Map<string, Map<string, string>>();
  for (const r of rows) {
    const unit = units.get(r.suggestionId);
    if (unit) unit.set(r.reviewer, decisionValue(r));
    else units.set(r.suggestionId, new Map([[r.reviewer, decisionValue(r)]]));
  }
  const byInstrument = [...groupBy(rows, (r) => r.provisionId.split('.')[0])].sort(([a], [b]) =>
    a.localeCompare(b),
  );
  const byLaw = [...groupBy(rows, (r) => r.documentId)]
    .map(([id, list]) => ({ id, list, title: lawTitles.get(id) ?? id }))
    .sort((a, b) => a.title.localeCompare(b.title));
  // An instrument or law no two reviewers decided anything of gives no figure, not a row of blanks.
  const compared = (list: readonly ReviewerDecisionRow[]) =>
    list.some((r) => units.get(r.suggestionId)!.size > 1);
  return [
    figures('all', '', 'All decisions', rows, units),
    ...byInstrument
      .filter(([, list]) => compared(list))
      .map(([id, list]) => figures('instrument', id, id, list, units)),
    ...byLaw
      .filter(({ list }) => compared(list))
      .map(({ id, list, title }) => figures('law', id, title, list, units)),
  ];
}
