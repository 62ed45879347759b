// A row's `version` belongs to one database (the data_version it was written at): it is what a change
// names to be refused if someone changed the row since (`expectedVersion`), and nothing else carries it.

/** The row without its version: for audit entries, results built from an earlier read, and exports. */
export function withoutVersion<T extends { version?: number }>(row: T): Omit<T, 'version'> {
  const { version: _version, ...rest } = row;
  return rest;
}
