// What a clause's citation adds when confirmed amending acts changed it: the amending sections, cited.
import { citeClauseNumber, citeLaw } from '../coverage/cite-clause';
import type { AcceptedTag, Amendment, DocumentRecord } from '../model';

/** Clause id → "Islamabad Capital Territory Child Protection (Amendment) Act 2022, s. 2", per confirmed link. */
export function amendingCitations(
  amendments: readonly Amendment[],
  documents: readonly Pick<DocumentRecord, 'id' | 'title' | 'year'>[],
): Map<string, string[]> {
  const laws = new Map(documents.map((d) => [d.id, citeLaw(d.title, d.year)]));
  const out = new Map<string, string[]>();
  for (const a of amendments) {
    const law = laws.get(a.amendingDocumentId);
    if (a.status !== 'confirmed' || !law) continue;
    for (const s of a.sections) {
      if (!s.amendedClauseId) continue;
      const list = out.get(s.amendedClauseId) ?? [];
      list.push(`${law}, ${citeClauseNumber('section', s.amendingNumber)}`);
      out.set(s.amendedClauseId, list);
    }
  }
  return out;
}

/** The tags, each amended clause's with the amending sections that changed it. */
export function withAmendments(tags: AcceptedTag[], citations: Map<string, string[]>): AcceptedTag[] {
  if (citations.size === 0) return tags;
  return tags.map((t) => {
    const amendedBy = citations.get(t.clauseId);
    return amendedBy ? { ...t, amendedBy } : t;
  });
}
