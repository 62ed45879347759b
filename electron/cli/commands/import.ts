import path from 'node:path';
import type { Command } from 'commander';
import type { ImportArgs, ImportResult } from '../../../shared/api/contract';
import { LANGUAGE_CODES } from '../../../shared/language/registry';
import { dropReadAheads, readAhead } from '../../services/read-ahead';
import { choicesOf } from '../choices-of';
import { type CliContext, CliError, orList, printJson } from '../context';
import { wholeNumber } from '../parse-option';
import { followJob } from '../run-job';

export function registerImport(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description('import PDF laws for one country (each file in its own transaction; creates the database)')
    .argument('<files...>', 'PDF files')
    .requiredOption('--country <ISO2>', 'country code, e.g. MY')
    .option(
      '--jurisdiction <ISO3166-2>',
      'the subdivision the laws were made for, e.g. PK-IS, PK-PB, MY-14 (national laws when left out)',
    )
    .option('--title <title>', 'title (when importing one file)')
    .option('--year <yyyy>', 'year of the law (when importing one file)', wholeNumber)
    .option('--language <xx>', `language code (${LANGUAGE_CODES.join(', ')}; detected when left out)`)
    .option('--password <pw>', 'password for encrypted PDFs')
    .option(
      '--ocr',
      "replace text layers with fresh OCR (pages without text are OCR'd anyway); a file already imported is read again",
    )
    .option('--no-ocr-missing', 'never OCR, even pages without a text layer')
    .option(
      '--new-version-of <id>',
      'the file is a newer text (a reprint, a consolidation) of this document: make it its next version',
    )
    .option('--separate', 'a document of its own, even if it looks like a newer text of one already imported')
    .option('--json', 'print the API result (ImportResult) as one JSON document')
    .addHelpText('after', `\nOCR modes of the API: ${orList(choicesOf('importDocuments', 'ocr'))}.`)
    .action(async (files: string[], opts: Record<string, unknown>) => {
      // A title or year is one law's: with several files it would be silently left out.
      const oneLaws = ['--title', '--year'].filter((flag) => opts[flag.slice(2)] !== undefined);
      if (oneLaws.length && files.length > 1)
        throw new CliError(
          `${oneLaws.join(' and ')} name${oneLaws.length > 1 ? '' : 's'} one law: import these ${files.length} files one at a time to give ${oneLaws.length > 1 ? 'them' : 'it'}`,
          2,
        );
      // The PDF readers start on the first file now: pdf.js reads it while this thread opens the
      // database and loads the import code (a tenth of a second or so). Later files reuse the readers.
      if (files.length > 0) readAhead(files[0], opts.password as string | undefined);
      const args: ImportArgs = {
        files: files.map((f) => ({ path: path.resolve(f) })),
        country: String(opts.country),
        jurisdiction: opts.jurisdiction as string | undefined,
        title: opts.title as string | undefined,
        year: opts.year as number | undefined,
        language: opts.language as string | undefined,
        password: opts.password as string | undefined,
        ocr: opts.ocr ? 'force' : opts.ocrMissing === false ? 'off' : 'auto',
        ...(opts.newVersionOf ? { newVersionOf: String(opts.newVersionOf) } : {}),
        ...(opts.separate ? { separate: true } : {}),
      };
      try {
        const { jobId } = await ctx.call('startImport', args, {
          files: 'FILE',
          newVersionOf: '--new-version-of',
        });
        printImportResult(ctx, (await followJob(ctx, jobId)).importResult, opts.json === true);
      } finally {
        // A reading no import took over (bad arguments, a failed job) stops with the command.
        dropReadAheads();
      }
    });
}

/** What an import or a re-reading prints: warnings on stderr, a line per document (or the JSON) on stdout. */
export function printImportResult(ctx: CliContext, result: ImportResult | undefined, json: boolean): void {
  if (!result) throw new CliError('the import ended without a result');
  for (const s of result.skipped) ctx.stderr(`${s.message}\n`);
  for (const d of result.documents) {
    if (d.textQualityWarning) ctx.stderr(`${d.textQualityWarning}\n`);
    for (const w of d.numberingWarnings ?? []) ctx.stderr(`${d.file}: ${w}\n`);
    for (const f of d.failedPages) ctx.stderr(`${d.file}: page ${f.page} could not be read (${f.reason})\n`);
  }
  if (json) {
    printJson(ctx, result);
  } else {
    for (const d of result.documents) {
      const ocr = d.ocrPages.length ? `, ${d.ocrPages.length} page(s) by OCR` : '';
      ctx.stdout(
        d.reread || d.version
          ? `${d.id}  ${(d.reread ?? d.version)?.message}\n`
          : `${d.id}  ${d.file}: "${d.title}" (${d.jurisdiction ?? d.country}), ${d.pages} pages, ${d.clauses} clauses${ocr}\n`,
      );
    }
  }
  if (result.failed.length) throw new CliError(result.failed.map((f) => f.message).join('\n'));
}
