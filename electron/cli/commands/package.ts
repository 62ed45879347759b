// `package export|import|show`: review packages for reviewers elsewhere, and their return.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { type CliContext, CliError, printJson } from '../context';
import { collect } from '../parse-option';
import { reviewerOption } from '../reviewer-option';

export function registerPackage(program: Command, ctx: CliContext): void {
  const pkg = program
    .command('package')
    .description("review packages: one country's laws for a reviewer elsewhere, and their decisions back");

  reviewerOption(
    pkg
      .command('export')
      .description(
        'write a review package (a Lexgap project file the reviewer opens with the app or --db FILE)',
      )
      .requiredOption('--country <ISO2>', 'the country whose laws to send')
      .option('--document <id>', 'only this law (repeatable; default: all of the country)', collect)
      .option('--framework <id>', 'only suggestions of this instrument (repeatable; default: all)', collect)
      .requiredOption('--for <name>', 'who reviews it, e.g. "Ministry of Human Rights"')
      .option('--blind', "leave the lead's decisions out, so the reviewer decides without seeing them")
      .requiredOption('--out <file>', 'where to write the package (FILE.lexgap)')
      .option('--json', 'print the API result as one JSON document'),
  ).action(
    async (opts: {
      country: string;
      document?: string[];
      framework?: string[];
      for: string;
      blind?: boolean;
      out: string;
      json?: boolean;
    }) => {
      if (!fs.existsSync(path.dirname(path.resolve(opts.out))))
        throw new CliError(`${opts.out}: the folder does not exist`);
      const result = await ctx.call(
        'exportPackage',
        {
          country: opts.country,
          documentIds: opts.document,
          frameworks: opts.framework,
          madeFor: opts.for,
          blind: opts.blind === true,
          path: path.resolve(opts.out),
        },
        { documentIds: '--document', frameworks: '--framework', madeFor: '--for', path: '--out' },
      );
      if (opts.json) return printJson(ctx, result);
      ctx.stderr(
        `wrote ${result.path} for ${result.madeFor}: ${result.documents} law(s), ${result.suggestions} suggestions, ${
          result.blind ? 'blind (no decisions of yours)' : `${result.leadDecisions} of your decisions`
        }\n`,
      );
    },
  );

  reviewerOption(
    pkg
      .command('import')
      .description(
        "take a returned package's decisions in, under their reviewers' names (twice changes nothing)",
      )
      .argument('<file>', 'the returned package (FILE.lexgap)')
      .option('--json', 'print the API result as one JSON document'),
  ).action(async (file: string, opts: { json?: boolean }) => {
    const result = await ctx.call('importPackage', { path: path.resolve(file) }, { path: 'FILE' });
    if (opts.json) return printJson(ctx, result);
    ctx.stdout(`${result.summary}\n`);
  });

  pkg
    .command('show')
    .description('the project this database is, and if it is a review package, for whom and who reviewed it')
    .option('--json', 'print the API result as one JSON document')
    .action(async (opts: { json?: boolean }) => {
      const project = await ctx.call('getProject', {});
      if (opts.json) return printJson(ctx, project);
      const p = project.package;
      if (!p) return ctx.stdout(`project ${project.projectId ?? '(no package made from it yet)'}\n`);
      ctx.stdout(
        `review package for ${p.madeFor}, made by ${p.createdBy} on ${p.createdAt.slice(0, 10)}: ${p.country}, ${p.documents} law(s), ${p.suggestions} suggestions${p.blind ? ', blind' : ''}\n`,
      );
      for (const r of p.reviewers)
        ctx.stdout(`  ${r.name}: ${r.decisions} decision(s), ${r.first} to ${r.last}\n`);
    });
}
