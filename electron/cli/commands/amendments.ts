import type { Command } from 'commander';
import { AMENDMENT_DECISIONS } from '../../../shared/api/contract';
import type { Amendment } from '../../../shared/model';
import { type CliContext, printJson, printTable } from '../context';
import { reviewerOption } from '../reviewer-option';

const sectionsOf = (a: Amendment) =>
  a.sections.map((s) => `s. ${s.amendingNumber} → s. ${s.amendedNumber}`).join(', ');

export function registerAmendments(program: Command, ctx: CliContext): void {
  program
    .command('amendments')
    .description('amending acts linked to the acts they amend: proposed, confirmed or dismissed')
    .option('--document <id>', 'only the links of this document (as amending or amended act)')
    .option('--json', 'print the API result (Amendment[]) as one JSON document')
    .action(async (opts: { document?: string; json?: boolean }) => {
      const links = await ctx.call('listAmendments', opts.document ? { documentId: opts.document } : {}, {
        documentId: '--document',
      });
      if (opts.json) return printJson(ctx, links);
      printTable(
        ctx,
        ['AMENDING', 'AMENDED', 'STATUS', 'SECTIONS', 'WHY'],
        links.map((a) => [a.amendingDocumentId, a.amendedDocumentId, a.status, sectionsOf(a), a.evidence]),
        'No amending acts.',
      );
    });
}

export function registerAmendment(program: Command, ctx: CliContext): void {
  reviewerOption(
    program
      .command('amendment')
      .description(
        'confirm or dismiss that one act amends another (confirming a pair never proposed links it)',
      )
      .argument('<decision>', AMENDMENT_DECISIONS.join(' or '))
      .argument('<amendingId>', 'the amending act (document id)')
      .argument('<amendedId>', 'the act it amends (document id)')
      .option('--json', 'print the API result (Amendment) as one JSON document'),
  ).action(async (decision: string, amendingId: string, amendedId: string, opts: { json?: boolean }) => {
    const link = await ctx.call(
      'reviewAmendment',
      {
        amendingDocumentId: amendingId,
        amendedDocumentId: amendedId,
        decision: decision as (typeof AMENDMENT_DECISIONS)[number],
      },
      { amendingDocumentId: 'AMENDING_ID', amendedDocumentId: 'AMENDED_ID', decision: 'the decision' },
    );
    if (opts.json) return printJson(ctx, link);
    ctx.stdout(
      `${amendingId} → ${amendedId}: ${link.status}${link.sections.length ? ` (${sectionsOf(link)})` : ''}\n`,
    );
  });
}
