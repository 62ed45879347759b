// Choosing the clauses a rating cites: every clause of the laws that apply in the cell's column,
// searched by number ("2", "s. 2") or by words of its heading and text, ticked to cite.
import { useMemo, useState } from 'react';
import { citeClauseOf } from '../../shared/coverage/cite-clause';
import { findClauses } from '../../shared/coverage/find-clauses';
import type { CitedClauseNow, Clause, DocumentRecord } from '../../shared/model';
import { api } from '../api-client';
import { Dialog } from './Dialog';
import { useAsync } from './use-async';

/** A clause as the panel shows it once chosen (one the rating cites: with what became of it since). */
export interface ChosenClause {
  clauseId: string;
  documentId: string;
  citation: string;
  clauseNumber?: string;
  now?: CitedClauseNow;
}

interface PickerClause extends Clause {
  citation: string;
}

/** How many found clauses the list shows: a search narrows the rest. */
const SHOWN = 60;

const excerpt = (text: string) => (text.length > 220 ? `${text.slice(0, 220)}…` : text);

export function ClausePicker(props: {
  laws: readonly DocumentRecord[];
  chosen: readonly ChosenClause[];
  onDone: (chosen: ChosenClause[]) => void;
  onCancel: () => void;
}) {
  const { laws } = props;
  const [query, setQuery] = useState('');
  const [law, setLaw] = useState('');
  const [ticked, setTicked] = useState<ChosenClause[]>([...props.chosen]);
  const clauses = useAsync(
    async () =>
      (
        await Promise.all(
          laws.map(async (d) =>
            (await api.listClauses({ documentId: d.id })).map(
              (c): PickerClause => ({ ...c, citation: citeClauseOf(d, c) }),
            ),
          ),
        )
      ).flat(),
    [laws.map((d) => d.id).join(' ')],
  );
  const found = useMemo(
    () =>
      findClauses(
        (clauses.data ?? []).filter((c) => !law || c.documentId === law),
        query,
      ),
    [clauses.data, law, query],
  );
  const isTicked = (id: string) => ticked.some((t) => t.clauseId === id);
  const toggle = (c: PickerClause) =>
    setTicked((t) =>
      isTicked(c.id)
        ? t.filter((x) => x.clauseId !== c.id)
        : [...t, { clauseId: c.id, documentId: c.documentId, citation: c.citation }],
    );

  return (
    <Dialog
      title="Cite clauses for this rating"
      wide
      testId="clause-picker"
      confirmLabel={
        ticked.length ? `Cite ${ticked.length} clause${ticked.length > 1 ? 's' : ''}` : 'Cite none'
      }
      onConfirm={() => props.onDone(ticked)}
      onCancel={props.onCancel}
      error={clauses.error}
    >
      <div className="keys">
        <span>Search</span>
        <input
          aria-label="Search clauses"
          placeholder="Section number (2, s. 10A) or words of the clause"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            // Enter cites the first clause found rather than closing the dialog.
            if (e.key !== 'Enter') return;
            e.preventDefault();
            if (found[0] && !isTicked(found[0].id)) toggle(found[0]);
          }}
        />
        <span>Law</span>
        <select aria-label="Law" value={law} onChange={(e) => setLaw(e.target.value)}>
          <option value="">Every law ({laws.length})</option>
          {laws.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </div>
      {ticked.length > 0 && (
        <p className="small" data-testid="picker-chosen">
          <b>Cited:</b> {ticked.map((t) => t.citation).join('; ')}
        </p>
      )}
      <div className="clause-picker-list" data-testid="picker-results">
        {!clauses.data && !clauses.error && <p className="muted">Reading the clauses…</p>}
        {clauses.data && found.length === 0 && (
          <p className="muted">No clause {query.trim() ? `matches “${query.trim()}”` : 'in these laws'}.</p>
        )}
        {found.slice(0, SHOWN).map((c) => (
          <label key={c.id} className="picker-clause" data-clause={c.id}>
            <input type="checkbox" checked={isTicked(c.id)} onChange={() => toggle(c)} />
            <span>
              <b>{c.citation}</b>
              {c.heading && <span> — {c.heading}</span>}
              <span className="muted small"> p. {c.pageStart}</span>
              <span className="picker-text">{excerpt(c.text)}</span>
            </span>
          </label>
        ))}
        {found.length > SHOWN && (
          <p className="muted small">and {found.length - SHOWN} more: narrow the search.</p>
        )}
      </div>
    </Dialog>
  );
}
