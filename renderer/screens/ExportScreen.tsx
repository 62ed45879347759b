import { useState } from 'react';
import { AsOfDate, SplitSubdivisions } from '../components/CoverageOptions';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/formats';
import { REPORT_FORMATS, type ReportFormat } from '../../shared/report/report-formats';
import { api, ApiCallError } from '../api-client';
import { printHtml } from '../components/print-html';
import { downloadBase64 } from '../components/download';
import { useAsync } from '../components/use-async';
import { errorMessage } from '../error-message';

const savedText = (file: { fileName: string; bytes: number }) =>
  `Saved ${file.fileName} (${(file.bytes / 1024).toFixed(0)} KB)`;

export function ExportScreen() {
  const catalog = useAsync(() => api.listStandards({}), []);
  const countries = useAsync(() => api.listCountries({}), []);
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [frameworks, setFrameworks] = useState<Set<string>>(new Set(['CRC']));
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [asOf, setAsOf] = useState('');
  const [split, setSplit] = useState(false);
  // Each action's result is shown beside the button that started it.
  const [message, setMessage] = useState<{ by: 'matrix' | 'report'; text: string }>();
  const [busy, setBusy] = useState(false);

  const chosen = (countries.data ?? []).map((c) => c.code).filter((c) => !excluded.has(c));
  // Every country unticked: an export of none, not of all (an empty list would mean every country).
  const noCountry = chosen.length === 0 && excluded.size > 0;
  const toggle = (set: Set<string>, value: string) =>
    new Set(set.has(value) ? [...set].filter((x) => x !== value) : [...set, value]);

  const run = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      const result = await api.exportMatrix({
        format,
        frameworks: [...frameworks],
        ...(chosen.length ? { countries: chosen } : {}),
        ...(split && chosen.length ? { split: chosen } : {}),
        ...(asOf ? { asOf } : {}),
      });
      downloadBase64(result.fileName, result.dataBase64 ?? '', result.mime);
      // A CSV export is several tables, a file each, as the command line writes them.
      for (const extra of result.extraFiles ?? [])
        downloadBase64(extra.fileName, extra.dataBase64, extra.mime);
      const more = result.extraFiles?.map((f) => f.fileName) ?? [];
      setMessage({
        by: 'matrix',
        text: more.length ? `${savedText(result)}, with ${more.join(', ')}` : savedText(result),
      });
    } catch (e) {
      setMessage({ by: 'matrix', text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  // The country report of the countries and instruments ticked; a PDF where the desktop window
  // prints one, else the browser's print dialog on the printable page.
  const report = async (format: ReportFormat) => {
    setBusy(true);
    setMessage(undefined);
    const args = { countries: chosen, frameworks: [...frameworks] };
    try {
      try {
        const result = await api.exportReport({ ...args, format });
        downloadBase64(result.fileName, result.dataBase64 ?? '', result.mime);
        setMessage({ by: 'report', text: savedText(result) });
      } catch (e) {
        if (!(format === 'pdf' && e instanceof ApiCallError && e.code === 'unavailable')) throw e;
        const page = await api.exportReport({ ...args, format: 'html' });
        printHtml(
          new TextDecoder().decode(Uint8Array.from(atob(page.dataBase64 ?? ''), (c) => c.charCodeAt(0))),
        );
        setMessage({ by: 'report', text: 'Opened the print dialog: choose “Save as PDF”.' });
      }
    } catch (e) {
      setMessage({ by: 'report', text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="toolbar">
        <h1>Export</h1>
      </div>
      <div className="content">
        <div className="card" style={{ maxWidth: 980 }}>
          <h2>Format</h2>
          {EXPORT_FORMATS.map((f) => (
            <label key={f.id} className="row" style={{ marginBottom: 4 }}>
              <input
                type="radio"
                name="format"
                value={f.id}
                checked={format === f.id}
                onChange={() => setFormat(f.id)}
              />
              <b>{f.label}</b> <span className="muted">{f.note}</span>
            </label>
          ))}
          <h2 style={{ marginTop: 12 }}>Instruments</h2>
          <div className="checks">
            {(catalog.data?.frameworks ?? []).map((f) => (
              <label key={f.id} className="row">
                <input
                  type="checkbox"
                  checked={frameworks.has(f.id)}
                  onChange={() => setFrameworks((s) => toggle(s, f.id))}
                />
                {f.shortName}
              </label>
            ))}
          </div>
          <h2 style={{ marginTop: 12 }}>Countries</h2>
          <div className="checks">
            {(countries.data ?? []).map((c) => (
              <label key={c.code} className="row">
                <input
                  type="checkbox"
                  checked={!excluded.has(c.code)}
                  onChange={() => setExcluded((s) => toggle(s, c.code))}
                />
                {c.code} · {c.name}
              </label>
            ))}
          </div>
          <div className="row" style={{ marginTop: 12 }}>
            <SplitSubdivisions checked={split} onChange={setSplit}>
              Split countries into their subdivisions
            </SplitSubdivisions>
            <AsOfDate value={asOf} onChange={setAsOf}>
              Coverage as of
            </AsOfDate>
            <span className="muted">{asOf ? '' : '(today)'}</span>
          </div>
          <div className="row" style={{ marginTop: 14 }}>
            <button
              className="primary"
              disabled={busy || frameworks.size === 0 || noCountry}
              onClick={() => void run()}
            >
              {busy ? 'Exporting…' : 'Export matrix'}
            </button>
            {(frameworks.size === 0 || noCountry) && (
              <span className="muted">Tick at least one instrument and one country.</span>
            )}
            <span className="muted" role="status">
              {message?.by === 'matrix' && message.text}
            </span>
          </div>
          <h2 style={{ marginTop: 16 }}>Report</h2>
          <p className="muted">
            The country report of the countries and instruments ticked: method, summary, matrix, findings with
            quotes, gaps with their recommendations, annexes.
          </p>
          <div className="row">
            {REPORT_FORMATS.map((f) => (
              <button
                key={f.id}
                title={f.note}
                disabled={busy || frameworks.size === 0 || noCountry}
                onClick={() => void report(f.id)}
              >
                {f.label}
              </button>
            ))}
            <span className="muted" role="status">
              {message?.by === 'report' && message.text}
            </span>
          </div>
        </div>
      </div>
    </>
  );
}
