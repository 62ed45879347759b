// Correcting segmentation from the Document screen: the clause text remembers where the analyst
// clicked (the split point), and three actions — Split here, Merge with next, Edit number/heading —
// each confirm in an in-app dialog and call the API, which keeps reviews with their text.
import { type ReactNode, type SyntheticEvent, useCallback, useState } from 'react';
import { leadingHeading, leadingNumber } from '../../shared/clauses/split-lead';
import type { Clause } from '../../shared/model';
import { clauseLabel, describeClauseEdit } from '../../shared/review/describe-review';
import { api } from '../api-client';
import { askConfirm } from './ask';
import { Dialog } from './Dialog';
import { errorMessage } from '../error-message';
import { useMay } from '../permissions';

/** The character offset in `container`'s text where the selection starts, if it is inside it. */
function caretOffset(container: HTMLElement): number | undefined {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer)) return undefined;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString().length;
}

/** Wraps the clause text; a click or a selection in it sets the split point. */
export function SplitPointText(props: { onPoint: (at: number | undefined) => void; children: ReactNode }) {
  const { onPoint } = props;
  const track = useCallback(
    (e: SyntheticEvent<HTMLDivElement>) => onPoint(caretOffset(e.currentTarget)),
    [onPoint],
  );
  return (
    <div data-testid="clause-text" onMouseUp={track} onKeyUp={track} title="Click where a new clause starts">
      {props.children}
    </div>
  );
}

const excerpt = (text: string, from: 'start' | 'end') =>
  from === 'start'
    ? `${text.slice(0, 70).trim()}${text.length > 70 ? '…' : ''}`
    : `${text.length > 70 ? '…' : ''}${text.slice(-70).trim()}`;

export function ClauseCorrections(props: {
  clause: Clause;
  next: Clause | undefined;
  splitAt: number | undefined;
  /** After a correction: the clause to show, and what was done. */
  onChanged: (selectId: string, message: string) => void;
  onError: (message: string) => void;
}) {
  const { clause, next, splitAt } = props;
  const [dialog, setDialog] = useState<'split' | 'edit'>();
  // Split, merge and renumber are one right (an analyst's): the first answers for all three.
  const correcting = useMay()('splitClause');
  const label = clauseLabel(clause.kind, clause.number);
  // A point inside the text with words on both sides; the white space at the cut does not count.
  const usable =
    splitAt !== undefined &&
    clause.text.slice(0, splitAt).trim() !== '' &&
    clause.text.slice(splitAt).trim() !== '';

  const run = async (work: () => Promise<[string, string]>) => {
    try {
      const [id, message] = await work();
      setDialog(undefined);
      props.onChanged(id, message);
    } catch (e) {
      props.onError(errorMessage(e));
    }
  };

  const merge = async () => {
    if (!next) return;
    const ok = await askConfirm({
      title: `Merge ${label} with the next clause?`,
      message: `${clauseLabel(next.kind, next.number)}${next.heading ? ` (${next.heading})` : ''} joins the end of ${label}, its number and heading kept in the text. Both clauses' reviews stay on the merged clause; the audit log records the merge.`,
      confirmLabel: 'Merge',
    });
    if (ok)
      await run(async () => {
        const merged = await api.mergeClauseWithNext({ clauseId: clause.id });
        return [merged.id, `Merged ${clauseLabel(next.kind, next.number)} into ${label}`];
      });
  };

  return (
    <div
      className="row"
      role="group"
      aria-label="Correct this clause"
      style={{ margin: '8px 0', flexWrap: 'wrap' }}
    >
      <button
        disabled={!usable || !correcting.ok}
        title={
          correcting.why ??
          (usable
            ? 'Split the clause where you clicked in its text'
            : 'Click in the text where the new clause starts')
        }
        onClick={() => setDialog('split')}
      >
        Split here
      </button>
      <button disabled={!next || !correcting.ok} title={correcting.why} onClick={() => void merge()}>
        Merge with next
      </button>
      <button disabled={!correcting.ok} title={correcting.why} onClick={() => setDialog('edit')}>
        Edit number/heading
      </button>
      {usable && (
        <span className="muted small" data-testid="split-point" title="Where Split here cuts the text">
          after “…{clause.text.slice(Math.max(0, splitAt - 24), splitAt).trimStart()}”
        </span>
      )}
      {dialog === 'split' && splitAt !== undefined && (
        <SplitDialog
          clause={clause}
          at={splitAt}
          onCancel={() => setDialog(undefined)}
          onSplit={(number, heading) =>
            run(async () => {
              const [, added] = await api.splitClause({ clauseId: clause.id, at: splitAt, number, heading });
              return [added.id, `Split ${label}: ${clauseLabel(added.kind, added.number)} added after it`];
            })
          }
        />
      )}
      {dialog === 'edit' && (
        <EditDialog
          clause={clause}
          onCancel={() => setDialog(undefined)}
          onSave={(number, heading) =>
            run(async () => {
              const updated = await api.updateClause({ clauseId: clause.id, number, heading });
              return [updated.id, describeClauseEdit(clause, updated)];
            })
          }
        />
      )}
    </div>
  );
}

