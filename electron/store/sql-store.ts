// The one Store over SQL: the same statements on SQLite and PostgreSQL through sql-driver.ts, with
// `?` placeholders and portable SQL; migrations in order, every write in a transaction, one at a time.
import type { Account, Role } from '../../shared/accounts/account';
import type { Session } from '../../shared/accounts/session';
import type { SuggestionQuery } from '../../shared/api/contract';
import type { CheckClause, CheckTag } from '../../shared/checks/propose-checks';
import type { CheckReview, CheckVerdict } from '../../shared/checks/types';
import type { Recommendation } from '../../shared/recommendations/types';
import type { Baseline } from '../../shared/baselines/types';
import type {
  AcceptedTag,
  Amendment,
  AuditEntry,
  CellOverride,
  Clause,
  ClauseKind,
  CoverageLevel,
  DocumentRecord,
  DocumentStatus,
  DocumentVersion,
  ReviewerDecision,
  ReviewerDecisionRow,
  SegmentedClause,
  Suggestion,
  SuggestionStatus,
  SuggestionView,
} from '../../shared/model';
import { MIGRATIONS } from './migrations';
import { keptRows, type Keyed, type KeptRowsSource } from './kept-rows';
import { raiseDataVersion, raiseTextVersion, readCache, textVersion } from './read-cache';
import type { Row, SqlConnection, SqlDriver, SqlValue } from './sql-driver';
import { openSqlite, type SqliteOptions } from './sqlite-driver';
import { clauseId } from '../../shared/segment/clause-ids';
import { recordReviewerDecisions } from './record-reviewer-decisions';
import { readEvidence, storedEvidence } from './stored-evidence';
import type {
  AuditInput,
  ClauseForTagging,
  DeletedSuggestion,
  ReviewDecision,
  ReviewerDecisionQuery,
  Store,
  StoreReads,
  StoreTx,
  StoreWrites,
} from './store';

/**
 * SQLITE_MAX_VARIABLE_NUMBER of the SQLite that sqlite3 5.1.7 bundles (3.44, default since 3.32);
 * PostgreSQL allows 65,535.
 */
const MAX_BOUND_PARAMS = 32766;

const json = (value: unknown): string => JSON.stringify(value ?? null);
const parse = <T>(value: SqlValue | undefined, fallback: T): T =>
  typeof value === 'string' ? (JSON.parse(value) as T) : fallback;
const str = (v: SqlValue | undefined): string => (v === null || v === undefined ? '' : String(v));
const strOrNull = (v: SqlValue | undefined): string | null =>
  v === null || v === undefined ? null : String(v);

const DOCUMENT_COLUMNS = `d.id, d.file, d.title, d.country, d.year, d.language, d.status, d.pages, d.sha256,
  d.imported_at, d.ocr_pages, d.failed_pages, d.text_quality_warning, d.numbering_warnings, d.jurisdiction,
  d.excluded_subdivisions, d.enacted_on, d.in_force_from, d.amended_on, d.repealed_on, d.version, (SELECT COUNT(*) FROM clauses c WHERE c.document_id = d.id) AS clause_count`;

function toDocument(r: Row): DocumentRecord {
  return {
    id: str(r.id),
    file: str(r.file),
    title: str(r.title),
    country: str(r.country),
    year: r.year === null ? null : Number(r.year),
    language: str(r.language),
    status: str(r.status) as DocumentStatus,
    jurisdiction: strOrNull(r.jurisdiction),
    excludedSubdivisions: parse(r.excluded_subdivisions, []),
    enactedOn: strOrNull(r.enacted_on),
    inForceFrom: strOrNull(r.in_force_from),
    amendedOn: strOrNull(r.amended_on),
    repealedOn: strOrNull(r.repealed_on),
    pages: Number(r.pages),
    clauses: Number(r.clause_count),
    sha256: str(r.sha256),
    importedAt: str(r.imported_at),
    ocrPages: parse(r.ocr_pages, []),
    failedPages: parse(r.failed_pages, []),
    textQualityWarning: strOrNull(r.text_quality_warning),
    numberingWarnings: parse(r.numbering_warnings, []),
    version: Number(r.version),
  };
}

function toClause(r: Row): Clause {
  return {
    id: str(r.id),
    documentId: str(r.document_id),
    ordinal: Number(r.ordinal),
    eid: str(r.eid),
    number: str(r.number),
    kind: str(r.kind) as ClauseKind,
    heading: str(r.heading),
    path: parse(r.path, []),
    text: str(r.text),
    pageStart: Number(r.page_start),
    pageEnd: Number(r.page_end),
    boxes: parse(r.boxes, []),
    source: str(r.source) as Clause['source'],
    ocrConfidence: r.ocr_confidence === null ? null : Number(r.ocr_confidence),
  };
}

function toSuggestion(r: Row): Suggestion {
  return {
    id: str(r.id),
    clauseId: str(r.clause_id),
    documentId: str(r.document_id),
    provisionId: str(r.provision_id),
    score: Number(r.score),
    matched: readEvidence(r.matched),
    status: str(r.status) as Suggestion['status'],
    coverage: strOrNull(r.coverage) as Suggestion['coverage'],
    note: strOrNull(r.note),
    reviewer: strOrNull(r.reviewer),
    reviewedAt: strOrNull(r.reviewed_at),
    origin: str(r.origin) as Suggestion['origin'],
    createdAt: str(r.created_at),
  };
}

function toReviewerDecision(r: Row): ReviewerDecisionRow {
  return {
    suggestionId: str(r.suggestion_id),
    reviewer: str(r.reviewer),
    status: str(r.status) as ReviewerDecision['status'],
    coverage: strOrNull(r.coverage) as ReviewerDecision['coverage'],
    note: strOrNull(r.note),
    at: str(r.at),
    recordedAt: str(r.recorded_at),
    clauseId: str(r.clause_id),
    documentId: str(r.document_id),
    provisionId: str(r.provision_id),
    country: str(r.country),
  };
}

function toAudit(r: Row): AuditEntry {
  return {
    id: Number(r.id),
    at: str(r.at),
    actor: str(r.actor),
    action: str(r.action),
    entity: str(r.entity),
    entityId: str(r.entity_id),
    before: parse(r.before, null),
    after: parse(r.after, null),
  };
}

function toCheckReview(r: Row): CheckReview {
  return {
    country: str(r.country),
    provisionId: str(r.provision_id),
    status: str(r.status) as CheckReview['status'],
    found: parse(r.found, null),
    verdict: str(r.verdict) as CheckVerdict,
    proposedFound: parse(r.proposed_found, null),
    proposedVerdict: str(r.proposed_verdict) as CheckVerdict,
    evidence: parse(r.evidence, []),
    note: strOrNull(r.note),
    reviewer: str(r.reviewer),
    at: str(r.at),
  };
}

function toAccount(r: Row): Account {
  return {
    name: str(r.name),
    role: str(r.role) as Role,
    passwordHash: str(r.password_hash),
    disabled: Number(r.disabled) === 1,
    createdAt: str(r.created_at),
    updatedAt: str(r.updated_at),
  };
}

function toSession(r: Row): Session {
  return {
    tokenHash: str(r.token_hash),
    account: str(r.account),
    csrfToken: str(r.csrf_token),
    createdAt: str(r.created_at),
    lastSeenAt: str(r.last_seen_at),
    expiresAt: str(r.expires_at),
  };
}

function toOverride(r: Row): CellOverride {
  return {
    country: str(r.country),
    provisionId: str(r.provision_id),
    level: str(r.level) as CoverageLevel,
    rationale: str(r.rationale),
    reviewedDocumentIds: parse(r.reviewed_document_ids, []),
    pendingCandidates: parse(r.pending_candidates, []),
    citedClauses: parse(r.cited_clauses, []),
    reviewer: str(r.reviewer),
    at: str(r.at),
    version: Number(r.version),
  };
}

