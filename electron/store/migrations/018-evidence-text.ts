// Version 18: a suggestion's evidence is stored as text (`cchild|kchild@33,38`, stored-evidence.ts)
// where it was JSON. Nothing in the tables changes; the version is raised so that a Lexgap that reads
// only JSON evidence refuses the database with its "newer Lexgap" message instead of failing on a row.
export default `-- evidence stored as text`;