/** Said, in the dialog, when Enter or the button is pressed with the number left empty. */
const NUMBER_WANTED = 'Type the clause’s number as the law prints it (e.g. 7 or 10A): nothing was changed.';

function SplitDialog(props: {
  clause: Clause;
  at: number;
  onSplit: (number: string, heading: string) => Promise<void>;
  onCancel: () => void;
}) {
  const rest = props.clause.text.slice(props.at).trimStart();
  const [number, setNumber] = useState(leadingNumber(rest) ?? '');
  const [heading, setHeading] = useState(leadingHeading(rest) ?? '');
  const [error, setError] = useState('');
  return (
    <Dialog
      title={`Split ${clauseLabel(props.clause.kind, props.clause.number)} here`}
      confirmLabel="Split"
      wide
      onCancel={props.onCancel}
      onConfirm={() =>
        number.trim() ? void props.onSplit(number.trim(), heading.trim()) : setError(NUMBER_WANTED)
      }
      error={error}
    >
      <p className="muted small">Reviews go with the part that holds their matched words.</p>
      <div className="card split-preview">
        <div>
          <b>{clauseLabel(props.clause.kind, props.clause.number)} ends:</b>{' '}
          {excerpt(props.clause.text.slice(0, props.at), 'end')}
        </div>
        <div>
          <b>New clause starts:</b> {excerpt(rest, 'start')}
        </div>
      </div>
      <div className="keys" style={{ marginTop: 10 }}>
        <span>Number</span>
        <input aria-label="New clause number" value={number} onChange={(e) => setNumber(e.target.value)} />
        <span>Heading</span>
        <input aria-label="New clause heading" value={heading} onChange={(e) => setHeading(e.target.value)} />
      </div>
    </Dialog>
  );
}

function EditDialog(props: {
  clause: Clause;
  onSave: (number: string, heading: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [number, setNumber] = useState(props.clause.number);
  const [heading, setHeading] = useState(props.clause.heading);
  const [error, setError] = useState('');
  return (
    <Dialog
      title={`Number and heading of ${clauseLabel(props.clause.kind, props.clause.number)}`}
      confirmLabel="Save"
      onCancel={props.onCancel}
      onConfirm={() =>
        number.trim() ? void props.onSave(number.trim(), heading.trim()) : setError(NUMBER_WANTED)
      }
      error={error}
    >
      <div className="keys">
        <span>Number</span>
        <input aria-label="Clause number" value={number} onChange={(e) => setNumber(e.target.value)} />
        <span>Heading</span>
        <input aria-label="Clause heading" value={heading} onChange={(e) => setHeading(e.target.value)} />
      </div>
      <p className="muted small">
        The clause keeps its id and its reviews; the audit log records the change.
      </p>
    </Dialog>
  );
}
