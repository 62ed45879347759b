// Version 2: a rating records the undecided suggestions it overrides; a document the page numbers
// printed on its pages (null where a page has none), so exports cite the page a reader sees.
export default `
ALTER TABLE cell_overrides ADD COLUMN pending_candidates TEXT NOT NULL DEFAULT '[]';
ALTER TABLE documents ADD COLUMN page_labels TEXT;
`;