function toRecommendation(r: Row): Recommendation {
  return {
    id: str(r.id),
    cells: parse(r.cells, []),
    type: str(r.type) as Recommendation['type'],
    text: str(r.text),
    responsibleBody: strOrNull(r.responsible_body),
    priority: str(r.priority) as Recommendation['priority'],
    targetDate: strOrNull(r.target_date),
    status: str(r.status) as Recommendation['status'],
    origin: str(r.origin) as Recommendation['origin'],
    evidence: parse(r.evidence, []),
    createdBy: str(r.created_by),
    createdAt: str(r.created_at),
    updatedBy: str(r.updated_by),
    updatedAt: str(r.updated_at),
    version: Number(r.version),
  };
}

function toVersion(r: Row): DocumentVersion {
  return {
    documentId: str(r.document_id),
    version: Number(r.version),
    file: str(r.file),
    sha256: str(r.sha256),
    pages: Number(r.pages),
    importedAt: str(r.imported_at),
    reason: str(r.reason) as DocumentVersion['reason'],
    actor: str(r.actor),
    counts: parse(r.counts, {} as DocumentVersion['counts']),
    changes: parse(r.changes, []),
  };
}

function toAmendment(r: Row): Amendment {
  return {
    amendingDocumentId: str(r.amending_document_id),
    amendedDocumentId: str(r.amended_document_id),
    status: str(r.status) as Amendment['status'],
    evidence: str(r.evidence),
    sections: parse(r.sections, []),
    reviewer: strOrNull(r.reviewer),
    at: str(r.at),
  };
}

/** A clause's columns from eid to ocr_confidence, in the order the clauses table declares them. */
function clauseValues(c: SegmentedClause): SqlValue[] {
  return [
    c.eid,
    c.number,
    c.kind,
    c.heading,
    json(c.path),
    c.text,
    c.pageStart,
    c.pageEnd,
    json(c.boxes),
    c.source,
    c.ocrConfidence,
  ];
}

/**
 * The version a row written now takes: the value data_version holds when this transaction commits
 * (a write transaction raises it once, before its first write, and holds it until it commits:
 * read-cache.ts), so versions only grow, across rows, in the order transactions commit.
 */
const THIS_VERSION = '(SELECT version FROM data_version WHERE id = 1)';

/** The version this write transaction commits as (THIS_VERSION), for rows written many at a time. */
async function thisVersion(db: SqlConnection): Promise<number> {
  return Number((await db.get<{ v: number }>(`SELECT ${THIS_VERSION} AS v`))?.v);
}

/**
 * How many versions back deleted suggestions are remembered (deleted_suggestions, migration 16): a
 * matrix kept from longer ago is read again whole.
 */
export const DELETIONS_REMEMBERED = 100_000;

/**
 * Deletes these suggestions, remembering each (for the readers that keep rows, kept-rows.ts) with
 * what it was and why it went: `tagging` for a row a tagging no longer ranks, which a reviewer who
 * still sees it may decide on and so bring back (review.ts); `removed` for any other deletion.
 */
async function deleteRemembered(
  db: SqlConnection,
  ids: readonly string[],
  droppedBy: DeletedSuggestion['droppedBy'],
): Promise<void> {
  if (!ids.length) return;
  const version = await thisVersion(db);
  for (let start = 0; start < ids.length; start += MAX_BOUND_PARAMS - 2) {
    const chunk = ids.slice(start, start + MAX_BOUND_PARAMS - 2);
    const marks = chunk.map(() => '?').join(',');
    // The clause's number as it is now: the clause itself may be merged away next.
    await db.run(
      `INSERT INTO deleted_suggestions (id, changed_in, clause_id, document_id, provision_id, score, matched,
         clause_kind, clause_number, dropped_by)
       SELECT s.id, ?, s.clause_id, s.document_id, s.provision_id, s.score, s.matched, c.kind, c.number, ?
         FROM suggestions s LEFT JOIN clauses c ON c.id = s.clause_id WHERE s.id IN (${marks})
       ON CONFLICT (id) DO UPDATE SET changed_in = excluded.changed_in, clause_id = excluded.clause_id,
         document_id = excluded.document_id, provision_id = excluded.provision_id, score = excluded.score,
         matched = excluded.matched, clause_kind = excluded.clause_kind, clause_number = excluded.clause_number,
         dropped_by = excluded.dropped_by`,
      [version, droppedBy, ...chunk],
    );
    await db.run(`DELETE FROM suggestions WHERE id IN (${marks})`, chunk);
  }
  await db.run('DELETE FROM deleted_suggestions WHERE changed_in < ?', [version - DELETIONS_REMEMBERED]);
}

/**
 * Past this many suggestions written since a kept read, the read is made again whole: the rows are
 * then asked for by id, which a planner without statistics (a database just copied) cannot get wrong.
 */
const REREAD_PAST = 5000;

/** The suggestions written after `version` (by id) and those deleted since; undefined: too many. */
async function writtenSince(
  db: SqlConnection,
  version: number,
): Promise<{ touched: string[]; written: string[] } | undefined> {
  const rows = await db.all<{ id: string; present: number }>(
    `SELECT id, 1 AS present FROM suggestions WHERE changed_in > ?
     UNION ALL SELECT id, 0 AS present FROM deleted_suggestions WHERE changed_in > ?`,
    [version, version],
  );
  if (rows.length > REREAD_PAST) return undefined;
  return {
    touched: rows.map((r) => str(r.id)),
    written: rows.filter((r) => Number(r.present) === 1).map((r) => str(r.id)),
  };
}

/** A suggestion's reviewers' decisions changed: the suggestion says so (changed_in, migration 15). */
async function stampSuggestion(db: SqlConnection, id: string): Promise<void> {
  await db.run(`UPDATE suggestions SET changed_in = ${THIS_VERSION} WHERE id = ?`, [id]);
}

/** Whether a suggestion has a reviewer's decision: it is kept by re-tagging even while undecided. */
const HAS_DECISION = 'EXISTS (SELECT 1 FROM reviewer_decisions r WHERE r.suggestion_id = suggestions.id)';

