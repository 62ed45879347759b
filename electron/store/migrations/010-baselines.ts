// Version 10: baselines, the matrix frozen under a name. Written once (no UPDATE path exists): the
// contents are the baseline's own copy, so later reviews, ratings or deleted laws never reach it.
export default `
CREATE TABLE baselines (
  id TEXT NOT NULL PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  content TEXT NOT NULL
);
`;
