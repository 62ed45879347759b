// `lexgap` as a process: real stdout/stderr, the exit code, and a quiet end when the reader of
// stdout goes away (`lexgap suggestions | head`) instead of an EPIPE stack trace.
// A module, for its top-level awaits.
import v8 from 'node:v8';
import { commandAt } from './command-at';

const argv = process.argv.slice(2);
const at = commandAt(argv);
const command = at === undefined ? undefined : argv[at];
// `lexgap tag` runs for about a second, and V8's optimising compiler took a quarter of its CPU, most
// of it for inlining the matcher's functions into one another (compiled again as they warm up).
// Without that inlining it takes about a tenth less CPU and time (README, issue 16). Only there: the
// app and `lexgap serve` run for hours, where the inlined code pays for its compiling.
if (command === 'tag') v8.setFlagsFromString('--no-turbo-inlining');
// `lexgap import`: the first file's PDF readers start before the rest of the command line loads.
const early = command === 'import' ? await import('./import-read-ahead') : undefined;
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
  // With nothing left but standard output and error, leave once they are written: winding down by
  // itself, the process first tears its whole heap down (20 ms after a `tag`). Anything else still
  // open (`serve`'s server, a file being written) ends as it would have.
  if (process.getActiveResourcesInfo().every((kind) => kind === 'PipeWrap' || kind === 'TTYWrap'))
    process.stdout.write('', () => process.stderr.write('', () => process.exit()));
});
