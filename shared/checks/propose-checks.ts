// Per (country, checklist item with a threshold): the value the laws state, the value required, and
// a proposed verdict with the clauses as proof. Proposals only: the analyst confirms, corrects or
// rejects each one, and the decision (not the proposal) is what rates a cell.
import type { Catalog, Cue, Provision, Threshold } from '../catalog/types';
import { citeClauseOf } from '../coverage/cite-clause';
import type { ClauseKind, DocumentStatus, MatchedTerm, SuggestionStatus } from '../model';
import type { Sex } from './age-languages';
import { readAges, type AgeBound } from './read-ages';
import { routeAges } from './route-ages';
import type {
  CheckDeclaration,
  CheckEntry,
  CheckEvidence,
  CheckReview,
  CheckValue,
  CheckVerdict,
} from './types';

export interface CheckLaw {
  id: string;
  title: string;
  year: number | null;
  language: string;
  country: string;
  status: DocumentStatus;
}

export interface CheckClause {
  id: string;
  documentId: string;
  number: string;
  kind: ClauseKind;
  text: string;
  pageStart: number;
}

export interface CheckTag {
  clauseId: string;
  provisionId: string;
  status: SuggestionStatus;
  score: number;
  matched: MatchedTerm[];
}

/** An age a clause states, with the checklist parameter it sets. */
export interface ClauseAge {
  parameter: string;
  age: number;
  bound: AgeBound;
  sex: Sex | null;
  words: string;
}

/** A clause and the ages it states (`clauseAges`), read once and kept while its text stands. */
export interface AgedClause {
  clause: CheckClause;
  ages: ClauseAge[];
}

export interface ProposeChecksInput {
  catalog: Catalog;
  countries: string[];
  laws: CheckLaw[];
  /** The clauses ages are read from, and those the tags cite; with `ages`, only the latter. */
  clauses: CheckClause[];
  /** Ages already read (`clauseAges`) from every clause that states one, in `clauses`' order. */
  ages?: AgedClause[];
  tags: CheckTag[];
  reviews: CheckReview[];
  /** Only these checklist items (all with a threshold when absent). */
  provisionIds?: string[];
}

/** A suggestion this strong counts as a (not yet reviewed) sign that a ban or duty is there. */
export const SUGGESTED_PRESENCE_MIN_SCORE = 0.5;

// Minimum ages C138 lets a declaration change: the general one (art. 2) and light work (art. 7(1),(4)).
const DECLARED_AGE_PARAMETERS: Record<string, (declared: number) => number> = {
  minimum_working_age: (declared) => declared,
  light_work_minimum_age: (declared) => declared - 2,
};

// A clause the consolidation marks as gone: "[Punishment for ...] Omitted by the ... Ordinance".
const GONE = /^\W*(?:\[[^\]]*\]\s*)?(?:omitted|repealed|deleted|dihapuskan|dimansuhkan|bãi bỏ)(?![\p{L}])/iu;

const key = (a: string, b: string) => `${a}\u0000${b}`;

/** The ages a clause of this law states as limits, each routed to the parameter it sets (none if gone). */
export function clauseAges(
  clause: Pick<CheckClause, 'text'>,
  law: Pick<CheckLaw, 'language' | 'title'>,
): ClauseAge[] {
  if (GONE.test(clause.text)) return [];
  const ages: ClauseAge[] = [];
  const statements = readAges(clause.text, law.language);
  const parameters = routeAges(statements, law.language, law.title);
  for (const [i, statement] of statements.entries()) {
    const parameter = parameters[i];
    if (parameter)
      ages.push({
        parameter,
        age: statement.age,
        bound: statement.bound,
        sex: statement.sex,
        words: statement.words,
      });
  }
  return ages;
}
const cueText = (cue: Cue) => (typeof cue === 'string' ? cue : cue.text);

function negativeCues(provision: Provision): string[] {
  const out = new Set<string>();
  for (const cues of Object.values(provision.cues)) for (const c of cues.negative) out.add(cueText(c));
  return [...out];
}

