// Edit a law: title, year, status with the dates it took effect, and where it applies (national, with
// the subdivisions it does not extend to, or one subdivision); or delete it with its reviews.
import { useRef, useState } from 'react';
import { SUBDIVISIONS } from '../../shared/jurisdictions/subdivisions';
import { LAW_DATE_FIELDS, type LawDateField } from '../../shared/lifecycle/law-dates';
import { DATE_HINT, readDate } from '../../shared/lifecycle/read-date';
import {
  DOCUMENT_STATUSES,
  DOCUMENT_STATUS_LABELS,
  type DocumentRecord,
  type DocumentStatus,
} from '../../shared/model';
import { api } from '../api-client';
import { askConfirm } from './ask';
import { DateField, dateProblem } from './DateField';
import { Dialog } from './Dialog';
import { errorMessage } from '../error-message';
import { useMay } from '../permissions';

const DATE_LABELS: Readonly<Record<LawDateField, string>> = {
  enactedOn: 'Enacted',
  inForceFrom: 'In force from',
  amendedOn: 'Amended on',
  repealedOn: 'Repealed on',
};

export function EditDocument({ doc, onClose }: { doc: DocumentRecord; onClose: () => void }) {
  const [title, setTitle] = useState(doc.title);
  const deleting = useMay()('deleteDocument');
  const [year, setYear] = useState(doc.year?.toString() ?? '');
  const [status, setStatus] = useState<DocumentStatus>(doc.status);
  const [jurisdiction, setJurisdiction] = useState(doc.jurisdiction ?? '');
  const [notIn, setNotIn] = useState(doc.excludedSubdivisions.join(', '));
  const [dates, setDates] = useState<Record<LawDateField, string>>({
    enactedOn: doc.enactedOn ?? '',
    inForceFrom: doc.inForceFrom ?? '',
    amendedOn: doc.amendedOn ?? '',
    repealedOn: doc.repealedOn ?? '',
  });
  const [error, setError] = useState('');
  /** While the delete question is open it stands alone: the form comes back as it was if the answer is no. */
  const [asking, setAsking] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const subdivisions = Object.entries(SUBDIVISIONS[doc.country] ?? {});
  const setDate = (field: LawDateField, value: string) => {
    setDates((d) => ({ ...d, [field]: value }));
    // A repeal (or amendment) date is the status's date: the status follows it.
    if (field === 'repealedOn' && readDate(value)) setStatus('repealed');
    if (field === 'amendedOn' && readDate(value) && status !== 'repealed') setStatus('amended');
  };
  const save = async () => {
    // Said in plain words before anything is sent: an empty title, or a year that is not one (which
    // would otherwise be sent as no year at all, clearing it).
    if (!title.trim()) return setError('Type the law’s title: nothing was saved.');
    if (year.trim() && !/^\d{4}$/.test(year.trim()))
      return setError(`“${year.trim()}” is not a year: type four digits, e.g. 1929. Nothing was saved.`);
    const unread = LAW_DATE_FIELDS.find(
      (f) => (f !== 'repealedOn' || status === 'repealed') && dateProblem(dates[f]),
    );
    if (unread)
      return setError(
        `${DATE_LABELS[unread]}: “${dates[unread].trim()}” is not a date that reads one way only. ${DATE_HINT}. Nothing was saved.`,
      );
    // Each date as stored: YYYY-MM-DD, or none.
    const day = (f: LawDateField) => readDate(dates[f]);
    try {
      await api.updateDocument({
        documentId: doc.id,
        title: title.trim(),
        year: year.trim() ? Number(year.trim()) : null,
        status,
        jurisdiction: jurisdiction || null,
        excludedSubdivisions: jurisdiction
          ? []
          : notIn
              .split(/[\s,;]+/)
              .map((c) => c.trim())
              .filter(Boolean),
        enactedOn: day('enactedOn'),
        inForceFrom: day('inForceFrom'),
        amendedOn: day('amendedOn'),
        // Back in force: the repeal date goes with the status.
        repealedOn: status === 'repealed' ? day('repealedOn') : null,
        // The details shown: someone else's change since is reported, not overwritten.
        expectedVersion: doc.version,
      });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const remove = async () => {
    // Recommendations resting on the law stay, marked: the analyst is told which before deciding.
    const citing = await api.listRecommendations({ documentId: doc.id });
    const kept = citing.length
      ? ` ${citing.length} recommendation${citing.length > 1 ? 's cite' : ' cites'} it (${citing
          .map((r) => `“${r.text.length > 60 ? `${r.text.slice(0, 59)}…` : r.text}”`)
          .join('; ')}): ${citing.length > 1 ? 'they are' : 'it is'} kept, marked as citing a deleted law.`
      : '';
    setAsking(true);
    const sure = await askConfirm({
      title: 'Delete this law?',
      message: `Delete “${doc.title}” with its clauses and reviews? The audit log keeps a record.${kept}`,
      confirmLabel: 'Delete',
      danger: true,
    });
    setAsking(false);
    if (sure) {
      await api.deleteDocument({ documentId: doc.id });
      onClose();
    } else setTimeout(() => deleteButton.current?.focus());
  };
  // The in-app dialog: the title field has the focus, Esc cancels, Enter saves, Tab stays inside.
  return (
    <div hidden={asking}>
      <Dialog
        title="Edit law"
        testId="edit-law"
        onCancel={onClose}
        onConfirm={() => void save()}
        confirmLabel="Save"
        error={error}
        extra={
          <button
            ref={deleteButton}
            type="button"
            className="danger"
            disabled={!deleting.ok}
            title={deleting.why}
            onClick={() => void remove()}
          >
            Delete
          </button>
        }
      >
        <div className="keys">
          <span>Title</span>
          <input aria-label="Title" value={title} onChange={(e) => setTitle(e.target.value)} />
          <span>Year</span>
          <input aria-label="Year" value={year} onChange={(e) => setYear(e.target.value)} />
          <span>Applies in</span>
          <select
            aria-label="Applies in"
            value={jurisdiction}
            onChange={(e) => setJurisdiction(e.target.value)}
          >
            <option value="">National: all of {doc.country}</option>
            {subdivisions.map(([code, name]) => (
              <option key={code} value={code}>
                {name} ({code})
              </option>
            ))}
          </select>
          {!jurisdiction && (
            <>
              <span>Not in</span>
              <input
                aria-label="Not in subdivisions"
                value={notIn}
                placeholder={`subdivisions it does not extend to, e.g. ${subdivisions[0]?.[0] ?? 'PK-GB'}`}
                onChange={(e) => setNotIn(e.target.value)}
              />
            </>
          )}
          <span>Status</span>
          <select
            aria-label="Status"
            value={status}
            onChange={(e) => setStatus(e.target.value as DocumentStatus)}
          >
            {DOCUMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {DOCUMENT_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          {LAW_DATE_FIELDS.filter((f) => f !== 'repealedOn' || status === 'repealed').map((field) => (
            <Field key={field} label={DATE_LABELS[field]}>
              <DateField
                label={DATE_LABELS[field]}
                value={dates[field]}
                onChange={(text) => setDate(field, text)}
              />
            </Field>
          ))}
          <span>File</span>
          <span className="muted">{doc.file}</span>
        </div>
        <p className="muted" style={{ fontSize: 12 }}>
          A repealed law counts towards no cell; with its repeal date it still counts in a matrix shown as of
          an earlier date. A law counts from its commencement (else its enactment, else 1 January of its
          year).
        </p>
      </Dialog>
    </div>
  );
}

/** A label and its input, as the two cells of the dialog's grid. */
function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <span>{label}</span>
      {children}
    </>
  );
}
