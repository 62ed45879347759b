// What the import found wrong with a law (sections not found, numbers OCR misread, a poor text layer,
// no sections at all), under its title in the Library, with the remedy at hand: read it again with OCR.
import type { DocumentRecord } from '../../shared/model';

export function documentWarnings(doc: DocumentRecord): string[] {
  return [...(doc.textQualityWarning ? [doc.textQualityWarning] : []), ...(doc.numberingWarnings ?? [])];
}

/** Without `onReread` (a review package, whose laws stay as sent) the warnings show without the remedy. */
export function DocumentWarnings(props: { doc: DocumentRecord; busy: boolean; onReread?: () => void }) {
  const warnings = documentWarnings(props.doc);
  if (warnings.length === 0) return null;
  const more = warnings.length > 1 ? ` (+${warnings.length - 1} more)` : '';
  // The first warning's gist; the list below has every warning whole.
  const gist = warnings[0].replace(/^[^:]*\.pdf: /, '').split(/;\s/)[0];
  return (
    <div className="doc-warnings" data-testid="doc-warnings">
      <details>
        <summary className="warn">
          ⚠ {gist}
          {more}
        </summary>
        <ul>
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </details>
      {props.onReread && (
        <button
          onClick={props.onReread}
          disabled={props.busy}
          title="Read every page again with OCR; clauses whose number and text stay the same keep their reviews"
        >
          Re-read with OCR
        </button>
      )}
    </div>
  );
}
