// Version 13: a version on every row that one value must win for (a law's details, a cell's rating,
// a recommendation, a setting). A write that names the version it saw is refused when the row moved
// on since; versions come from the data_version counter, so a row deleted and made again never
// takes a version it had before.
export default `
ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE cell_overrides ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE recommendations ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE settings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
`;
