// Version 5: recommendations, each attached to one or more cells and resting on cited evidence
// (both lists as JSON: they are read and written whole, and filtered in shared/recommendations).
export default `
CREATE TABLE recommendations (
  id TEXT NOT NULL PRIMARY KEY,
  cells TEXT NOT NULL,
  type TEXT NOT NULL,
  text TEXT NOT NULL,
  responsible_body TEXT,
  priority TEXT NOT NULL,
  target_date TEXT,
  status TEXT NOT NULL,
  origin TEXT NOT NULL,
  evidence TEXT NOT NULL DEFAULT '[]',
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`;
