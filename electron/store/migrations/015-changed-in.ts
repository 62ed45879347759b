// Version 15: each suggestion names the write that last changed it or one of its reviewers'
// decisions (the data_version that write committed as), so that what the matrix keeps of the
// accepted tags and decisions is brought up to date by reading only the suggestions written since.
export default `
ALTER TABLE suggestions ADD COLUMN changed_in INTEGER NOT NULL DEFAULT 0;
CREATE INDEX suggestions_changed_in ON suggestions (changed_in);
`;