function declarationFor(
  input: ProposeChecksInput,
  country: string,
  threshold: Threshold,
): CheckDeclaration | null {
  if (!(threshold.parameter in DECLARED_AGE_PARAMETERS)) return null;
  const ratification = input.catalog.ratifications.find(
    (r) => r.country === country && r.frameworkId === 'C138' && r.status === 'party',
  );
  if (!ratification?.declaration) return null;
  return { frameworkId: 'C138', ...ratification.declaration };
}

function compare(found: number, threshold: Threshold, required: number): boolean {
  switch (threshold.operator) {
    case '>=':
      return found >= required;
    case '<=':
      return found <= required;
    default:
      return found === required;
  }
}

interface AgeEvidence extends CheckEvidence {
  value: number;
}

export function proposeChecks(input: ProposeChecksInput): CheckEntry[] {
  const wanted = input.provisionIds ? new Set(input.provisionIds) : null;
  const items = input.catalog.frameworks
    .flatMap((f) => f.provisions)
    .filter((p) => p.threshold && (!wanted || wanted.has(p.id)));
  const byParameter = new Map(items.map((p) => [p.threshold!.parameter, p]));

  // Repealed laws never count.
  const laws = new Map(input.laws.filter((l) => l.status !== 'repealed').map((l) => [l.id, l]));
  const clauses = new Map(input.clauses.filter((c) => laws.has(c.documentId)).map((c) => [c.id, c]));
  const rejected = new Set(
    input.tags.filter((t) => t.status === 'rejected').map((t) => key(t.clauseId, t.provisionId)),
  );

  const evidenceOf = (clause: CheckClause, law: CheckLaw, words: string): CheckEvidence => ({
    documentId: law.id,
    document: law.title,
    clauseId: clause.id,
    clause: clause.number,
    citation: citeClauseOf(law, clause),
    page: clause.pageStart,
    words,
    governs: false,
  });

  // Ages: read once per clause (or before, by the caller), routed to the parameter each sets.
  const aged =
    input.ages?.filter((a) => laws.has(a.clause.documentId)) ??
    [...clauses.values()].map((clause) => ({
      clause,
      ages: clauseAges(clause, laws.get(clause.documentId)!),
    }));
  const ages = new Map<string, AgeEvidence[]>();
  for (const { clause, ages: stated } of aged) {
    const law = laws.get(clause.documentId)!;
    for (const statement of stated) {
      const provision = byParameter.get(statement.parameter);
      if (!provision || rejected.has(key(clause.id, provision.id))) continue;
      const list = ages.get(key(law.country, provision.id)) ?? [];
      list.push({
        ...evidenceOf(clause, law, statement.words),
        value: statement.age,
        bound: statement.bound,
        sex: statement.sex,
      });
      ages.set(key(law.country, provision.id), list);
    }
  }

  // Presence: accepted tags, and strong suggestions not yet reviewed.
  const presence = new Map<string, { evidence: CheckEvidence[]; negatives: Set<string> }>();
  for (const tag of input.tags) {
    const accepted = tag.status === 'accepted';
    if (!accepted && !(tag.status === 'suggested' && tag.score >= SUGGESTED_PRESENCE_MIN_SCORE)) continue;
    const clause = clauses.get(tag.clauseId);
    if (!clause) continue;
    const law = laws.get(clause.documentId)!;
    const k = key(law.country, tag.provisionId);
    const entry = presence.get(k) ?? { evidence: [], negatives: new Set<string>() };
    const words = clause.text.replace(/\s+/g, ' ').trim();
    entry.evidence.push({
      ...evidenceOf(clause, law, words.length > 300 ? `${words.slice(0, 299)}…` : words),
      tag: accepted ? 'accepted' : 'suggested',
    });
    for (const m of tag.matched) if (m.kind === 'negative') entry.negatives.add(m.term);
    presence.set(k, entry);
  }

  const decided = new Map(input.reviews.map((r) => [key(r.country, r.provisionId), r]));
  const entries: CheckEntry[] = [];
  for (const country of input.countries) {
    for (const provision of items) {
      const threshold = provision.threshold!;
      const k = key(country, provision.id);
      const declaration = declarationFor(input, country, threshold);
      const proposal =
        typeof threshold.value === 'number' && threshold.operator !== '=='
          ? proposeAge(provision, threshold, declaration, ages.get(k) ?? [])
          : proposePresence(threshold, presence.get(k));
      entries.push(
        withReview(
          {
            country,
            provisionId: provision.id,
            parameter: threshold.parameter,
            operator: threshold.operator,
            declaration,
            status: 'proposed',
            review: null,
            proposal: null,
            ...proposal,
          },
          decided.get(k),
        ),
      );
    }
  }
  return entries;
}

