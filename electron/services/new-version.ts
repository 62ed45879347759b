// A newer text of a law already in the library (a reprint, a consolidation) or a new reading of the same
// PDF (OCR): the law keeps its id, its clauses are matched to the previous version's, and reviews stay
// on unchanged clauses, go back to review on changed ones, and are kept in the history for removed ones.
import type {
  Clause,
  ClauseChange,
  DocumentRecord,
  DocumentVersion,
  PreviousDecision,
  ReviewerDecisionRow,
  SegmentedClause,
  Suggestion,
  VersionReason,
} from '../../shared/model';
import { clauseId } from '../../shared/segment/clause-ids';
import { matchVersions } from '../../shared/versions/match-versions';
import type { NewText, StoreTx } from '../store/store';
import type { ReadLaw } from './read-law';

export interface NewVersion {
  doc: DocumentRecord;
  clauses: SegmentedClause[];
  /** The newer file; absent when the same PDF was read again. */
  text?: NewText;
  /** What the reading found: OCR pages, failed pages and warnings. */
  reading: Pick<DocumentRecord, 'ocrPages' | 'failedPages' | 'textQualityWarning' | 'numberingWarnings'>;
  reason: Exclude<VersionReason, 'import'>;
  actor: string;
  now: string;
}

/** What a reading of a PDF found, as the law's record keeps it. */
export const readingOf = (law: ReadLaw): NewVersion['reading'] => ({
  ocrPages: law.ocrPages,
  failedPages: law.failedPages,
  textQualityWarning: law.textQualityWarning ?? null,
  numberingWarnings: law.numberingWarnings,
});

const decisionOf = (s: Suggestion): PreviousDecision => ({
  provisionId: s.provisionId,
  status: s.status,
  coverage: s.coverage,
  note: s.note,
  reviewer: s.reviewer,
});

/** The version a law had before it had any recorded: its first import. */
export function firstVersion(doc: DocumentRecord): DocumentVersion {
  return {
    documentId: doc.id,
    version: 1,
    file: doc.file,
    sha256: doc.sha256,
    pages: doc.pages,
    importedAt: doc.importedAt,
    reason: 'import',
    actor: '',
    counts: { unchanged: 0, renumbered: 0, changed: 0, added: doc.clauses, removed: 0, carried: 0 },
    changes: [],
  };
}

