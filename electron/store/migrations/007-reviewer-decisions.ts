// Version 7: decisions per reviewer. Each suggestion's recorded decision is kept under its recorded
// reviewer ('unknown' where none was recorded); the suggestion's own status, coverage and note
// become the adjudicated decision, which for a single reviewer is that reviewer's.
export default `
CREATE TABLE reviewer_decisions (
  suggestion_id TEXT NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
  reviewer TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected')),
  coverage TEXT CHECK (coverage IN ('full', 'partial')),
  note TEXT,
  at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (suggestion_id, reviewer)
);
CREATE INDEX reviewer_decisions_reviewer ON reviewer_decisions(reviewer);
INSERT INTO reviewer_decisions (suggestion_id, reviewer, status, coverage, note, at, recorded_at)
  SELECT id, COALESCE(reviewer, 'unknown'), status, coverage, note, COALESCE(reviewed_at, created_at),
    COALESCE(reviewed_at, created_at)
  FROM suggestions WHERE status != 'suggested';
`;
