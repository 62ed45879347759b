import { useRef, useState } from 'react';
import type { ImportFile, JobStatus } from '../../shared/api/contract';
import { jurisdictionName } from '../../shared/jurisdictions/jurisdiction';
import { SUBDIVISIONS } from '../../shared/jurisdictions/subdivisions';
import { describeLife } from '../../shared/lifecycle/describe-law';
import { DOCUMENT_STATUS_LABELS, type DocumentRecord } from '../../shared/model';
import type { LexgapApi } from '../../shared/api/contract';
import { api, ApiCallError, background } from '../api-client';
import { DocumentWarnings } from '../components/DocumentWarnings';
import { EditDocument } from '../components/EditDocument';
import { AmendmentLinks } from '../components/LawHistory';
import { Dialog } from '../components/Dialog';
import { ProgressBar } from '../components/ProgressBar';
import { ReviewPackages } from '../components/ReviewPackages';
import { JobsSection } from '../components/JobsSection';
import { fileToBase64, followJob } from '../components/run-job';
import { useAsync } from '../components/use-async';
import { useNav } from '../navigation';
import { errorMessage, standaloneMessage } from '../error-message';
import { useMay } from '../permissions';

/** A text whose dates (1929-10-01) each stay on one line: a narrow column breaks between words only. */
function WholeDates({ text }: { text: string }) {
  return text.split(/(\d{4}-\d{2}-\d{2})/).map((part, i) =>
    i % 2 ? (
      <span key={i} className="date">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

/** A line under the import area: what happened to a file, or why it did not. */
type Note = { text: string; error: boolean };

/** A law's status in the words of the Edit dialog ("Unknown", "In force"), with its dates. */
function lifeLabel(d: DocumentRecord): string {
  const life = describeLife(d).replace(/^status unknown/, DOCUMENT_STATUS_LABELS.unknown);
  return life.charAt(0).toUpperCase() + life.slice(1);
}

export function LibraryScreen() {
  const { navigate, refreshStatus } = useNav();
  const may = useMay();
  const docs = useAsync((client) => client.listDocuments({}), []);
  const project = useAsync(() => api.getProject({}), []);
  // Read again with the laws (by the same client): a package can be made for a country as soon as
  // its first law is in.
  const countries = useAsync(() => docs.by.listCountries({}), [docs.data]);
  // A review package keeps its laws as sent: nothing to import or re-tag there.
  const inPackage = project.data?.package != null;
  const links = useAsync(() => docs.by.listAmendments({}), [docs.data]);
  const [country, setCountry] = useState('');
  const [jurisdiction, setJurisdiction] = useState('');
  const [title, setTitle] = useState('');
  const [year, setYear] = useState('');
  const [job, setJob] = useState<JobStatus>();
  const [messages, setMessages] = useState<Note[]>([]);
  /** Encrypted files waiting for their passwords, asked for one at a time. */
  const [passwordsWanted, setPasswordsWanted] = useState<{ id: number; file: ImportFile; reason: string }[]>(
    [],
  );
  const asked = useRef(0);
  const passwordFor = passwordsWanted[0];
  const [over, setOver] = useState(false);
  const [selected, setSelected] = useState<DocumentRecord>();
  const [tagJob, setTagJob] = useState<JobStatus>();
  /** "Lost contact with the job, still trying…" while a running job's status cannot be read. */
  const [lostJob, setLostJob] = useState<string>();
  /** The jobs this screen started: the Jobs section reads its list again on each, and leaves their
   *  ends to this screen. */
  const [started, setStarted] = useState<readonly string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const pending = useRef(new Map<string, ImportFile>());
  /** Files chosen before a country code was entered: imported once it is, not dropped. */
  const [held, setHeld] = useState<{ files: ImportFile[]; refused: Note[] }>();
  const countryInput = useRef<HTMLInputElement>(null);
  const countryOk = /^[A-Za-z]{2}$/.test(country);

  /** `refused`: the files chosen beside them that are not PDFs, said with the import's own lines. */
  async function runImport(files: ImportFile[], refused: Note[] = []) {
    const chosen =
      files.length === 1 ? `${files[0].name ?? 'The file'} waits` : `The ${files.length} files wait`;
    if (!countryOk) {
      setHeld({ files, refused });
      setMessages([
        ...refused,
        { text: `Enter the two-letter country code (e.g. MY), then Import: ${chosen} for it.`, error: true },
      ]);
      countryInput.current?.focus();
      return;
    }
    // A year is used for a single file only; one that is not four digits was sent as no year at all
    // and refused by the API's check ("startImport: year: null is not a number"): said here instead.
    const yearText = year.trim();
    if (files.length === 1 && yearText && !/^\d{4}$/.test(yearText)) {
      setHeld({ files, refused });
      setMessages([
        ...refused,
        {
          text: `“${yearText}” is not a year: type four digits (e.g. 1999) or leave Year empty, then Import: ${files[0].name ?? 'the file'} waits for it.`,
          error: true,
        },
      ]);
      return;
    }
    setHeld(undefined);
    await followDocumentJob(
      () =>
        api
          .startImport({
            files,
            country,
            ...(jurisdiction ? { jurisdiction } : {}),
            ...(title && files.length === 1 ? { title } : {}),
            ...(yearText && files.length === 1 ? { year: Number(yearText) } : {}),
          })
          .catch((e: unknown) => {
            // Two letters, but no country ("XX"): the files stay chosen, and are named, for the right code.
            if (!(e instanceof ApiCallError && e.code === 'unknown_country')) throw e;
            setHeld({ files, refused });
            countryInput.current?.focus();
            throw new Error(`${standaloneMessage(e)}: correct it, then Import: ${chosen} for it.`);
          }),
      (final) => {
        const result = final.importResult;
        const notes: Note[] = [];
        for (const d of result?.documents ?? []) {
          notes.push({
            text: d.version?.message ?? `Imported ${d.file}: “${d.title}”, ${d.clauses} clauses`,
            error: false,
          });
          if (d.textQualityWarning) notes.push({ text: d.textQualityWarning, error: true });
          for (const w of d.numberingWarnings ?? []) notes.push({ text: `${d.file}: ${w}`, error: true });
        }
        for (const s of result?.skipped ?? []) notes.push({ text: s.message, error: false });
        for (const f of result?.failed ?? []) {
          const file = pending.current.get(f.file);
          if ((f.code === 'needs_password' || f.code === 'wrong_password') && file) {
            const id = ++asked.current;
            setPasswordsWanted((wanted) => [...wanted, { id, file, reason: f.message }]);
          } else {
            notes.push({ text: f.message, error: true });
          }
        }
        return notes;
      },
      refused,
    );
  }

  async function reread(doc: DocumentRecord) {
    await followDocumentJob(
      () => api.startReread({ documentId: doc.id }),
      (final) => {
        const notes: Note[] = [];
        for (const d of final.importResult?.documents ?? []) {
          notes.push({ text: d.reread?.message ?? `Re-read ${d.file}`, error: false });
          for (const w of d.numberingWarnings ?? []) notes.push({ text: `${d.file}: ${w}`, error: true });
        }
        return notes;
      },
    );
  }

  /** Follows an import or re-read job to its end, shows its notes and error, then refreshes the library. */
  async function followDocumentJob(
    start: () => Promise<{ jobId: string }>,
    notesOf: (final: JobStatus) => Note[],
    before: Note[] = [],
  ) {
    try {
      const { jobId } = await start();
      setStarted((ids) => [...ids, jobId]);
      // Each law is in the library once its file is done: listed and counted while the others are read.
      let stored = 0;
      const final = await followJob(
        jobId,
        (status) => {
          setJob(status);
          const done = status.progress.filter((p) => p.stage === 'done').length;
          if (status.state === 'running' && done > stored) refresh();
          stored = Math.max(stored, done);
        },
        setLostJob,
      );
      const notes = notesOf(final);
      if (final.error) notes.push({ text: final.error.message, error: true });
      setMessages([...before, ...notes]);
    } catch (e) {
      setMessages([...before, { text: errorMessage(e), error: true }]);
    }
    refresh();
  }

  /**
   * Reads the laws and the counts beside the screens again, after a job or an edit changed them;
   * `background` when a job started elsewhere ended (the window reads again by itself).
   */
  function refresh(client: LexgapApi = api) {
    docs.reload(client);
    void refreshStatus(client);
  }

  async function addFiles(list: FileList | File[]) {
    const files: ImportFile[] = [];
    // Every file that is not a PDF is named, and stays named beside what the import says of the others.
    const refused: Note[] = [];
    for (const f of Array.from(list)) {
      if (!/\.pdf$/i.test(f.name)) {
        refused.push({ text: `${f.name} was not imported: it is not a PDF (.pdf)`, error: true });
        continue;
      }
      const file = { name: f.name, dataBase64: await fileToBase64(f) };
      pending.current.set(f.name, file);
      files.push(file);
    }
    setMessages(refused);
    if (files.length) await runImport(files, refused);
  }

  async function runSuggestions() {
    try {
      const { jobId } = await api.startTagging({});
      setStarted((ids) => [...ids, jobId]);
      const final = await followJob(jobId, setTagJob, setLostJob);
      if (final.tagResult) {
        setMessages([
          {
            text: `Suggestions ready: ${final.tagResult.suggestions} new for ${final.tagResult.clauses} clauses (${final.tagResult.kept} reviewed kept)`,
            error: false,
          },
        ]);
      }
      // A cancelled tagging stores nothing (one transaction): a note, not an error.
      if (final.state === 'cancelled')
        setMessages([
          { text: 'Suggestions cancelled: every law keeps the suggestions it had.', error: false },
        ]);
      else if (final.error) setMessages([{ text: final.error.message, error: true }]);
    } catch (e) {
      setTagJob(undefined);
      setMessages([{ text: standaloneMessage(e), error: true }]);
    }
  }

  const byCountry = new Map<string, DocumentRecord[]>();
  for (const d of docs.data ?? []) byCountry.set(d.country, [...(byCountry.get(d.country) ?? []), d]);

  return (
    <>
      <div className="toolbar">
        <h1>Library</h1>
        <span className="spacer" />
        {!inPackage && (
          <button
            onClick={() => void runSuggestions()}
            disabled={!docs.data?.length || tagJob?.state === 'running' || !may('startTagging').ok}
            title={may('startTagging').why}
          >
            Run suggestions
          </button>
        )}
        {tagJob?.state === 'running' && (
          <>
            <div style={{ width: 120 }}>
              <ProgressBar fraction={tagJob.progress[0]?.fraction ?? 0} />
            </div>
            <button onClick={() => void api.cancelJob({ jobId: tagJob.id })}>Cancel</button>
          </>
        )}
      </div>
      <div className="content">
        <div className="card" hidden={inPackage}>
          <h2>Import laws</h2>
          <div className="row" style={{ marginBottom: 8 }}>
            <label>
              Country{' '}
              <input
                ref={countryInput}
                aria-label="Country code"
                value={country}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && held && countryOk) void runImport(held.files, held.refused);
                }}
                maxLength={2}
                size={3}
                placeholder="MY"
                onChange={(e) => setCountry(e.target.value.toUpperCase())}
              />
            </label>
            <label title="The ISO 3166-2 subdivision the laws were made for; empty for national laws">
              Applies in{' '}
              <input
                aria-label="Jurisdiction"
                value={jurisdiction}
                list="subdivisions"
                size={9}
                placeholder="national"
                onChange={(e) => setJurisdiction(e.target.value.toUpperCase())}
              />
              <datalist id="subdivisions">
                {Object.entries(SUBDIVISIONS[country] ?? {}).map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </datalist>
            </label>
            <label>
              Title{' '}
              <input
                aria-label="Title"
                value={title}
                placeholder="(from the law)"
                onChange={(e) => setTitle(e.target.value)}
                size={34}
              />
            </label>
            <label>
              Year{' '}
              <input
                aria-label="Year"
                value={year}
                placeholder="yyyy"
                onChange={(e) => setYear(e.target.value)}
                size={5}
              />
            </label>
            <button
              className="primary"
              style={{ whiteSpace: 'nowrap' }}
              onClick={() => input.current?.click()}
              disabled={!may('startImport').ok}
              title={may('startImport').why}
            >
              Choose PDFs…
            </button>
            {held && (
              <button
                style={{ whiteSpace: 'nowrap' }}
                onClick={() => void runImport(held.files, held.refused)}
                disabled={!countryOk}
                title={countryOk ? undefined : 'Enter the country code first'}
              >
                Import {held.files.length === 1 ? 'the chosen file' : `${held.files.length} chosen files`}
              </button>
            )}
            <input
              ref={input}
              type="file"
              accept="application/pdf,.pdf"
              multiple
              hidden
              data-testid="import-input"
              onChange={(e) => {
                if (e.target.files) void addFiles(e.target.files);
                e.target.value = '';
              }}
            />
          </div>
          <div
            className={`dropzone${over ? ' over' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(true);
            }}
            onDragLeave={() => setOver(false)}
            onDrop={(e) => {
              e.preventDefault();
              setOver(false);
              void addFiles(e.dataTransfer.files);
            }}
          >
            Drop PDF files here — each law is imported on its own; a failed file changes nothing.
          </div>
          {job && (
            <table className="grid" style={{ marginTop: 10 }} data-testid="import-progress">
              <tbody>
                {job.progress.map((p) => (
                  <tr key={p.file}>
                    <td style={{ width: '40%' }}>{p.file}</td>
                    <td style={{ width: 140 }}>
                      <ProgressBar
                        fraction={p.fraction}
                        ended={p.stage === 'failed' || p.stage === 'cancelled' ? p.stage : undefined}
                      />
                    </td>
                    <td className={p.stage === 'failed' ? 'error' : 'muted'}>{p.message ?? p.stage}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {job?.state === 'running' && (
            <button style={{ marginTop: 6 }} onClick={() => void api.cancelJob({ jobId: job.id })}>
              Cancel import
            </button>
          )}
          {lostJob && (
            <div className="error" role="status" data-testid="job-contact" style={{ marginTop: 6 }}>
              {lostJob}
            </div>
          )}
          {messages.map((m, i) => (
            <div
              key={i}
              className={m.error ? 'error' : 'muted'}
              role={m.error ? 'alert' : 'status'}
              style={{ marginTop: 6 }}
            >
              {m.text}
            </div>
          ))}
        </div>

        {/* A job started elsewhere (a colleague, another window) refreshes the library as it ends. */}
        <JobsSection started={started} onEnded={() => refresh(background)} />
        {project.data && (
          <ReviewPackages
            project={project.data}
            countries={countries.data ?? []}
            onImported={() => refresh()}
          />
        )}
        {docs.error && <div className="error">{docs.error}</div>}
        {[...byCountry].map(([code, list]) => (
          <div className="card" key={code}>
            <h2>
              {code} · {list.length} law{list.length === 1 ? '' : 's'}
            </h2>
            <table className="grid docs">
              {/* The title's share is fixed and the file name takes what is left; in a narrow window
                  (1,100 px) the file name moves under the title instead of shrinking to a letter. */}
              <colgroup>
                <col style={{ width: '30%' }} />
                <col style={{ width: 64 }} />
                <col style={{ width: 110 }} />
                <col style={{ width: 130 }} />
                <col style={{ width: 64 }} />
                <col style={{ width: 72 }} />
                <col className="file" />
                <col style={{ width: 132 }} />
              </colgroup>
              <thead>
                <tr>
                  <th>Title</th>
                  <th>Year</th>
                  <th>Applies in</th>
                  <th>Status</th>
                  <th className="num">Pages</th>
                  <th className="num">Clauses</th>
                  <th className="file">File</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {list.map((d) => (
                  <tr
                    key={d.id}
                    data-document={d.id}
                    className="clickable"
                    onDoubleClick={() => navigate({ screen: 'document', documentId: d.id })}
                  >
                    <td>
                      {d.title}{' '}
                      {d.ocrPages.length > 0 && <span className="badge ocr">OCR {d.ocrPages.length}p</span>}
                      <div className="muted small file-under-title">{d.file}</div>
                      <DocumentWarnings
                        doc={d}
                        busy={job?.state === 'running'}
                        onReread={inPackage ? undefined : () => void reread(d)}
                      />
                      <AmendmentLinks
                        doc={d}
                        links={links.data ?? []}
                        documents={docs.data ?? []}
                        // A confirmed link makes the amended law read as amended: its status and dates reload too.
                        onChanged={docs.reload}
                        onError={(text) => setMessages([{ text, error: true }])}
                      />
                    </td>
                    <td>{d.year ?? ''}</td>
                    <td title={d.jurisdiction ?? undefined}>
                      {d.jurisdiction ? jurisdictionName(d.jurisdiction) : 'National'}
                      {d.excludedSubdivisions.length > 0 && (
                        <div className="muted">not in {d.excludedSubdivisions.join(', ')}</div>
                      )}
                    </td>
                    <td className={d.status === 'repealed' ? 'muted' : undefined}>
                      <WholeDates text={lifeLabel(d)} />
                    </td>
                    <td className="num">{d.pages}</td>
                    <td className="num">{d.clauses}</td>
                    <td className="muted file" title={d.file}>
                      {d.file}
                    </td>
                    <td className="actions">
                      <button onClick={() => navigate({ screen: 'document', documentId: d.id })}>Open</button>
                      {!inPackage && (
                        <button
                          onClick={() => setSelected(d)}
                          disabled={!may('updateDocument').ok}
                          title={may('updateDocument').why}
                        >
                          Edit
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
        {docs.data?.length === 0 && <div className="muted">No laws yet: choose or drop PDFs above.</div>}
      </div>

      {selected && (
        <EditDocument
          doc={selected}
          onClose={() => {
            setSelected(undefined);
            refresh();
          }}
        />
      )}
      {passwordFor && (
        <PasswordPrompt
          key={passwordFor.id}
          file={passwordFor.file}
          reason={passwordFor.reason}
          onCancel={() => {
            const name = passwordFor.file.name ?? passwordFor.file.path ?? 'The file';
            setPasswordsWanted((wanted) => wanted.slice(1));
            // Said, so that a skipped file is not taken for one still being imported.
            setMessages((m) => [...m, { text: `${name} was not imported: no password given`, error: true }]);
          }}
          onSubmit={(password) => {
            setPasswordsWanted((wanted) => wanted.slice(1));
            void runImport([{ ...passwordFor.file, password }]);
          }}
        />
      )}
    </>
  );
}

function PasswordPrompt(props: {
  file: ImportFile;
  reason: string;
  onSubmit: (pw: string) => void;
  onCancel: () => void;
}) {
  const [password, setPassword] = useState('');
  return (
    <Dialog
      title="Password needed"
      confirmLabel="Import"
      cancelLabel="Skip file"
      onConfirm={() => props.onSubmit(password)}
      onCancel={props.onCancel}
    >
      <p>{props.reason}</p>
      <input
        type="password"
        aria-label="PDF password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        style={{ width: '100%' }}
      />
    </Dialog>
  );
}
