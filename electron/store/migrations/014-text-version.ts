// Version 14: a second counter beside data_version's, raised only by writes that may change a law's
// record or its clauses, so that what is read from the texts alone (the ages check proposals read
// from every clause) is kept across reviews and ratings and read again only when a text changed.
export default `
ALTER TABLE data_version ADD COLUMN text_version INTEGER NOT NULL DEFAULT 0;
`;
