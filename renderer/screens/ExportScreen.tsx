import { useState } from 'react';
import { AsOfDate, SplitSubdivisions } from '../components/CoverageOptions';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/formats';
import { api } from '../api-client';
import { downloadBase64 } from '../components/download';
import { useAsync } from '../components/use-async';

export function ExportScreen() {
  const catalog = useAsync(() => api.listStandards({}), []);
  const countries = useAsync(() => api.listCountries({}), []);
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [frameworks, setFrameworks] = useState<Set<string>>(new Set(['CRC']));
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [asOf, setAsOf] = useState('');
  const [split, setSplit] = useState(false);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const toggle = (set: Set<string>, value: string) =>
    new Set(set.has(value) ? [...set].filter((x) => x !== value) : [...set, value]);

  const run = async () => {
    setBusy(true);
    setMessage('');
    try {
      const chosen = (countries.data ?? []).map((c) => c.code).filter((c) => !excluded.has(c));
      const result = await api.exportMatrix({
        format,
        frameworks: [...frameworks],
        ...(chosen.length ? { countries: chosen } : {}),
        ...(split && chosen.length ? { split: chosen } : {}),
        ...(asOf ? { asOf } : {}),
      });
      downloadBase64(result.fileName, result.dataBase64 ?? '', result.mime);
      setMessage(`Saved ${result.fileName} (${(result.bytes / 1024).toFixed(0)} KB)`);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
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
            <button className="primary" disabled={busy || frameworks.size === 0} onClick={() => void run()}>
              {busy ? 'Exporting…' : 'Export matrix'}
            </button>
            <span className="muted" role="status">
              {message}
            </span>
          </div>
        </div>
      </div>
    </>
  );
}
