// A law's history beside its clauses: what its latest version changed (a changed clause back to
// review, with the decisions it had and its old words), the amending acts that change a section, the
// sections an amending act changes, and the list of versions with the clauses each removed.
import { useMemo } from 'react';
import type {
  AmendedSection,
  Amendment,
  ClauseChange,
  DocumentRecord,
  DocumentVersion,
} from '../../shared/model';
import { SUGGESTION_STATUS_LABELS } from '../../shared/model';
import { api } from '../api-client';
import { Dialog } from './Dialog';
import { useAsync } from './use-async';
import { errorMessage } from '../error-message';
import { useMay } from '../permissions';

const CHANGE_LABELS: Record<ClauseChange['change'], string> = {
  changed: 'changed',
  added: 'new',
  renumbered: 'renumbered',
  removed: 'removed',
};

export interface LawHistory {
  versions: DocumentVersion[];
  amendments: Amendment[];
  /** What the latest version did to this clause, if anything. */
  changeOf(clauseId: string): ClauseChange | undefined;
  /** Links (not dismissed) in which this clause is amended, or amends, with the section pair. */
  amendmentsOf(clauseId: string): ({ link: Amendment } & AmendedSection)[];
  reload(): void;
}

export function useLawHistory(documentId: string | undefined): LawHistory {
  const versions = useAsync(async () => (documentId ? api.listVersions({ documentId }) : []), [documentId]);
  const amendments = useAsync(
    async () => (documentId ? api.listAmendments({ documentId }) : []),
    [documentId],
  );
  return useMemo(() => {
    const latest = versions.data?.at(-1);
    const changes = new Map((latest?.version ?? 1) > 1 ? latest?.changes.map((c) => [c.clauseId, c]) : []);
    const links = (amendments.data ?? []).filter((a) => a.status !== 'dismissed');
    return {
      versions: versions.data ?? [],
      amendments: amendments.data ?? [],
      changeOf: (clauseId) => changes.get(clauseId),
      amendmentsOf: (clauseId) =>
        links.flatMap((link) =>
          link.sections
            .filter((s) => s.amendedClauseId === clauseId || s.amendingClauseId === clauseId)
            .map((s) => ({ link, ...s })),
        ),
      reload: () => {
        versions.reload();
        amendments.reload();
      },
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [versions.data, amendments.data]);
}

/** The badge a clause carries in the list: "changed", "new", "amended". */
export function ClauseHistoryBadges(props: { history: LawHistory; clauseId: string; documentId: string }) {
  const change = props.history.changeOf(props.clauseId);
  const amended = props.history
    .amendmentsOf(props.clauseId)
    .some((a) => a.link.amendedDocumentId === props.documentId);
  return (
    <>
      {change && change.change !== 'renumbered' && (
        <span className={`badge version-${change.change}`} style={{ marginLeft: 4 }}>
          {CHANGE_LABELS[change.change]}
        </span>
      )}
      {amended && (
        <span className="badge amended" style={{ marginLeft: 4 }}>
          amended
        </span>
      )}
    </>
  );
}

const titleOf = (docs: DocumentRecord[], id: string) => docs.find((d) => d.id === id)?.title ?? id;

/** Beside the selected clause: the version that changed it and the amendments that touch it. */
export function ClauseHistory(props: {
  history: LawHistory;
  clauseId: string;
  documentId: string;
  documents: DocumentRecord[];
  /** Opens the other act of an amendment at the section that amends, or is amended by, this one. */
  onOpen: (documentId: string, clauseId: string | null) => void;
}) {
  const { history, clauseId, documentId, documents } = props;
  const change = history.changeOf(clauseId);
  const latest = history.versions.at(-1);
  const touching = history.amendmentsOf(clauseId);
  if (!change && touching.length === 0) return null;
  return (
    <div className="law-history" data-testid="clause-history">
      {change && latest && (
        <div className={`history-note version-${change.change}`}>
          <b>
            {change.change === 'changed' && `Changed in version ${latest.version}`}
            {change.change === 'added' && `New in version ${latest.version}`}
            {change.change === 'renumbered' &&
              `Renumbered in version ${latest.version} (was ${change.previousNumber})`}
          </b>{' '}
          <span className="muted">
            ({latest.file}, {latest.importedAt.slice(0, 10)})
          </span>
          {change.change === 'changed' && (
            <div>
              {change.previousDecisions.length > 0
                ? `Back to review; decided on the old text: ${change.previousDecisions
                    .map(
                      (d) =>
                        `${d.provisionId} ${SUGGESTION_STATUS_LABELS[d.status].toLowerCase()}${d.coverage ? ` (${d.coverage})` : ''}`,
                    )
                    .join(', ')}.`
                : 'Nothing had been decided on the old text.'}
            </div>
          )}
          {change.previousText && (
            <details>
              <summary>Text before</summary>
              <div className="previous-text">{change.previousText}</div>
            </details>
          )}
        </div>
      )}
      {touching.map(({ link, amendingNumber, amendedNumber, amendingClauseId, amendedClauseId }) => {
        const amends = link.amendingDocumentId === documentId;
        const other = amends ? link.amendedDocumentId : link.amendingDocumentId;
        const otherClause = amends ? amendedClauseId : amendingClauseId;
        return (
          <div
            key={`${link.amendingDocumentId}-${link.amendedDocumentId}-${amendingNumber}-${amendedNumber}`}
            className="history-note amendment"
          >
            {amends ? (
              <>
                s. {amendingNumber} amends <b>s. {amendedNumber}</b> of{' '}
              </>
            ) : (
              <>
                Amended by <b>s. {amendingNumber}</b> of{' '}
              </>
            )}
            <a
              href="#"
              onClick={(e) => {
                e.preventDefault();
                props.onOpen(other, otherClause);
              }}
            >
              {titleOf(documents, other)}
            </a>{' '}
            <span className={`badge amendment-${link.status}`}>{link.status}</span>
          </div>
        );
      })}
    </div>
  );
}

/** The law's versions, newest first, with what each changed and the clauses it removed. */
export function VersionsDialog(props: { history: LawHistory; title: string; onClose: () => void }) {
  const versions = [...props.history.versions].reverse();
  return (
    <Dialog title={`Versions of ${props.title}`} onCancel={props.onClose} wide testId="versions-dialog">
      <ul className="versions">
        {versions.map((v) => {
          const c = v.counts;
          return (
            <li key={v.version} data-testid="version">
              <div>
                <b>Version {v.version}</b> · {v.file} · {v.importedAt.slice(0, 10)}{' '}
                <span className="muted">
                  {v.reason === 'import'
                    ? 'first import'
                    : v.reason === 'ocr'
                      ? 'read again with OCR'
                      : 'newer text'}
                </span>
              </div>
              {v.reason === 'import' ? (
                <div className="muted">{c.added} clauses</div>
              ) : (
                <div className="muted">
                  {c.unchanged} unchanged ({c.carried} decisions carried over) · {c.changed} changed ·{' '}
                  {c.added} new · {c.renumbered} renumbered · {c.removed} removed
                </div>
              )}
              {v.changes.length > 0 && v.reason !== 'import' && (
                <ul className="version-changes">
                  {v.changes.map((ch, i) => (
                    <li key={i}>
                      <span className={`badge version-${ch.change}`}>{CHANGE_LABELS[ch.change]}</span> s.{' '}
                      {ch.number ?? ch.previousNumber} {ch.heading ?? ch.previousHeading}
                      {ch.change === 'removed' && ch.previousDecisions.length > 0 && (
                        <span className="muted">
                          {' '}
                          — had {ch.previousDecisions.map((d) => `${d.provisionId} ${d.status}`).join(', ')}
                        </span>
                      )}
                      {ch.change === 'removed' && ch.previousText && (
                        <details>
                          <summary>Text</summary>
                          <div className="previous-text">{ch.previousText}</div>
                        </details>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}

/**
 * Under an act's title in the Library: what it amends or is amended by, with Confirm and Dismiss (a
 * confirmed link can still be dismissed, which gives the amended law back its status and date).
 */
export function AmendmentLinks(props: {
  doc: DocumentRecord;
  links: Amendment[];
  documents: DocumentRecord[];
  onChanged: () => void;
  onError: (message: string) => void;
}) {
  const { doc, documents } = props;
  const linking = useMay()('reviewAmendment');
  const mine = props.links.filter(
    (a) => a.amendingDocumentId === doc.id || (a.amendedDocumentId === doc.id && a.status !== 'dismissed'),
  );
  if (mine.length === 0) return null;
  const decide = async (a: Amendment, decision: 'confirm' | 'dismiss') => {
    try {
      await api.reviewAmendment({
        amendingDocumentId: a.amendingDocumentId,
        amendedDocumentId: a.amendedDocumentId,
        decision,
      });
      props.onChanged();
    } catch (e) {
      props.onError(errorMessage(e));
    }
  };
  return (
    <div className="amendment-links" data-testid="amendment-links">
      {mine.map((a) => {
        const amends = a.amendingDocumentId === doc.id;
        const sections = a.sections.map((s) => `s. ${s.amendedNumber}`);
        return (
          <div key={`${a.amendingDocumentId}-${a.amendedDocumentId}`} className="row" data-status={a.status}>
            <span>
              {amends ? 'Amends' : 'Amended by'}{' '}
              <b>{titleOf(documents, amends ? a.amendedDocumentId : a.amendingDocumentId)}</b>
              {sections.length > 0 && <span className="muted"> ({[...new Set(sections)].join(', ')})</span>}
            </span>
            <span className={`badge amendment-${a.status}`} title={a.evidence}>
              {a.status}
            </span>
            {amends && a.status !== 'confirmed' && (
              <button disabled={!linking.ok} title={linking.why} onClick={() => void decide(a, 'confirm')}>
                Confirm
              </button>
            )}
            {amends && a.status !== 'dismissed' && (
              <button disabled={!linking.ok} title={linking.why} onClick={() => void decide(a, 'dismiss')}>
                Dismiss
              </button>
            )}
          </div>
        );
      })}
    </div>
  );
}