type Proposal = Pick<CheckEntry, 'found' | 'foundBySex' | 'required' | 'verdict' | 'qualifiers' | 'evidence'>;

function proposeAge(
  provision: Provision,
  threshold: Threshold,
  declaration: CheckDeclaration | null,
  evidence: AgeEvidence[],
): Proposal {
  const declared = declaration
    ? DECLARED_AGE_PARAMETERS[threshold.parameter]?.(declaration.minimumAge)
    : undefined;
  const required = declared ?? (threshold.value as number);
  if (!evidence.length) {
    return { found: null, foundBySex: null, required, verdict: 'not_found', qualifiers: [], evidence: [] };
  }
  // Several laws may set different ages: the lowest that applies governs, and all are shown.
  const found = Math.min(...evidence.map((e) => e.value));
  const bySex: Partial<Record<Sex, number>> = {};
  for (const e of evidence) {
    if (!e.sex) continue;
    bySex[e.sex] = Math.min(bySex[e.sex] ?? Number.POSITIVE_INFINITY, e.value);
  }
  const meets = compare(found, threshold, required);
  // An exception ("with the consent of") makes a meeting age unclear; a low age contradicts anyway.
  const words = meets ? evidence.map((e) => e.words.toLowerCase()) : [];
  const qualifiers = negativeCues(provision).filter((cue) =>
    words.some((w) => w.includes(cue.toLowerCase())),
  );
  const verdict: CheckVerdict = !meets ? 'contradicts' : qualifiers.length ? 'unclear' : 'meets';
  return {
    found,
    foundBySex: Object.keys(bySex).length ? bySex : null,
    required,
    verdict,
    qualifiers,
    evidence: evidence
      .map((e) => ({ ...e, governs: e.value === found }))
      .sort((a, b) => a.value - b.value || a.citation.localeCompare(b.citation)),
  };
}

function proposePresence(
  threshold: Threshold,
  seen: { evidence: CheckEvidence[]; negatives: Set<string> } | undefined,
): Proposal {
  // For an "absent" item (a consent defence, a means element) the tag marks the law that excludes it.
  const required: CheckValue = threshold.operator === 'absent' ? false : true;
  if (!seen)
    return { found: null, foundBySex: null, required, verdict: 'not_found', qualifiers: [], evidence: [] };
  const accepted = seen.evidence.some((e) => e.tag === 'accepted');
  const qualifiers = [...seen.negatives];
  if (!accepted) qualifiers.push('suggested only, not yet reviewed');
  if (threshold.operator === '==') qualifiers.push('the value itself is not read automatically');
  const evidence = seen.evidence
    .map((e) => ({ ...e, governs: e.tag === 'accepted' }))
    .sort((a, b) => Number(b.governs) - Number(a.governs) || a.citation.localeCompare(b.citation));
  return {
    found: threshold.operator === '==' ? null : required,
    foundBySex: null,
    required: threshold.operator === '==' ? (threshold.value as CheckValue) : required,
    verdict: qualifiers.length ? 'unclear' : 'meets',
    qualifiers,
    evidence,
  };
}

function withReview(entry: CheckEntry, review: CheckReview | undefined): CheckEntry {
  if (!review) return entry;
  const changed = review.proposedFound !== entry.found || review.proposedVerdict !== entry.verdict;
  const proposal = changed ? { found: entry.found, verdict: entry.verdict } : null;
  if (review.status === 'rejected') return { ...entry, status: 'rejected', review, proposal };
  return {
    ...entry,
    status: 'confirmed',
    found: review.found,
    verdict: review.verdict,
    evidence: entry.evidence.length ? entry.evidence : review.evidence,
    review,
    proposal,
  };
}
