// Version 9: the versions of a law (each newer text or OCR reading, with what it changed per clause)
// and the links between amending acts and the acts they amend.
export default `
CREATE TABLE document_versions (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  file TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  pages INTEGER NOT NULL,
  imported_at TEXT NOT NULL,
  reason TEXT NOT NULL,
  actor TEXT NOT NULL,
  counts TEXT NOT NULL,
  changes TEXT NOT NULL,
  PRIMARY KEY (document_id, version)
);
CREATE INDEX document_versions_sha ON document_versions(sha256);

CREATE TABLE amendments (
  amending_document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  amended_document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'confirmed', 'dismissed')),
  evidence TEXT NOT NULL,
  sections TEXT NOT NULL,
  reviewer TEXT,
  at TEXT NOT NULL,
  PRIMARY KEY (amending_document_id, amended_document_id)
);
CREATE INDEX amendments_amended ON amendments(amended_document_id);
`;
