import type { Command } from 'commander';
import { copyDatabase } from '../../store/copy-database';
import { type CliContext, printJson, printTable } from '../context';
import { databaseOption } from '../database-option';

export function registerDb(program: Command, ctx: CliContext): void {
  const db = program
    .command('db')
    .description('whole databases: move a project between SQLite and PostgreSQL');
  db.command('copy')
    .description(
      'copy every row of one database into a new, empty one (a SQLite file, sqlite:PATH or postgres://USER@HOST/DB), both at the current schema',
    )
    .requiredOption(
      '--from <database>',
      'the database to copy (read from one snapshot, not changed)',
      databaseOption,
    )
    .requiredOption(
      '--to <database>',
      'an empty or new database: written in one transaction, or not at all',
      databaseOption,
    )
    .option('--json', 'print { from, to, tables: [{ name, rows }] } as one JSON document')
    .action(async (opts: { from: string; to: string; json?: boolean }) => {
      const report = await copyDatabase(opts.from, opts.to);
      if (opts.json) return printJson(ctx, report);
      printTable(
        ctx,
        ['TABLE', 'ROWS'],
        report.tables.map((t) => [t.name, t.rows]),
        'No tables.',
      );
      const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
      ctx.stdout(
        `copied ${rows} rows in ${report.tables.length} tables from ${report.from} to ${report.to}\n`,
      );
    });
}
