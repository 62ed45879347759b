import type { Command } from 'commander';
import { describeLife, describePlace } from '../../../shared/lifecycle/describe-law';
import { type CliContext, printJson } from '../context';

export function registerDocument(program: Command, ctx: CliContext): void {
  program
    .command('document')
    .description('show one document')
    .argument('<documentId>', 'document id (see `documents`)')
    .option('--json', 'print the API result (DocumentRecord) as one JSON document')
    .action(async (documentId: string, opts: { json?: boolean }) => {
      const d = await ctx.call('getDocument', { documentId }, { documentId: 'DOC_ID' });
      if (opts.json) return printJson(ctx, d);
      const lines = [
        ['id', d.id],
        ['title', d.title],
        ['country', d.country],
        ['year', d.year ?? 'not known'],
        ['applies in', describePlace(d)],
        ['status', describeLife(d)],
        ['language', d.language],
        ['file', d.file],
        ['pages', d.pages],
        ['clauses', d.clauses],
        ['OCR pages', d.ocrPages.join(', ') || 'none'],
        ['unreadable pages', d.failedPages.map((f) => `${f.page} (${f.reason})`).join(', ') || 'none'],
        ['imported', d.importedAt],
        ['sha256', d.sha256],
      ];
      for (const [label, value] of lines) ctx.stdout(`${String(label).padEnd(17)}${value}\n`);
    });
}
