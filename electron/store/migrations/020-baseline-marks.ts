// Version 20: a baseline keeps, with each clause a rating cites, the mark it had when frozen
// ("changed since rated": `citedChanges` in shared/baselines/types.ts), so that read later it says
// what was true then. Nothing in the tables changes (a baseline's contents are JSON, written once);
// the version is raised so that a Lexgap that compares ratings whole refuses the database with its
// "newer Lexgap" message instead of listing every rating citing clauses as changed since such a
// baseline. Baselines frozen before this version have no marks: they open as they were and their
// comparisons say nothing of marks.
export default `-- baselines keep the marks of the clauses their ratings cite`;
