// Version 8: a counter every write transaction raises, so a process can tell in one read whether
// anything (its own writes or another process's on the same server) changed since it last looked.
export default `
CREATE TABLE data_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);
`;
