// Version 3: the analyst's decisions on measurable-check proposals, one per (country, checklist item).
export default `
CREATE TABLE check_reviews (
  country TEXT NOT NULL,
  provision_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('confirmed', 'rejected')),
  found TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('meets', 'contradicts', 'unclear', 'not_found')),
  proposed_found TEXT NOT NULL,
  proposed_verdict TEXT NOT NULL,
  evidence TEXT NOT NULL DEFAULT '[]',
  note TEXT,
  reviewer TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (country, provision_id)
);
`;
