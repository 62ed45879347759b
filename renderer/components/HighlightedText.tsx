import { memo, type ReactNode } from 'react';
import type { MatchedTerm } from '../../shared/model';

/** Clause text with the matched cues marked at their offsets (overlaps keep the first span). */
export const HighlightedText = memo(function HighlightedText({
  text,
  terms,
}: {
  text: string;
  terms: MatchedTerm[];
}) {
  const spans = terms
    .filter((t) => t.end > t.start && t.start >= 0 && t.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [i, t] of spans.entries()) {
    if (t.start < at) continue;
    parts.push(text.slice(at, t.start));
    parts.push(
      <mark key={i} className={t.kind} title={`${t.kind}: ${t.term}`}>
        {text.slice(t.start, t.end)}
      </mark>,
    );
    at = t.end;
  }
  parts.push(text.slice(at));
  return <div className="clause-text">{parts}</div>;
});
