// Version 1: documents, their original files, clauses, suggestions with reviews, audit, overrides, settings.
export default `
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  file TEXT NOT NULL,
  title TEXT NOT NULL,
  country TEXT NOT NULL,
  year INTEGER,
  language TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'unknown',
  pages INTEGER NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  imported_at TEXT NOT NULL,
  ocr_pages TEXT NOT NULL DEFAULT '[]',
  failed_pages TEXT NOT NULL DEFAULT '[]',
  text_quality_warning TEXT
);
CREATE INDEX documents_country ON documents(country);

CREATE TABLE document_files (
  document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  data BLOB NOT NULL
);

CREATE TABLE clauses (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  eid TEXT NOT NULL,
  number TEXT NOT NULL,
  kind TEXT NOT NULL,
  heading TEXT NOT NULL,
  path TEXT NOT NULL,
  text TEXT NOT NULL,
  page_start INTEGER NOT NULL,
  page_end INTEGER NOT NULL,
  boxes TEXT NOT NULL,
  source TEXT NOT NULL,
  ocr_confidence REAL,
  UNIQUE (document_id, ordinal)
);

CREATE TABLE suggestions (
  id TEXT PRIMARY KEY,
  clause_id TEXT NOT NULL REFERENCES clauses(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  provision_id TEXT NOT NULL,
  score REAL NOT NULL,
  matched TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
  coverage TEXT CHECK (coverage IN ('full', 'partial')),
  note TEXT,
  reviewer TEXT,
  reviewed_at TEXT,
  origin TEXT NOT NULL CHECK (origin IN ('matcher', 'manual')),
  created_at TEXT NOT NULL,
  UNIQUE (clause_id, provision_id)
);
CREATE INDEX suggestions_document ON suggestions(document_id, status);
CREATE INDEX suggestions_provision ON suggestions(provision_id);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  before TEXT,
  after TEXT,
  batch TEXT
);
CREATE INDEX audit_entity ON audit_log(entity_id);

CREATE TABLE cell_overrides (
  country TEXT NOT NULL,
  provision_id TEXT NOT NULL,
  level TEXT NOT NULL,
  rationale TEXT NOT NULL,
  reviewed_document_ids TEXT NOT NULL DEFAULT '[]',
  reviewer TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (country, provision_id)
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;
