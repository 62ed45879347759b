// `--reviewer NAME` on the commands that record decisions; the CLI opens the API under that name.
import type { Command } from 'commander';

export function reviewerOption(command: Command, what = 'record the decision under this name'): Command {
  return command.option(
    '--reviewer <name>',
    `${what} (default: the reviewer name in settings, else the login name)`,
  );
}