/** Applies the new version inside `tx` and returns it as recorded. */
export async function applyNewVersion(tx: StoreTx, v: NewVersion): Promise<DocumentVersion> {
  const { doc } = v;
  const recorded = await tx.listVersions(doc.id);
  if (recorded.length === 0) await tx.addVersion(firstVersion(doc));
  const number = (recorded.at(-1)?.version ?? 1) + 1;

  const old = await tx.listClauses(doc.id);
  const byClause = new Map<string, Suggestion[]>();
  for (const s of await tx.listSuggestions({ documentId: doc.id })) {
    const list = byClause.get(s.clauseId) ?? [];
    list.push(s);
    byClause.set(s.clauseId, list);
  }
  const suggestionsOf = (c: Clause) => byClause.get(c.id) ?? [];
  // Each reviewer's own decisions: a suggestion reviewers disagree on is undecided, yet reviewed.
  const byReviewer = new Map<string, ReviewerDecisionRow[]>();
  for (const d of await tx.listReviewerDecisions({ documentId: doc.id })) {
    const list = byReviewer.get(d.suggestionId) ?? [];
    list.push(d);
    byReviewer.set(d.suggestionId, list);
  }
  const decided = (s: Suggestion) => s.status !== 'suggested' || byReviewer.has(s.id);
  // What was decided on a suggestion: every reviewer's decision, or the suggestion's own.
  const decisionsOn = (s: Suggestion): PreviousDecision[] => {
    const reviewers = byReviewer.get(s.id);
    return reviewers
      ? reviewers.map((d) => ({
          provisionId: s.provisionId,
          status: d.status,
          coverage: d.coverage,
          note: d.note,
          reviewer: d.reviewer,
        }))
      : [decisionOf(s)];
  };
  const pairs = matchVersions(old, v.clauses);

  const counts: DocumentVersion['counts'] = {
    unchanged: 0,
    renumbered: 0,
    changed: 0,
    added: 0,
    removed: 0,
    carried: 0,
  };
  const changes: ClauseChange[] = [];
  const used = new Set(pairs.flatMap((p) => (p.old && p.next ? [p.old.id] : [])));
  const ids: string[] = [];

  // Removed first, so that an added clause may take the id a removed one had.
  for (const p of pairs) {
    counts[p.change]++;
    if (!p.next) {
      // Removed: its reviews go with it, kept here as history.
      const o = p.old as Clause;
      changes.push({
        change: 'removed',
        clauseId: null,
        number: null,
        heading: null,
        previousNumber: o.number,
        previousHeading: o.heading,
        previousText: o.text,
        previousDecisions: suggestionsOf(o).filter(decided).flatMap(decisionsOn),
      });
      await tx.deleteClause(o.id);
    }
  }
  for (const p of pairs) {
    const previous = p.old;
    if (!p.next) continue;
    let id = previous?.id;
    if (!id) {
      id = clauseId(doc.id, p.next.eid);
      for (let n = 2; used.has(id); n++)
        id = `${clauseId(doc.id, p.next.eid)}~${number}${n > 2 ? `.${n}` : ''}`;
      used.add(id);
    }
    const eid = previous?.eid ?? p.next.eid;
    await tx.saveClause({ ...p.next, eid, id, documentId: doc.id, ordinal: ids.length });
    ids.push(id);
    if (!previous || p.change === 'unchanged') {
      if (previous) counts.carried += suggestionsOf(previous).filter(decided).length;
      if (!previous)
        changes.push({
          change: 'added',
          clauseId: id,
          number: p.next.number,
          heading: p.next.heading,
          previousNumber: null,
          previousHeading: null,
          previousText: null,
          previousDecisions: [],
        });
      continue;
    }
    const decisions = suggestionsOf(previous).filter(decided);
    if (p.change === 'renumbered') counts.carried += decisions.length;
    else {
      // Changed: what was decided on the old words goes back to review; unreviewed suggestions went
      // stale with the text (their matched spans no longer fit) and the next tagging makes new ones.
      for (const s of suggestionsOf(previous)) {
        if (decided(s)) {
          for (const d of byReviewer.get(s.id) ?? []) await tx.deleteReviewerDecision(s.id, d.reviewer);
          await tx.rewriteSuggestion({
            ...s,
            status: 'suggested',
            coverage: null,
            reviewer: null,
            reviewedAt: null,
            matched: [],
          });
        } else await tx.deleteSuggestion(s.id);
      }
    }
    changes.push({
      change: p.change as 'renumbered' | 'changed',
      clauseId: id,
      number: p.next.number,
      heading: p.next.heading,
      previousNumber: previous.number,
      previousHeading: previous.heading,
      previousText: p.change === 'changed' ? previous.text : null,
      previousDecisions: decisions.flatMap(decisionsOn),
    });
  }
  await tx.orderClauses(doc.id, ids);
  if (v.text) await tx.replaceDocumentText(doc.id, v.text);
  await tx.updateDocument(doc.id, v.reading);

  const version: DocumentVersion = {
    documentId: doc.id,
    version: number,
    file: v.text?.file ?? doc.file,
    sha256: v.text?.sha256 ?? doc.sha256,
    pages: v.text?.pages ?? doc.pages,
    importedAt: v.now,
    reason: v.reason,
    actor: v.actor,
    counts,
    changes,
  };
  await tx.addVersion(version);
  await tx.appendAudit(
    {
      actor: v.actor,
      action: v.reason === 'ocr' ? 'reread' : 'version',
      entity: 'document',
      entityId: doc.id,
      before: { version: number - 1, file: doc.file, clauses: old.length, ocrPages: doc.ocrPages },
      after: { version: number, file: version.file, clauses: v.clauses.length, ...counts },
    },
    v.now,
  );
  return version;
}

/** "12 unchanged (their 30 decisions kept), 2 changed (back to review), 1 added, 1 removed". */
export function describeVersion(v: DocumentVersion): string {
  const c = v.counts;
  const parts = [`${c.unchanged} unchanged`];
  if (c.renumbered) parts.push(`${c.renumbered} renumbered`);
  parts[0] += ` (${c.carried} decision${c.carried === 1 ? '' : 's'} carried over)`;
  parts.push(`${c.changed} changed (to review again)`, `${c.added} added`, `${c.removed} removed`);
  return parts.join(', ');
}
