// Library's review packages: the lead makes one for a reviewer and imports it when it comes back; the
// reviewer opens it here in place of their own project, works in Document and Review, and saves it
// to send back. Switching project reloads the page, which then reads everything from the new one.
import { useRef, useState } from 'react';
import type { CountryInfo, ProjectInfo } from '../../shared/api/contract';
import { api } from '../api-client';
import { Dialog } from './Dialog';
import { downloadBase64 } from './download';
import { fileToBase64 } from './run-job';
import { errorMessage } from '../error-message';
import { useMay } from '../permissions';

type Note = { text: string; error: boolean };

const day = (iso: string) => iso.slice(0, 10);
const message = (e: unknown) => errorMessage(e);

/** A hidden file input for `.lexgap` files, and a function that opens it. */
/**
 * A file picker for a review package. A file that cannot be one (not .lexgap, or empty) is said at
 * once, naming it, through `refuse`, with what was not done (`nothing`: "nothing was opened").
 */
function usePackagePicker(onFile: (file: File) => void, refuse: (text: string) => void, nothing: string) {
  const input = useRef<HTMLInputElement>(null);
  const chosen = (file: File) => {
    if (!/\.lexgap$/i.test(file.name))
      return refuse(
        `${file.name} is not a review package: choose a .lexgap file made with Make review package…; ${nothing}.`,
      );
    if (file.size === 0) return refuse(`${file.name} is empty (0 bytes): ${nothing}.`);
    onFile(file);
  };
  const element = (testId: string) => (
    <input
      ref={input}
      type="file"
      accept=".lexgap"
      hidden
      data-testid={testId}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) chosen(file);
      }}
    />
  );
  return { element, pick: () => input.current?.click() };
}

export function ReviewPackages(props: {
  project: ProjectInfo;
  countries: CountryInfo[];
  /** After an import: the library and the status bar read again. */
  onImported: () => void;
}) {
  const { project } = props;
  const [notes, setNotes] = useState<Note[]>([]);
  const [busy, setBusy] = useState(false);
  const [making, setMaking] = useState(false);
  const may = useMay();

  async function run(what: () => Promise<Note[] | undefined>) {
    setBusy(true);
    setNotes([]);
    try {
      const result = await what();
      if (result) setNotes(result);
    } catch (e) {
      setNotes([{ text: message(e), error: true }]);
    } finally {
      setBusy(false);
    }
  }

  const refuse = (text: string) => setNotes([{ text, error: true }]);
  const opener = usePackagePicker(
    (file) =>
      void run(async () => {
        await api.openPackage({ name: file.name, dataBase64: await fileToBase64(file) });
        window.location.reload();
        return undefined;
      }),
    refuse,
    'nothing was opened',
  );
  const returned = usePackagePicker(
    (file) =>
      void run(async () => {
        const result = await api.importPackage({ name: file.name, dataBase64: await fileToBase64(file) });
        props.onImported();
        return [{ text: result.summary, error: false }];
      }),
    refuse,
    'nothing was imported',
  );

  const pkg = project.package;
  const lines = notes.map((n, i) => (
    <div
      key={i}
      className={n.error ? 'error' : 'muted'}
      role={n.error ? 'alert' : 'status'}
      style={{ marginTop: 6 }}
    >
      {n.text}
    </div>
  ));

  if (pkg) {
    const decided = pkg.reviewers.reduce((n, r) => n + r.decisions, 0);
    return (
      <div className="card package-banner" data-testid="package-banner">
        <h2>Review package for {pkg.madeFor}</h2>
        <p>
          {pkg.country} · {pkg.documents} law{pkg.documents === 1 ? '' : 's'} · {pkg.suggestions} suggestions
          · made by {pkg.createdBy} on {day(pkg.createdAt)}
          {pkg.blind ? ' · blind: the lead’s decisions are not shown' : ''}
        </p>
        <p className="muted">
          Review in the Document and Review screens as usual; the laws, clauses and suggestions stay as sent.{' '}
          {decided} decision{decided === 1 ? '' : 's'} made here so far
          {pkg.reviewers.length
            ? `: ${pkg.reviewers.map((r) => `${r.name} ${r.decisions} (${day(r.first)} to ${day(r.last)})`).join(', ')}`
            : ''}
          .
        </p>
        <div className="row">
          <button
            className="primary"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const file = await api.getPackageFile({});
                downloadBase64(file.fileName, file.dataBase64);
                return [{ text: `Saved ${file.fileName}: send it back to ${pkg.createdBy}.`, error: false }];
              })
            }
          >
            Save returned review…
          </button>
          {pkg.canClose && (
            <button
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  await api.closePackage({});
                  window.location.reload();
                  return undefined;
                })
              }
            >
              Close package
            </button>
          )}
        </div>
        {lines}
      </div>
    );
  }

  return (
    <div className="card">
      <h2>Review packages</h2>
      <p className="muted">
        Send a country’s laws to a ministry or a second reviewer who works offline, and take their decisions
        back under their name.
      </p>
      <div className="row">
        <button
          disabled={busy || props.countries.length === 0 || !may('exportPackage').ok}
          title={may('exportPackage').why}
          onClick={() => setMaking(true)}
        >
          Make review package…
        </button>
        <button
          disabled={busy || !may('importPackage').ok}
          title={may('importPackage').why}
          onClick={returned.pick}
        >
          Import returned review…
        </button>
        <button
          disabled={busy || !may('openPackage').ok}
          title={may('openPackage').why}
          onClick={opener.pick}
        >
          Open package…
        </button>
        {opener.element('open-package-input')}
        {returned.element('import-package-input')}
      </div>
      {lines}
      {making && (
        <MakePackage
          countries={props.countries}
          onCancel={() => setMaking(false)}
          onDone={(note) => {
            setMaking(false);
            setNotes([note]);
          }}
        />
      )}
    </div>
  );
}

function MakePackage(props: {
  countries: CountryInfo[];
  onCancel: () => void;
  onDone: (note: Note) => void;
}) {
  const [country, setCountry] = useState(props.countries[0]?.code ?? '');
  const [madeFor, setMadeFor] = useState('');
  const [blind, setBlind] = useState(false);
  const [error, setError] = useState('');
  const make = async () => {
    if (!madeFor.trim()) return setError('Say who reviews it (e.g. Ministry of Human Rights).');
    try {
      const result = await api.exportPackage({ country, madeFor, blind });
      downloadBase64(result.fileName, result.dataBase64 ?? '');
      props.onDone({
        text: `Saved ${result.fileName} for ${result.madeFor}: ${result.documents} ${result.documents === 1 ? 'law' : 'laws'}, ${result.suggestions} suggestions, ${
          result.blind ? 'blind' : `${result.leadDecisions} of your decisions`
        }.`,
        error: false,
      });
    } catch (e) {
      setError(message(e));
    }
  };
  return (
    <Dialog
      title="Make a review package"
      error={error}
      confirmLabel="Make package"
      onConfirm={() => void make()}
      onCancel={props.onCancel}
    >
      <div className="keys">
        <span>Country</span>
        <select aria-label="Package country" value={country} onChange={(e) => setCountry(e.target.value)}>
          {props.countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} · {c.name} ({c.documents} laws)
            </option>
          ))}
        </select>
        <span>For</span>
        <input
          aria-label="Package for"
          placeholder="Ministry of Human Rights"
          value={madeFor}
          onChange={(e) => setMadeFor(e.target.value)}
        />
        <span>Blind</span>
        <label>
          <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} /> leave my
          decisions out, so the reviewer decides without seeing them
        </label>
      </div>
    </Dialog>
  );
}
