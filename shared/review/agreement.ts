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

/** What the figures of one scope are made of: its reviewers, and its units two or more decided, in the order first met. */
interface Scope {
  names: Set<string>;
  shared: Set<Unit>;
}

const newScope = (): Scope => ({ names: new Set(), shared: new Set() });

/** Figures over a scope's units (a unit one reviewer decided adds nothing to alpha or to any pair's kappa). */
function figures(scope: AgreementFigures['scope'], key: string, label: string, of: Scope): AgreementFigures {
  const reviewers = [...of.names].sort();
  const shared = [...of.shared];
  const table = shared.map((u) => reviewers.map((name) => u.get(name) ?? null));
  const pairs: PairAgreement[] = [];
  for (const [i, a] of reviewers.entries())
    for (const b of reviewers.slice(i + 1)) {
      const both = shared.flatMap((u) => {
        const va = u.get(a);
        const vb = u.get(b);
        return va !== undefined && vb !== undefined ? [[va, vb] as const] : [];
      });
      pairs.push({ reviewers: [a, b], ...cohenKappa(both) });
    }
  return { scope, key, label, reviewers, alpha: krippendorffAlpha(table), pairs };
}

const instrumentOf = (provisionId: string) => {
  const dot = provisionId.indexOf('.');
  return dot < 0 ? provisionId : provisionId.slice(0, dot);
};

/**
 * What the agreement figures over some decisions are made of, for all of them, per instrument and
 * per law. Decisions on one suggestion must not be split between parts: a matrix makes one part per
 * country, and only a country whose decisions changed is gone over again.
 */
export interface AgreementPart {
  all: Scope;
  byInstrument: Map<string, Scope>;
  byLaw: Map<string, Scope>;
}

export function agreementPart(rows: readonly ReviewerDecisionRow[]): AgreementPart {
  // A suggestion lies in one instrument and one law. Most have one decision: only the units two or
  // more reviewers decided are gathered (a large library's 50,000 single decisions make no Map each).
  const decided = new Map<string, number>();
  for (const r of rows) decided.set(r.suggestionId, (decided.get(r.suggestionId) ?? 0) + 1);
  const units = new Map<string, Map<string, string>>();
  for (const r of rows) {
    if (decided.get(r.suggestionId)! < 2) continue;
    const unit = units.get(r.suggestionId);
    if (unit) unit.set(r.reviewer, decisionValue(r));
    else units.set(r.suggestionId, new Map([[r.reviewer, decisionValue(r)]]));
  }
  // One pass: each scope's reviewers and shared units, scopes in the order first met.
  const part: AgreementPart = { all: newScope(), byInstrument: new Map(), byLaw: new Map() };
  const scopeOf = (map: Map<string, Scope>, key: string) => {
    let scope = map.get(key);
    if (!scope) map.set(key, (scope = newScope()));
    return scope;
  };
  const add = (scope: Scope, reviewer: string, unit: Unit | undefined) => {
    scope.names.add(reviewer);
    if (unit) scope.shared.add(unit);
  };
  for (const r of rows) {
    const found = units.get(r.suggestionId);
    const unit = found && found.size > 1 ? found : undefined;
    add(part.all, r.reviewer, unit);
    add(scopeOf(part.byInstrument, instrumentOf(r.provisionId)), r.reviewer, unit);
    add(scopeOf(part.byLaw, r.documentId), r.reviewer, unit);
  }
  return part;
}

/** Scopes of several parts as one, in the parts' order (one part's scope as it is). */
function joined(scopes: Scope[]): Scope {
  if (scopes.length === 1) return scopes[0];
  const scope = newScope();
  for (const s of scopes) {
    for (const name of s.names) scope.names.add(name);
    for (const unit of s.shared) scope.shared.add(unit);
  }
  return scope;
}

function byKey(parts: readonly AgreementPart[], pick: (p: AgreementPart) => Map<string, Scope>) {
  const lists = new Map<string, Scope[]>();
  for (const p of parts)
    for (const [key, scope] of pick(p)) {
      const list = lists.get(key);
      if (list) list.push(scope);
      else lists.set(key, [scope]);
    }
  return [...lists].map(([key, scopes]) => [key, joined(scopes)] as const);
}

/** A law's figures, kept with its scope: a part gone over again makes new scopes. */
const lawFigures = new WeakMap<Scope, AgreementFigures>();

/** Agreement over the parts' decisions together (see agreementReport). */
export function agreementOfParts(
  parts: readonly AgreementPart[],
  lawTitles: ReadonlyMap<string, string>,
): AgreementFigures[] {
  const instruments = byKey(parts, (p) => p.byInstrument).sort(([a], [b]) => a.localeCompare(b));
  const laws = byKey(parts, (p) => p.byLaw)
    .map(([id, scope]) => ({ id, scope, title: lawTitles.get(id) ?? id }))
    .sort((a, b) => a.title.localeCompare(b.title));
  const ofLaw = (id: string, title: string, scope: Scope) => {
    const known = lawFigures.get(scope);
    if (known && known.key === id && known.label === title) return known;
    const made = figures('law', id, title, scope);
    lawFigures.set(scope, made);
    return made;
  };
  // An instrument or law no two reviewers decided anything of gives no figure, not a row of blanks.
  return [
    figures('all', '', 'All decisions', joined(parts.length ? parts.map((p) => p.all) : [newScope()])),
    ...instruments
      .filter(([, scope]) => scope.shared.size > 0)
      .map(([id, scope]) => figures('instrument', id, id, scope)),
    ...laws
      .filter(({ scope }) => scope.shared.size > 0)
      .map(({ id, scope, title }) => ofLaw(id, title, scope)),
  ];
}

/** Agreement over all decisions, then per instrument and per law where two reviewers decided a unit (titles from `lawTitles`). */
export function agreementReport(
  rows: readonly ReviewerDecisionRow[],
  lawTitles: ReadonlyMap<string, string>,
): AgreementFigures[] {
  return agreementOfParts([agreementPart(rows)], lawTitles);
}