function writes(db: SqlConnection): Omit<StoreWrites, 'recordReviewerDecisions'> {
  return {
    async insertDocument(doc) {
      const r = doc.record;
      await db.run(
        `INSERT INTO documents (id, file, title, country, year, language, status, pages, sha256, imported_at,
           ocr_pages, failed_pages, text_quality_warning, page_labels, numbering_warnings, jurisdiction,
           excluded_subdivisions, enacted_on, in_force_from, amended_on, repealed_on)
           VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
        [
          r.id,
          r.file,
          r.title,
          r.country,
          r.year,
          r.language,
          r.status,
          r.pages,
          r.sha256,
          r.importedAt,
          json(r.ocrPages),
          json(r.failedPages),
          r.textQualityWarning ?? null,
          doc.pageLabels ? json(doc.pageLabels) : null,
          json(r.numberingWarnings ?? []),
          r.jurisdiction,
          json(r.excludedSubdivisions),
          r.enactedOn,
          r.inForceFrom,
          r.amendedOn,
          r.repealedOn,
        ],
      );
      await db.run('INSERT INTO document_files (document_id, name, data) VALUES (?,?,?)', [
        r.id,
        doc.fileName,
        Buffer.from(doc.fileBytes),
      ]);
      // Multi-row inserts: one statement per 50 clauses keeps large acts quick without hitting SQLite's variable limit.
      const COLS = 14;
      for (let start = 0; start < doc.clauses.length; start += 50) {
        const chunk = doc.clauses.slice(start, start + 50);
        const params: SqlValue[] = [];
        chunk.forEach((c, i) => {
          params.push(clauseId(r.id, c.eid), r.id, start + i, ...clauseValues(c));
        });
        const placeholders = chunk.map(() => `(${new Array(COLS).fill('?').join(',')})`).join(',');
        await db.run(
          `INSERT INTO clauses (id, document_id, ordinal, eid, number, kind, heading, path, text, page_start,
             page_end, boxes, source, ocr_confidence) VALUES ${placeholders}`,
          params,
        );
      }
      return { ...r, clauses: doc.clauses.length };
    },

    async updateDocument(id, patch, expectedVersion) {
      // Plain columns as given, JSON ones encoded; a field the patch leaves undefined is not touched.
      // A re-reading (re-read with OCR) replaces what the first reading recorded.
      const columns: [string, SqlValue | undefined][] = [
        ['title', patch.title],
        ['year', patch.year],
        ['status', patch.status],
        ['jurisdiction', patch.jurisdiction],
        ['enacted_on', patch.enactedOn],
        ['in_force_from', patch.inForceFrom],
        ['amended_on', patch.amendedOn],
        ['repealed_on', patch.repealedOn],
        ['text_quality_warning', patch.textQualityWarning],
        ['ocr_pages', patch.ocrPages && json(patch.ocrPages)],
        ['failed_pages', patch.failedPages && json(patch.failedPages)],
        ['numbering_warnings', patch.numberingWarnings && json(patch.numberingWarnings)],
        ['excluded_subdivisions', patch.excludedSubdivisions && json(patch.excludedSubdivisions)],
      ];
      const given = columns.filter(([, value]) => value !== undefined);
      const sets = [...given.map(([column]) => `${column} = ?`), `version = ${THIS_VERSION}`];
      const params = given.map(([, value]) => value as SqlValue);
      // Checked and written in one statement: another process's write in between is seen here too.
      const { changes } =
        expectedVersion === undefined
          ? await db.run(`UPDATE documents SET ${sets.join(', ')} WHERE id = ?`, [...params, id])
          : await db.run(`UPDATE documents SET ${sets.join(', ')} WHERE id = ? AND version = ?`, [
              ...params,
              id,
              expectedVersion,
            ]);
      return changes > 0;
    },

    async deleteDocument(id) {
      const { changes } = await db.run('DELETE FROM documents WHERE id = ?', [id]);
      return changes > 0;
    },

    async replaceSuggestions(documentIds, computed, now) {
      const marks = documentIds.map(() => '?').join(',');
      // The three reads asked for at once: tagging matches the next law in this thread meanwhile, and
      // each answer waits for its next turn.
      const [reviewed, offered, clauses] = await Promise.all([
        db.all<{ clause_id: string; provision_id: string }>(
          `SELECT clause_id, provision_id FROM suggestions WHERE document_id IN (${marks})
             AND (status != 'suggested' OR ${HAS_DECISION})`,
          documentIds,
        ),
        // Rows still offered are updated in place, keeping their ids, and nothing is deleted that
        // stays: the Review screen reads between these statements while a background re-score runs
        // (one connection), so it never meets an emptied queue, and can decide on the rows it shows.
        db.all<{ id: string; clause_id: string; provision_id: string; score: number }>(
          `SELECT id, clause_id, provision_id, score FROM suggestions WHERE document_id IN (${marks})
             AND status = 'suggested' AND NOT ${HAS_DECISION}`,
          documentIds,
        ),
        db.all<{ id: string }>(`SELECT id FROM clauses WHERE document_id IN (${marks})`, documentIds),
      ]);
      const keep = new Set(reviewed.map((r) => `${r.clause_id}\u0000${r.provision_id}`));
      // A document deleted, or a clause merged away, while its suggestions were computed gets none.
      const present = new Set(clauses.map((r) => r.id));
      // A law tagged for the first time (no row reviewed or offered) skips the pairs' keys.
      const fresh = computed.filter(
        (c) =>
          present.has(c.clauseId) && (keep.size === 0 || !keep.has(`${c.clauseId}\u0000${c.provisionId}`)),
      );
      const still = new Set(offered.length ? fresh.map((c) => `${c.clauseId}\u0000${c.provisionId}`) : []);
      const stale = offered
        .filter((r) => !still.has(`${r.clause_id}\u0000${r.provision_id}`))
        .map((r) => r.id);
      await deleteRemembered(db, stale, 'tagging');
      // Only what changed is written: a re-score after one decision moves few rows (the evidence
      // shown with a suggestion changes only with its score).
      const current = new Map(offered.map((r) => [`${r.clause_id}\u0000${r.provision_id}`, r]));
      const changed = current.size
        ? fresh.filter((c) => {
            const r = current.get(`${c.clauseId}\u0000${c.provisionId}`);
            return !r || r.score !== c.score;
          })
        : fresh;
      const stamp = changed.length ? await thisVersion(db) : 0;
      // A law's rows name their law once, as the values every row shares are (the driver would
      // otherwise find it in each of them and copy the rest).
      const oneLaw = documentIds.length === 1 && changed.every((c) => c.documentId === documentIds[0]);
      await db.insertRows(
        'suggestions',
        ['id', 'clause_id', 'provision_id', 'score', 'matched', ...(oneLaw ? [] : ['document_id'])],
        changed.map((c) => {
          const row: SqlValue[] = [c.id, c.clauseId, c.provisionId, c.score, storedEvidence(c.matched)];
          if (!oneLaw) row.push(c.documentId);
          return row;
        }),
        `ON CONFLICT (clause_id, provision_id) DO UPDATE SET score = excluded.score, matched = excluded.matched,
           changed_in = excluded.changed_in
         WHERE suggestions.status = 'suggested'`,
        // Written once, not in each of tens of thousands of rows (a law's tagging).
        {
          ...(oneLaw ? { document_id: documentIds[0] } : {}),
          status: 'suggested',
          origin: 'matcher',
          created_at: now,
          changed_in: stamp,
        },
      );
      return [fresh.length, keep.size];
    },

    async saveSuggestion(s) {
      await db.run(
        `INSERT INTO suggestions (id, clause_id, document_id, provision_id, score, matched, status, coverage, note,
           reviewer, reviewed_at, origin, created_at, changed_in) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,${THIS_VERSION})
         ON CONFLICT(id) DO UPDATE SET status = excluded.status, coverage = excluded.coverage, note = excluded.note,
           reviewer = excluded.reviewer, reviewed_at = excluded.reviewed_at, changed_in = excluded.changed_in`,
        [
          s.id,
          s.clauseId,
          s.documentId,
          s.provisionId,
          s.score,
          storedEvidence(s.matched),
          s.status,
          s.coverage,
          s.note,
          s.reviewer,
          s.reviewedAt,
          s.origin,
          s.createdAt,
        ],
      );
    },

    async setReviewerDecision(d) {
      await db.run(
        `INSERT INTO reviewer_decisions (suggestion_id, reviewer, status, coverage, note, at, recorded_at)
         VALUES (?,?,?,?,?,?,?) ON CONFLICT (suggestion_id, reviewer) DO UPDATE SET status = excluded.status,
         coverage = excluded.coverage, note = excluded.note, at = excluded.at, recorded_at = excluded.recorded_at`,
        [d.suggestionId, d.reviewer, d.status, d.coverage, d.note, d.at, d.recordedAt],
      );
      await stampSuggestion(db, d.suggestionId);
    },

    async deleteReviewerDecision(suggestionId, reviewer) {
      await db.run('DELETE FROM reviewer_decisions WHERE suggestion_id = ? AND reviewer = ?', [
        suggestionId,
        reviewer,
      ]);
      await stampSuggestion(db, suggestionId);
    },

    async appendAudit(e: AuditInput, now) {
      await db.run(
        'INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after, batch) VALUES (?,?,?,?,?,?,?,?)',
        [now, e.actor, e.action, e.entity, e.entityId, json(e.before), json(e.after), e.batch ?? null],
      );
    },

    async setOverride(o, expectedVersion) {
      const values = [
        o.level,
        o.rationale,
        json(o.reviewedDocumentIds),
        json(o.pendingCandidates),
        json(o.citedClauses ?? []),
        o.reviewer,
        o.at,
      ];
      // A rating expected at a version replaces exactly that one; version 0 expects no rating yet.
      if (expectedVersion !== undefined && expectedVersion > 0) {
        const { changes } = await db.run(
          `UPDATE cell_overrides SET level = ?, rationale = ?, reviewed_document_ids = ?, pending_candidates = ?,
             cited_clauses = ?, reviewer = ?, at = ?, version = ${THIS_VERSION}
           WHERE country = ? AND provision_id = ? AND version = ?`,
          [...values, o.country, o.provisionId, expectedVersion],
        );
        return changes > 0;
      }
      const { changes } = await db.run(
        `INSERT INTO cell_overrides (country, provision_id, level, rationale, reviewed_document_ids,
           pending_candidates, cited_clauses, reviewer, at, version)
         VALUES (?,?,?,?,?,?,?,?,?,${THIS_VERSION}) ON CONFLICT(country, provision_id) ${
           expectedVersion === 0
             ? 'DO NOTHING'
             : `DO UPDATE SET level = excluded.level,
         rationale = excluded.rationale, reviewed_document_ids = excluded.reviewed_document_ids,
         pending_candidates = excluded.pending_candidates, cited_clauses = excluded.cited_clauses,
         reviewer = excluded.reviewer, at = excluded.at,
         version = excluded.version`
         }`,
        [o.country, o.provisionId, ...values],
      );
      return changes > 0;
    },

    async setCheckReview(country, provisionId, r) {
      if (!r) {
        await db.run('DELETE FROM check_reviews WHERE country = ? AND provision_id = ?', [
          country,
          provisionId,
        ]);
        return;
      }
      await db.run(
        `INSERT INTO check_reviews (country, provision_id, status, found, verdict, proposed_found, proposed_verdict,
           evidence, note, reviewer, at)
         VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(country, provision_id) DO UPDATE SET status = excluded.status,
         found = excluded.found, verdict = excluded.verdict, proposed_found = excluded.proposed_found,
         proposed_verdict = excluded.proposed_verdict, evidence = excluded.evidence, note = excluded.note,
         reviewer = excluded.reviewer, at = excluded.at`,
        [
          country,
          provisionId,
          r.status,
          json(r.found),
          r.verdict,
          json(r.proposedFound),
          r.proposedVerdict,
          json(r.evidence),
          r.note,
          r.reviewer,
          r.at,
        ],
      );
    },

    async clearOverride(country, provisionId, expectedVersion) {
      const { changes } =
        expectedVersion === undefined
          ? await db.run('DELETE FROM cell_overrides WHERE country = ? AND provision_id = ?', [
              country,
              provisionId,
            ])
          : await db.run(
              'DELETE FROM cell_overrides WHERE country = ? AND provision_id = ? AND version = ?',
              [country, provisionId, expectedVersion],
            );
      return changes > 0;
    },

    async setSetting(key, value, expectedVersion) {
      if (expectedVersion !== undefined && expectedVersion > 0) {
        const { changes } = await db.run(
          `UPDATE settings SET value = ?, version = ${THIS_VERSION} WHERE key = ? AND version = ?`,
          [value, key, expectedVersion],
        );
        return changes > 0;
      }
      const { changes } = await db.run(
        `INSERT INTO settings (key, value, version) VALUES (?, ?, ${THIS_VERSION}) ON CONFLICT(key) ${
          expectedVersion === 0
            ? 'DO NOTHING'
            : 'DO UPDATE SET value = excluded.value, version = excluded.version'
        }`,
        [key, value],
      );
      return changes > 0;
    },

    async insertBaseline(b) {
      const { id, name, createdAt, createdBy, ...content } = b;
      await db.run('INSERT INTO baselines (id, name, created_at, created_by, content) VALUES (?,?,?,?,?)', [
        id,
        name,
        createdAt,
        createdBy,
        json(content),
      ]);
    },

    async saveAccount(a) {
      await db.run(
        `INSERT INTO accounts (name, role, password_hash, disabled, created_at, updated_at) VALUES (?,?,?,?,?,?)
         ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash,
           disabled = excluded.disabled, updated_at = excluded.updated_at`,
        [a.name, a.role, a.passwordHash, a.disabled ? 1 : 0, a.createdAt, a.updatedAt],
      );
    },

    async saveSession(x) {
      await db.run(
        `INSERT INTO sessions (token_hash, account, csrf_token, created_at, last_seen_at, expires_at)
         VALUES (?,?,?,?,?,?) ON CONFLICT (token_hash) DO UPDATE SET last_seen_at = excluded.last_seen_at`,
        [x.tokenHash, x.account, x.csrfToken, x.createdAt, x.lastSeenAt, x.expiresAt],
      );
    },

    async deleteSession(tokenHash) {
      return (await db.run('DELETE FROM sessions WHERE token_hash = ?', [tokenHash])).changes > 0;
    },

    async deleteAccountSessions(account) {
      return (await db.run('DELETE FROM sessions WHERE account = ?', [account])).changes;
    },

    async deleteExpiredSessions(now, idleSince) {
      return (
        await db.run('DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?', [now, idleSince])
      ).changes;
    },

    async saveRecommendation(r, expectedVersion) {
      // With a version expected, only that version of it is replaced (the upsert's WHERE).
      const { changes } = await db.run(
        `INSERT INTO recommendations (id, cells, type, text, responsible_body, priority, target_date, status, origin,
           evidence, created_by, created_at, updated_by, updated_at, version)
         VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,${THIS_VERSION}) ON CONFLICT(id) DO UPDATE SET cells = excluded.cells,
           type = excluded.type, text = excluded.text, responsible_body = excluded.responsible_body,
           priority = excluded.priority, target_date = excluded.target_date, status = excluded.status,
           origin = excluded.origin, evidence = excluded.evidence, created_by = excluded.created_by,
           created_at = excluded.created_at, updated_by = excluded.updated_by, updated_at = excluded.updated_at,
           version = excluded.version${expectedVersion === undefined ? '' : ' WHERE recommendations.version = ?'}`,
        [
          r.id,
          json(r.cells),
          r.type,
          r.text,
          r.responsibleBody,
          r.priority,
          r.targetDate,
          r.status,
          r.origin,
          json(r.evidence),
          r.createdBy,
          r.createdAt,
          r.updatedBy,
          r.updatedAt,
          ...(expectedVersion === undefined ? [] : [expectedVersion]),
        ],
      );
      return changes > 0;
    },

    async deleteRecommendation(id) {
      const { changes } = await db.run('DELETE FROM recommendations WHERE id = ?', [id]);
      return changes > 0;
    },

    async saveClause(c) {
      // A new clause takes a free ordinal below the others until orderClauses places it.
      await db.run(
        `INSERT INTO clauses (id, document_id, ordinal, eid, number, kind, heading, path, text, page_start, page_end,
           boxes, source, ocr_confidence)
         VALUES (?, ?, (SELECT COALESCE(MIN(ordinal), 0) - 1 FROM clauses WHERE document_id = ?), ?,?,?,?,?,?,?,?,?,?,?)
         ON CONFLICT(id) DO UPDATE SET number = excluded.number, kind = excluded.kind, heading = excluded.heading,
           path = excluded.path, text = excluded.text, page_start = excluded.page_start, page_end = excluded.page_end,
           boxes = excluded.boxes, source = excluded.source, ocr_confidence = excluded.ocr_confidence`,
        [c.id, c.documentId, c.documentId, ...clauseValues(c)],
      );
    },

    async deleteClause(id) {
      await db.run('DELETE FROM clauses WHERE id = ?', [id]);
    },

    async orderClauses(documentId, ids) {
      // Two passes keep (document_id, ordinal) unique at every step: far below zero, then into place.
      const FAR = 1_000_000_000;
      for (const [i, id] of ids.entries()) {
        await db.run('UPDATE clauses SET ordinal = ? WHERE id = ? AND document_id = ?', [
          -FAR - i,
          id,
          documentId,
        ]);
      }
      await db.run('UPDATE clauses SET ordinal = ? - ordinal WHERE document_id = ? AND ordinal <= ?', [
        -FAR,
        documentId,
        -FAR,
      ]);
    },

    async rewriteSuggestion(s) {
      const matched = storedEvidence(s.matched);
      await db.run(
        `UPDATE suggestions SET clause_id = ?, score = ?, matched = ?, status = ?, coverage = ?, note = ?,
           reviewer = ?, reviewed_at = ?, changed_in = ${THIS_VERSION} WHERE id = ?`,
        [s.clauseId, s.score, matched, s.status, s.coverage, s.note, s.reviewer, s.reviewedAt, s.id],
      );
    },

    async deleteSuggestion(id) {
      await deleteRemembered(db, [id], 'removed');
    },

    async addVersion(v) {
      await db.run(
        `INSERT INTO document_versions (document_id, version, file, sha256, pages, imported_at, reason, actor, counts,
           changes) VALUES (?,?,?,?,?,?,?,?,?,?)`,
        [
          v.documentId,
          v.version,
          v.file,
          v.sha256,
          v.pages,
          v.importedAt,
          v.reason,
          v.actor,
          json(v.counts),
          json(v.changes),
        ],
      );
    },

    async replaceDocumentText(documentId, t) {
      await db.run(
        `UPDATE documents SET file = ?, sha256 = ?, pages = ?, imported_at = ?, page_labels = ?,
           version = ${THIS_VERSION} WHERE id = ?`,
        [t.file, t.sha256, t.pages, t.importedAt, t.pageLabels ? json(t.pageLabels) : null, documentId],
      );
      await db.run('UPDATE document_files SET name = ?, data = ? WHERE document_id = ?', [
        t.file,
        Buffer.from(t.fileBytes),
        documentId,
      ]);
    },

    async saveAmendment(a) {
      await db.run(
        `INSERT INTO amendments (amending_document_id, amended_document_id, status, evidence, sections, reviewer, at)
         VALUES (?,?,?,?,?,?,?) ON CONFLICT(amending_document_id, amended_document_id) DO UPDATE SET
           status = excluded.status, evidence = excluded.evidence, sections = excluded.sections,
           reviewer = excluded.reviewer, at = excluded.at`,
        [a.amendingDocumentId, a.amendedDocumentId, a.status, a.evidence, json(a.sections), a.reviewer, a.at],
      );
    },
  };
}

/** A clause as check proposals read it (columns id, document_id, number, kind, text, page_start). */
function toCheckClause(r: Row): CheckClause {
  return {
    id: str(r.id),
    documentId: str(r.document_id),
    number: str(r.number),
    kind: str(r.kind) as ClauseKind,
    text: str(r.text),
    pageStart: Number(r.page_start),
  };
}

const marks = (values: unknown[]) => values.map(() => '?').join(',');

/** Every row of a table keyed by country, or of the countries given. */
function ofCountries(db: SqlConnection, table: string, countries?: string[]): Promise<Row[]> {
  return countries?.length
    ? db.all(`SELECT * FROM ${table} WHERE country IN (${countries.map(() => '?').join(',')})`, countries)
    : db.all(`SELECT * FROM ${table}`);
}

/** Where the countries' laws are: `d.country IN (…)`, or everywhere. */
function inCountries(countries: readonly string[] | undefined): { where: string[]; params: SqlValue[] } {
  return countries?.length
    ? { where: [`d.country IN (${marks([...countries])})`], params: [...countries] }
    : { where: [], params: [] };
}

const whereOf = (where: string[]) => (where.length ? `WHERE ${where.join(' AND ')}` : '');

/**
 * The accepted tags of these countries (all where none given) with their clauses and laws, in the
 * order of the laws' titles and the clauses in them; `ids`: instead, these suggestions, accepted or
 * not (with their status).
 */
async function acceptedTagRows(
  db: SqlConnection,
  countries: readonly string[] | undefined,
  ids?: readonly string[],
): Promise<(Keyed<AcceptedTag> & { accepted: boolean })[]> {
  if (ids && !ids.length) return [];
  const scope = inCountries(countries);
  const where = ids
    ? [`s.id IN (${marks([...ids])})`, ...scope.where]
    : ["s.status = 'accepted'", ...scope.where];
  const params = ids ? [...ids, ...scope.params] : scope.params;
  const rows = await db.all(
    `SELECT s.id AS suggestion_id, s.status, d.country, s.provision_id, s.coverage, s.note, s.reviewer, s.reviewed_at,
       d.id AS document_id, d.title AS document_title, d.year AS document_year, d.status AS document_status,
       c.id AS clause_id, c.ordinal,
       c.number AS clause_number, c.kind AS clause_kind, c.heading AS clause_heading, c.text AS clause_text,
       c.page_start, c.page_end, c.source AS clause_source, c.ocr_confidence, s.matched
     FROM suggestions s JOIN clauses c ON c.id = s.clause_id JOIN documents d ON d.id = s.document_id
     ${whereOf(where)} ORDER BY d.country, d.title, c.ordinal, s.id`,
    params,
  );
  // Each law's printed page numbers read and parsed once, not sent and parsed with every tag.
  const labels = new Map(
    (
      await db.all(
        `SELECT d.id, d.page_labels FROM documents d ${whereOf(['d.page_labels IS NOT NULL', ...scope.where])}`,
        scope.params,
      )
    ).map((r) => [str(r.id), parse<(string | null)[]>(r.page_labels, [])]),
  );
  const printedPage = (r: Row): string | null =>
    labels.get(str(r.document_id))?.[Number(r.page_start) - 1] ?? null;
  return rows.map((r) => ({
    suggestionId: str(r.suggestion_id),
    key: [str(r.country), str(r.document_title), Number(r.ordinal), str(r.suggestion_id)],
    accepted: r.status === 'accepted',
    row: {
      suggestionId: str(r.suggestion_id),
      country: str(r.country),
      provisionId: str(r.provision_id),
      coverage: (strOrNull(r.coverage) ?? 'full') as AcceptedTag['coverage'],
      note: strOrNull(r.note),
      reviewer: strOrNull(r.reviewer),
      reviewedAt: strOrNull(r.reviewed_at),
      documentId: str(r.document_id),
      documentTitle: str(r.document_title),
      documentYear: r.document_year === null ? null : Number(r.document_year),
      documentStatus: str(r.document_status) as DocumentStatus,
      clauseId: str(r.clause_id),
      clauseNumber: str(r.clause_number),
      clauseKind: str(r.clause_kind) as ClauseKind,
      clauseHeading: str(r.clause_heading),
      clauseText: str(r.clause_text),
      pageStart: Number(r.page_start),
      pageEnd: Number(r.page_end),
      printedPage: printedPage(r),
      matched: readEvidence(r.matched),
      clauseSource: str(r.clause_source) === 'ocr' ? 'ocr' : 'text',
      ocrConfidence: r.ocr_confidence === null ? null : Number(r.ocr_confidence),
    },
  }));
}

function acceptedTagSource(countries: readonly string[] | undefined): KeptRowsSource<AcceptedTag> {
  return {
    all: (c) => acceptedTagRows(c, countries),
    async since(c, version) {
      const since = await writtenSince(c, version);
      return (
        since && {
          touched: since.touched,
          rows: (await acceptedTagRows(c, countries, since.written)).filter((r) => r.accepted),
        }
      );
    },
  };
}

/** The checklist's (or another framework's) tags of these countries with their clauses, strongest first per clause. */
async function frameworkTagRows(
  db: SqlConnection,
  framework: string,
  countries: readonly string[],
  minSuggestedScore: number,
  ids?: readonly string[],
): Promise<Keyed<{ tag: CheckTag; clause: CheckClause }>[]> {
  if (!countries.length || (ids && !ids.length)) return [];
  const rows = await db.all(
    `SELECT s.clause_id AS id, s.id AS suggestion_id, s.provision_id, s.status, s.score, s.matched,
       c.document_id, c.number, c.kind, c.text, c.page_start, c.ordinal, d.country, d.title
     FROM suggestions s JOIN clauses c ON c.id = s.clause_id JOIN documents d ON d.id = s.document_id
     WHERE substr(s.provision_id, 1, ?) = ? AND d.country IN (${marks([...countries])})
       AND (s.status <> 'suggested' OR s.score >= ?) ${ids ? `AND s.id IN (${marks([...ids])})` : ''}
     ORDER BY d.country, d.title, c.ordinal, s.score DESC, s.id`,
    [framework.length + 1, `${framework}.`, ...countries, minSuggestedScore, ...(ids ?? [])],
  );
  return rows.map((r) => ({
    suggestionId: str(r.suggestion_id),
    key: [str(r.country), str(r.title), Number(r.ordinal), -Number(r.score), str(r.suggestion_id)],
    row: {
      tag: {
        clauseId: str(r.id),
        provisionId: str(r.provision_id),
        status: str(r.status) as SuggestionStatus,
        score: Number(r.score),
        matched: readEvidence(r.matched),
      } satisfies CheckTag,
      clause: toCheckClause(r),
    },
  }));
}

function frameworkTagSource(
  framework: string,
  countries: readonly string[],
  minSuggestedScore: number,
): KeptRowsSource<{ tag: CheckTag; clause: CheckClause }> {
  return {
    all: (c) => frameworkTagRows(c, framework, countries, minSuggestedScore),
    async since(c, version) {
      const since = await writtenSince(c, version);
      return (
        since && {
          touched: since.touched,
          rows: await frameworkTagRows(c, framework, countries, minSuggestedScore, since.written),
        }
      );
    },
  };
}

/** Reviewers' decisions as asked, in the order of the laws' titles, their clauses, provisions and reviewers. */
async function reviewerDecisionRows(
  db: SqlConnection,
  q: ReviewerDecisionQuery,
): Promise<Keyed<ReviewerDecisionRow>[]> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  const filters: [string, string | undefined][] = [
    ['s.document_id = ?', q.documentId],
    ['d.country = ?', q.country?.toUpperCase()],
    ['r.reviewer = ?', q.reviewer],
  ];
  for (const [clause, value] of filters)
    if (value !== undefined) {
      where.push(clause);
      params.push(value);
    }
  if (q.countries) {
    if (!q.countries.length) return [];
    where.push(`d.country IN (${marks(q.countries)})`);
    params.push(...q.countries.map((c) => c.toUpperCase()));
  }
  const select = (extra: string[], extraParams: SqlValue[]) =>
    db.all(
      `SELECT r.*, s.clause_id, s.document_id, s.provision_id, d.country, d.title AS document_title, c.ordinal
       FROM reviewer_decisions r JOIN suggestions s ON s.id = r.suggestion_id
         JOIN clauses c ON c.id = s.clause_id JOIN documents d ON d.id = s.document_id
       ${whereOf([...where, ...extra])}
       ORDER BY d.country, d.title, c.ordinal, s.provision_id, r.reviewer, s.id`,
      [...params, ...extraParams],
    );
  const rows: Row[] = [];
  if (!q.suggestionIds) rows.push(...(await select([], [])));
  else {
    const step = MAX_BOUND_PARAMS - params.length;
    for (let start = 0; start < q.suggestionIds.length; start += step) {
      const chunk = q.suggestionIds.slice(start, start + step);
      rows.push(...(await select([`r.suggestion_id IN (${chunk.map(() => '?').join(',')})`], chunk)));
    }
  }
  return rows.map((r) => ({
    suggestionId: str(r.suggestion_id),
    key: [
      str(r.country),
      str(r.document_title),
      Number(r.ordinal),
      str(r.provision_id),
      str(r.reviewer),
      str(r.suggestion_id),
    ],
    row: toReviewerDecision(r),
  }));
}

function reviewerDecisionSource(countries: string[]): KeptRowsSource<ReviewerDecisionRow> {
  return {
    all: (c) => reviewerDecisionRows(c, { countries }),
    async since(c, version) {
      const since = await writtenSince(c, version);
      return (
        since && {
          touched: since.touched,
          rows: since.written.length
            ? await reviewerDecisionRows(c, { countries, suggestionIds: since.written })
            : [],
        }
      );
    },
  };
}

function reads(db: SqlConnection): StoreReads {
  return {
    async findDocumentBySha(sha256) {
      const r = await db.get(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.sha256 = ?`, [sha256]);
      return r && toDocument(r);
    },

    async listDocuments(country) {
      const rows = country
        ? await db.all(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.country = ? ORDER BY d.title`, [
            country,
          ])
        : await db.all(`SELECT ${DOCUMENT_COLUMNS} FROM documents d ORDER BY d.country, d.title`);
      return rows.map(toDocument);
    },

    async getDocument(id) {
      const r = await db.get(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?`, [id]);
      return r && toDocument(r);
    },

    async getDocumentFile(id) {
      const r = await db.get<{ name: string; data: Buffer }>(
        'SELECT name, data FROM document_files WHERE document_id = ?',
        [id],
      );
      return r && { name: r.name, data: new Uint8Array(r.data) };
    },

    async getPageLabels(documentId) {
      const r = await db.get('SELECT page_labels FROM documents WHERE id = ?', [documentId]);
      return r && typeof r.page_labels === 'string' ? parse<(string | null)[]>(r.page_labels, []) : undefined;
    },

    async listClauses(documentId) {
      return (await db.all('SELECT * FROM clauses WHERE document_id = ? ORDER BY ordinal', [documentId])).map(
        toClause,
      );
    },

    async getClause(id) {
      const r = await db.get('SELECT * FROM clauses WHERE id = ?', [id]);
      return r && toClause(r);
    },

    async clausesForTagging(documentId) {
      const rows = await db.all(
        `SELECT c.*, d.title AS document_title, d.country AS document_country, d.language AS document_language
         FROM clauses c JOIN documents d ON d.id = c.document_id
         ${documentId ? 'WHERE c.document_id = ?' : ''} ORDER BY d.id, c.ordinal`,
        documentId ? [documentId] : [],
      );
      return rows.map(
        (r): ClauseForTagging => ({
          clause: toClause(r),
          documentTitle: str(r.document_title),
          country: str(r.document_country),
          language: str(r.document_language),
        }),
      );
    },

    async clauseTexts(countries) {
      if (!countries.length) return [];
      const rows = await db.all(
        `SELECT c.id, c.document_id, c.number, c.kind, c.text, c.page_start
         FROM clauses c JOIN documents d ON d.id = c.document_id
         WHERE d.country IN (${marks(countries)}) ORDER BY d.id, c.ordinal`,
        countries,
      );
      return rows.map(toCheckClause);
    },

    textVersion: () => textVersion(db),

    async frameworkTags(framework, countries, minSuggestedScore) {
      return (await frameworkTagRows(db, framework, countries, minSuggestedScore)).map((r) => r.row);
    },

    async listSuggestions(q: SuggestionQuery) {
      const where: string[] = [];
      const params: SqlValue[] = [];
      if (q.documentId) {
        where.push('s.document_id = ?');
        params.push(q.documentId);
      }
      if (q.clauseId) {
        where.push('s.clause_id = ?');
        params.push(q.clauseId);
      }
      if (q.provisionId) {
        where.push('s.provision_id = ?');
        params.push(q.provisionId);
      }
      if (q.country) {
        where.push('d.country = ?');
        params.push(q.country.toUpperCase());
      }
      if (q.framework) {
        where.push('substr(s.provision_id, 1, ?) = ?');
        params.push(q.framework.length + 1, `${q.framework}.`);
      }
      if (q.status) {
        where.push('s.status = ?');
        params.push(q.status);
      }
      if (q.minScore !== undefined) {
        where.push('s.score >= ?');
        params.push(q.minScore);
      }
      const rows = await db.all(
        `SELECT s.*, d.country AS country, d.title AS document_title, c.number AS clause_number,
           c.kind AS clause_kind, c.heading AS clause_heading
         FROM suggestions s JOIN clauses c ON c.id = s.clause_id JOIN documents d ON d.id = s.document_id
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY d.country, d.title, c.ordinal, s.score DESC
         LIMIT ? OFFSET ?`,
        [...params, q.limit ?? 100_000, q.offset ?? 0],
      );
      return rows.map(
        (r): SuggestionView => ({
          ...toSuggestion(r),
          country: str(r.country),
          documentTitle: str(r.document_title),
          clauseNumber: str(r.clause_number),
          clauseKind: str(r.clause_kind) as ClauseKind,
          clauseHeading: str(r.clause_heading),
          frameworkId: str(r.provision_id).split('.')[0],
          provisionTitle: '',
        }),
      );
    },

    async getSuggestions(ids) {
      const rows: Row[] = [];
      for (let start = 0; start < ids.length; start += MAX_BOUND_PARAMS) {
        const chunk = ids.slice(start, start + MAX_BOUND_PARAMS);
        rows.push(
          ...(await db.all(
            `SELECT * FROM suggestions WHERE id IN (${chunk.map(() => '?').join(',')})`,
            chunk,
          )),
        );
      }
      const byId = new Map(rows.map((r) => [str(r.id), toSuggestion(r)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    async deletedSuggestions(ids) {
      const found: DeletedSuggestion[] = [];
      for (let start = 0; start < ids.length; start += MAX_BOUND_PARAMS) {
        const chunk = ids.slice(start, start + MAX_BOUND_PARAMS);
        const rows = await db.all(
          `SELECT * FROM deleted_suggestions WHERE id IN (${chunk.map(() => '?').join(',')})
             AND clause_id IS NOT NULL AND id NOT IN (SELECT id FROM suggestions WHERE id IN (${chunk.map(() => '?').join(',')}))`,
          [...chunk, ...chunk],
        );
        for (const r of rows) {
          // The columns it shares with a stored suggestion, read alike.
          const { id, clauseId, documentId, provisionId, score, matched } = toSuggestion(r);
          found.push({
            id,
            clauseId,
            documentId,
            provisionId,
            score,
            matched,
            clauseKind: strOrNull(r.clause_kind) as DeletedSuggestion['clauseKind'],
            clauseNumber: strOrNull(r.clause_number),
            droppedBy: str(r.dropped_by) as DeletedSuggestion['droppedBy'],
          });
        }
      }
      return found;
    },

    async reviewDecisions() {
      const rows = await db.all(
        `SELECT clause_id, provision_id, status FROM suggestions WHERE status != 'suggested' ORDER BY COALESCE(reviewed_at, ''), id`,
      );
      return rows.map(
        (r): ReviewDecision => ({
          clauseId: str(r.clause_id),
          provisionId: str(r.provision_id),
          accepted: r.status === 'accepted',
        }),
      );
    },

    async offeredSuggestions(documentIds) {
      const offered: { clauseId: string; provisionId: string }[] = [];
      for (let start = 0; start < documentIds.length; start += MAX_BOUND_PARAMS) {
        const chunk = documentIds.slice(start, start + MAX_BOUND_PARAMS);
        const rows = await db.all<{ clause_id: string; provision_id: string }>(
          `SELECT clause_id, provision_id FROM suggestions
           WHERE document_id IN (${chunk.map(() => '?').join(',')}) AND status = 'suggested'`,
          chunk,
        );
        for (const r of rows) offered.push({ clauseId: r.clause_id, provisionId: r.provision_id });
      }
      return offered;
    },

    async acceptedTags(countries) {
      return (await acceptedTagRows(db, countries)).map((r) => r.row);
    },

    async listAudit(entityId, limit) {
      const rows = entityId
        ? await db.all('SELECT * FROM audit_log WHERE entity_id = ? ORDER BY id DESC LIMIT ?', [
            entityId,
            limit ?? 1000,
          ])
        : await db.all('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?', [limit ?? 1000]);
      return rows.map(toAudit);
    },

    async lastReviewBatch(actor) {
      const last = await db.get<{ batch: string }>(
        `SELECT batch FROM audit_log WHERE action = 'review' AND batch IS NOT NULL
           AND batch NOT IN (SELECT batch FROM audit_log WHERE action = 'undo' AND batch IS NOT NULL)
           ${actor === undefined ? '' : 'AND actor = ?'}
         ORDER BY id DESC LIMIT 1`,
        actor === undefined ? [] : [actor],
      );
      if (!last) return undefined;
      const rows = await db.all("SELECT * FROM audit_log WHERE batch = ? AND action = 'review' ORDER BY id", [
        last.batch,
      ]);
      return { batch: last.batch, entries: rows.map(toAudit) };
    },

    async listReviewerDecisions(q = {}) {
      return (await reviewerDecisionRows(db, q)).map((r) => r.row);
    },

    async listOverrides(countries) {
      return (await ofCountries(db, 'cell_overrides', countries)).map(toOverride);
    },

    async listCheckReviews(countries) {
      return (await ofCountries(db, 'check_reviews', countries)).map(toCheckReview);
    },

    async listBaselines() {
      const rows = await db.all('SELECT * FROM baselines ORDER BY created_at, id');
      return rows.map(
        (r): Baseline => ({
          id: str(r.id),
          name: str(r.name),
          createdAt: str(r.created_at),
          createdBy: str(r.created_by),
          ...parse<Pick<Baseline, 'catalog' | 'laws' | 'cells'>>(r.content, {
            catalog: null,
            laws: [],
            cells: [],
          }),
        }),
      );
    },

    async listRecommendations() {
      return (await db.all('SELECT * FROM recommendations ORDER BY created_at, id')).map(toRecommendation);
    },

    async getRecommendation(id) {
      const r = await db.get('SELECT * FROM recommendations WHERE id = ?', [id]);
      return r && toRecommendation(r);
    },

    async getSetting(key) {
      const r = await db.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [key]);
      return r?.value;
    },

    async getSettingVersion(key) {
      const r = await db.get<{ version: number }>('SELECT version FROM settings WHERE key = ?', [key]);
      return r ? Number(r.version) : 0;
    },

    async listVersions(documentId) {
      const rows = await db.all('SELECT * FROM document_versions WHERE document_id = ? ORDER BY version', [
        documentId,
      ]);
      return rows.map(toVersion);
    },

    async findVersionBySha(sha256) {
      const r = await db.get<{ document_id: string; version: number }>(
        'SELECT document_id, version FROM document_versions WHERE sha256 = ? ORDER BY version LIMIT 1',
        [sha256],
      );
      return r && { documentId: r.document_id, version: Number(r.version) };
    },

    async listAmendments(documentId) {
      const rows = documentId
        ? await db.all(
            `SELECT * FROM amendments WHERE amending_document_id = ? OR amended_document_id = ?
             ORDER BY amending_document_id, amended_document_id`,
            [documentId, documentId],
          )
        : await db.all('SELECT * FROM amendments ORDER BY amending_document_id, amended_document_id');
      return rows.map(toAmendment);
    },

    async getAccount(name) {
      const r = await db.get('SELECT * FROM accounts WHERE name = ?', [name]);
      return r && toAccount(r);
    },

    async listAccounts() {
      return (await db.all('SELECT * FROM accounts ORDER BY name')).map(toAccount);
    },

    async getSession(tokenHash) {
      const r = await db.get('SELECT * FROM sessions WHERE token_hash = ?', [tokenHash]);
      return r && toSession(r);
    },
  };
}

/**
 * The writes that never change a law's record or its clauses. Every other write, a new one included,
 * raises the texts' counter (read-cache.ts): forgetting one here costs a re-read, never a stale one.
 */
const KEEPS_TEXTS: ReadonlySet<keyof StoreWrites> = new Set<keyof StoreWrites>([
  'replaceSuggestions',
  'saveSuggestion',
  'setReviewerDecision',
  'deleteReviewerDecision',
  'recordReviewerDecisions',
  'appendAudit',
  'setOverride',
  'clearOverride',
  'setCheckReview',
  'setSetting',
  'saveAccount',
  'saveSession',
  'deleteSession',
  'deleteAccountSessions',
  'deleteExpiredSessions',
  'saveRecommendation',
  'deleteRecommendation',
  'insertBaseline',
  'rewriteSuggestion',
  'deleteSuggestion',
  'saveAmendment',
]);

/**
 * The writes of sign-ins alone, which nothing kept depends on: a transaction of only these leaves
 * data_version be, so that a session's touch (every few minutes per signed-in person on a team
 * server) does not make every process read the matrix again.
 */
const UNCOUNTED: ReadonlySet<keyof StoreWrites> = new Set<keyof StoreWrites>([
  'saveSession',
  'deleteSession',
  'deleteAccountSessions',
  'deleteExpiredSessions',
]);

/** Every write told to `before` (awaited) first: what it is, for the counters of its transaction. */
function countingWrites<W extends Partial<StoreWrites>>(
  w: W,
  before: (name: keyof StoreWrites) => Promise<void>,
): W {
  const counted = { ...w };
  for (const name of Object.keys(w) as (keyof StoreWrites & keyof W)[]) {
    const write = w[name] as (...args: unknown[]) => Promise<unknown>;
    counted[name] = (async (...args: unknown[]) => {
      await before(name);
      return write(...args);
    }) as W[typeof name];
  }
  return counted;
}

/** Applies the migrations this database lacks, each in a transaction of its own. */
export async function migrate(db: SqlDriver): Promise<void> {
  const latest = MIGRATIONS[MIGRATIONS.length - 1].version;
  const step = (m?: { version: number; sql: string }) =>
    db.transaction(async (c) => {
      const current = await db.schemaVersion(c);
      if (current > latest) {
        throw new Error(
          `${db.location} was written by a newer Lexgap (schema ${current}, this one knows ${latest})`,
        );
      }
      if (m && m.version > current) {
        await c.exec(db.ddl(m.sql));
        await db.setSchemaVersion(c, m.version);
      }
      return current;
    });
  // Another process may migrate meanwhile: each step reads the version again under the lock.
  if ((await step()) === latest) return;
  for (const m of MIGRATIONS) await step(m);
}

/** The Store over an open driver, migrated to the latest schema. */
export async function openSqlStore(db: SqlDriver): Promise<Store> {
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }

  const read = reads(db);
  /**
   * A transaction's reads and writes, `recordReviewerDecisions` made of them (record-reviewer-decisions.ts);
   * `before` is told of every write before it runs.
   */
  const txOf = (c: SqlConnection, before: (name: keyof StoreWrites) => Promise<void>): StoreTx => {
    const tx: StoreTx = {
      ...reads(c),
      ...countingWrites(writes(c), before),
      recordReviewerDecisions: (batch) => recordReviewerDecisions(tx, batch),
      // Its own writes are not counted until it commits.
      textVersion: async () => null,
    };
    return tx;
  };
  let queue: Promise<unknown> = Promise.resolve();
  let writing = false;
  const cache = readCache(db, () => writing);
  // One committed state read on one connection: on SQLite's one connection, between this process's
  // transactions.
  const snapshot = <R>(fn: (c: SqlConnection) => Promise<R>): Promise<R> => {
    if (db.dialect !== 'sqlite') return db.transaction(fn, 'snapshot');
    const run = () => db.transaction(fn, 'snapshot');
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };
  const kept = keptRows(db, () => writing, snapshot, DELETIONS_REMEMBERED);

  // Every write outside an explicit transaction still runs in one of its own. Inside `transaction(fn)`,
  // write through fn's `tx` argument: calling `store.*` writes there would wait for the transaction itself.
  const autocommit =
    <A extends unknown[], R>(pick: (tx: StoreTx) => (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      store.transaction((tx) => pick(tx)(...args));

  const store: Store = {
    transaction<T>(fn: (t: StoreTx) => Promise<T>): Promise<T> {
      const run = async () => {
        writing = true;
        try {
          return await db.transaction(async (c) => {
            let counted = false;
            let texts = false;
            // The counter is raised before the first write and held until commit: writers take
            // their turns there, so a row stamped with a version (THIS_VERSION) commits as that
            // version, and a reader that saw version n has seen every row stamped n or less.
            const result = await fn(
              txOf(c, async (name) => {
                if (!KEEPS_TEXTS.has(name)) texts = true;
                if (counted || UNCOUNTED.has(name)) return;
                counted = true;
                await raiseDataVersion(c, false);
              }),
            );
            if (texts) await raiseTextVersion(c);
            return result;
          });
        } finally {
          writing = false;
        }
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },

    insertDocument: autocommit((tx) => tx.insertDocument),
    updateDocument: autocommit((tx) => tx.updateDocument),
    deleteDocument: autocommit((tx) => tx.deleteDocument),
    replaceSuggestions: autocommit((tx) => tx.replaceSuggestions),
    saveSuggestion: autocommit((tx) => tx.saveSuggestion),
    setReviewerDecision: autocommit((tx) => tx.setReviewerDecision),
    deleteReviewerDecision: autocommit((tx) => tx.deleteReviewerDecision),
    recordReviewerDecisions: autocommit((tx) => tx.recordReviewerDecisions),
    appendAudit: autocommit((tx) => tx.appendAudit),
    setOverride: autocommit((tx) => tx.setOverride),
    clearOverride: autocommit((tx) => tx.clearOverride),
    setCheckReview: autocommit((tx) => tx.setCheckReview),
    setSetting: autocommit((tx) => tx.setSetting),
    saveAccount: autocommit((tx) => tx.saveAccount),
    saveSession: autocommit((tx) => tx.saveSession),
    deleteSession: autocommit((tx) => tx.deleteSession),
    deleteAccountSessions: autocommit((tx) => tx.deleteAccountSessions),
    deleteExpiredSessions: autocommit((tx) => tx.deleteExpiredSessions),
    saveRecommendation: autocommit((tx) => tx.saveRecommendation),
    insertBaseline: autocommit((tx) => tx.insertBaseline),
    deleteRecommendation: autocommit((tx) => tx.deleteRecommendation),
    saveClause: autocommit((tx) => tx.saveClause),
    deleteClause: autocommit((tx) => tx.deleteClause),
    orderClauses: autocommit((tx) => tx.orderClauses),
    rewriteSuggestion: autocommit((tx) => tx.rewriteSuggestion),
    deleteSuggestion: autocommit((tx) => tx.deleteSuggestion),
    addVersion: autocommit((tx) => tx.addVersion),
    replaceDocumentText: autocommit((tx) => tx.replaceDocumentText),
    saveAmendment: autocommit((tx) => tx.saveAmendment),

    ...read,

    // The matrix reads every law (with its clause count) and every accepted tag with its clause's
    // text each time it is built: kept, frozen so that no caller can change what the next one gets,
    // and handed out again as the same objects while they hold (what is built from them is kept too,
    // matrix-for.ts). The tags are brought up to date by reading only the suggestions written since.
    listDocuments: async (country) =>
      (
        await cache.get(
          `listDocuments ${country ?? ''}`,
          async () => (await read.listDocuments(country)).map((d) => Object.freeze(d)),
          // A law's record and its clause count change only with the texts' counter.
          true,
        )
      ).slice(),
    acceptedTags: (countries) =>
      kept.get(`acceptedTags ${[...(countries ?? [])].sort().join(' ')}`, acceptedTagSource(countries)),

    // And the checklist's tags with their clauses, for check proposals.
    frameworkTags: (framework, countries, minSuggestedScore) =>
      kept.get(
        `frameworkTags ${framework} ${minSuggestedScore} ${[...countries].sort().join(' ')}`,
        frameworkTagSource(framework, countries, minSuggestedScore),
      ),

    // The matrix reads every decision in the countries it shows, to show who validated each citation.
    listReviewerDecisions: async (q = {}) =>
      q.countries && Object.keys(q).length === 1
        ? kept.get(
            `listReviewerDecisions ${[...q.countries].sort().join(' ')}`,
            reviewerDecisionSource(q.countries),
          )
        : read.listReviewerDecisions(q),

    // On SQLite's one connection a running transaction's writes are visible and may yet roll back.
    textVersion: async () => (writing ? null : read.textVersion()),

    integrityCheck: () => db.integrityCheck(),

    async close() {
      await queue;
      await db.close();
    },
  };
  return store;
}

/** A SQLite file (`:memory:` for none), created with its folder if missing. */
export async function openSqliteStore(file: string, options?: SqliteOptions): Promise<Store> {
  return openSqlStore(await openSqlite(file, options));
}
