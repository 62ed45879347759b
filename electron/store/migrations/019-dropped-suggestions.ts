// Version 19: a deleted suggestion is remembered with what it was (its clause as then numbered, its
// provision, score and evidence) and why it went: a reviewer who decides on a row a tagging dropped
// after they saw it gets the row back with their decision, and one whose clause was merged away is
// told which clause went (electron/api/domains/review.ts). Rows deleted before this version have none.
export default `
ALTER TABLE deleted_suggestions ADD COLUMN clause_id TEXT;
ALTER TABLE deleted_suggestions ADD COLUMN document_id TEXT;
ALTER TABLE deleted_suggestions ADD COLUMN provision_id TEXT;
ALTER TABLE deleted_suggestions ADD COLUMN score REAL;
ALTER TABLE deleted_suggestions ADD COLUMN matched TEXT;
ALTER TABLE deleted_suggestions ADD COLUMN clause_kind TEXT;
ALTER TABLE deleted_suggestions ADD COLUMN clause_number TEXT;
ALTER TABLE deleted_suggestions ADD COLUMN dropped_by TEXT;
`;
