// Version 16: the suggestions deleted by writes that change no law or clause (a re-score's stale
// offers, a suggestion removed), each with the version of the write that deleted it, so that what
// the matrix keeps forgets them as it learns of the rows written since (changed_in, migration 15).
// Old entries are dropped: a reader that kept rows from before them reads everything again.
export default `
CREATE TABLE deleted_suggestions (
  id TEXT PRIMARY KEY,
  changed_in INTEGER NOT NULL
);
CREATE INDEX deleted_suggestions_changed_in ON deleted_suggestions (changed_in);
`;
