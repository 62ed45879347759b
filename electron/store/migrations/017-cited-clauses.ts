// Version 17: a rating records the clauses the analyst cites as its grounds (a Contradicts names the
// clause that goes against the standard), each with its citation and page as they read when rated.
export default `
ALTER TABLE cell_overrides ADD COLUMN cited_clauses TEXT NOT NULL DEFAULT '[]';
`;
