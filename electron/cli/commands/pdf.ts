import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { fileError } from '../../services/file-error';
import { type CliContext, CliError, printJson } from '../context';

export function registerPdf(program: Command, ctx: CliContext): void {
  program
    .command('pdf')
    .description('write the PDF a document was imported from (the database keeps it)')
    .argument('<documentId>', 'document id (see `documents`)')
    .option('--out <file>', 'where to write it (default: its original name, in this folder)')
    .option(
      '--json',
      'print the API result ({ name, dataBase64 }) instead of writing a file; with --out, write it and print { name, path, bytes }',
    )
    .action(async (documentId: string, opts: { out?: string; json?: boolean }) => {
      const file = await ctx.call('getDocumentFile', { documentId }, { documentId: 'DOC_ID' });
      // As `matrix --json`: the bytes themselves, unless --out says where they go.
      if (opts.json && !opts.out) return printJson(ctx, file);
      const out = path.resolve(opts.out ?? path.basename(file.name));
      if (!opts.out && fs.existsSync(out))
        throw new CliError(`${out} already exists; choose another with --out`);
      const data = Buffer.from(file.dataBase64, 'base64');
      try {
        fs.writeFileSync(out, data);
      } catch (error) {
        throw new CliError(fileError(opts.out ?? out, error, true).message);
      }
      if (opts.json) printJson(ctx, { name: file.name, path: out, bytes: data.byteLength });
      else ctx.stderr(`wrote ${out} (${data.byteLength} bytes)\n`);
    });
}
