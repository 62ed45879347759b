// Where the command stands on a command line, read before commander loads (the process's start picks
// its V8 flags and starts an import's first file by it).

/**
 * The index of the command word, after the global options (`--db FILE`, `--db=FILE`, `--create`: cli.ts);
 * undefined where another option comes first, or no command.
 */
export function commandAt(argv: readonly string[]): number | undefined {
  let at = 0;
  while (at < argv.length && argv[at].startsWith('-')) {
    if (argv[at] === '--db') at += 1;
    else if (argv[at] !== '--create' && !argv[at].startsWith('--db=')) return undefined;
    at += 1;
  }
  return at < argv.length ? at : undefined;
}
