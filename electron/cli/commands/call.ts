import fs from 'node:fs';
import type { Command } from 'commander';
import { type CliContext, CliError, printJson } from '../context';
import { describeMethods } from '../describe-methods';
import { reviewerOption } from '../reviewer-option';
import { followJob } from '../run-job';

/** `--args JSON`, `--args @FILE` or `--args -` (stdin). */
function argsText(value: string): string {
  if (value !== '-' && !value.startsWith('@')) return value;
  try {
    return fs.readFileSync(value === '-' ? 0 : value.slice(1), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new CliError(`--args ${value}: ${reason}`, 2);
  }
}

function parseArgs(value: string): unknown {
  const text = argsText(value);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(
      `--args is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      2,
    );
  }
}

export function registerCall(program: Command, ctx: CliContext): void {
  reviewerOption(
    program
      .command('call')
      .description('call any API method with JSON arguments; prints its result as JSON, unchanged')
      .argument('<method>', 'the method (listed below)')
      .option(
        '--args <json>',
        'the arguments as one JSON object; @FILE reads them from a file, - from stdin',
        '{}',
      ),
  )
    // Worked out when help is shown: listing every method's schema costs every other command's start.
    .addHelpText(
      'after',
      () =>
        `\nMethods (args as JSON; "?" marks optional fields):\n${describeMethods()}\n\n` +
        'A method that starts a job (startImport, startTagging) prints { jobId } and runs it to the end;\n' +
        'jobs live in the process that started them, so getJob, waitForJob and cancelJob answer only there.\n',
    )
    .action(async (method: string, opts: { args: string }) => {
      const result = await ctx.callAny(method, parseArgs(opts.args));
      printJson(ctx, result);
      // The job would end with this process: follow it, with progress, rather than cancel it unseen.
      const jobId = (result as { jobId?: unknown } | null)?.jobId;
      if (typeof jobId === 'string') await followJob(ctx, jobId);
    });
}
