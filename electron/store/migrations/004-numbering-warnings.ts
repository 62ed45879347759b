// Version 4: what the reading of each law found wrong with its numbering (sections not found, numbers
// and headings OCR could not read as printed), kept with the document for the Library to show.
export default `
ALTER TABLE documents ADD COLUMN numbering_warnings TEXT NOT NULL DEFAULT '[]';
`;
