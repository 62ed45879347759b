// `lexgap` as a process: real stdout/stderr, the exit code, and a quiet end when the reader of
// stdout goes away (`lexgap suggestions | head`) instead of an EPIPE stack trace.
// A module (for its top-level awaits), though it exports nothing.
export {};

const argv = process.argv.slice(2);
// `lexgap import`: the first file's PDF readers start before the rest of the command line loads.
const early = argv.includes('import') ? await import('./import-read-ahead') : undefined;
early?.readAheadOfImport(argv);
const { runCli } = await import('./cli');

let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutClosed = true;
});
// Nowhere left to report a failure of stderr itself.
process.stderr.on('error', () => undefined);

runCli(argv, {
  stdout: (text) => {
    if (!stdoutClosed) process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  interactive: process.stderr.isTTY === true,
}).then((code) => {
  early?.stopReadAheads();
  // A reader that stopped early (head, less) is not an error: the output it wanted was written.
  process.exitCode = stdoutClosed ? 0 : code;
});
