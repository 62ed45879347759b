import type { Command } from 'commander';
import type { RecommendationInput } from '../../../shared/api/contract';
import { formatCellRef, parseCellRef } from '../../../shared/recommendations/recommendation-rules';
import type {
  Recommendation,
  RecommendationOrigin,
  RecommendationPriority,
  RecommendationStatus,
  RecommendationType,
} from '../../../shared/recommendations/types';
import { choicesOf } from '../choices-of';
import { type CliContext, CliError, orList, printJson, printTable } from '../context';
import { collect } from '../parse-option';
import { reviewerOption } from '../reviewer-option';

/** Every `--cell PK/CRC.19` (or `PK-PB/CRC.19` for a province) as the API's cells. */
function cellsOption(refs: string[]): RecommendationInput['cells'] {
  return refs.map((ref) => {
    const cell = parseCellRef(ref);
    if (!cell)
      throw new CliError(
        `--cell must be COUNTRY/PROVISION (e.g. PK/CRC.19) or SUBDIVISION/PROVISION (e.g. PK-PB/CRC.19), not "${ref}"`,
        2,
      );
    return cell;
  });
}

const NAMES = {
  cells: '--cell',
  responsibleBody: '--body',
  targetDate: '--target',
  evidence: '--evidence',
  id: 'ID',
};

interface FieldOptions {
  cell?: string[];
  type?: string;
  text?: string;
  body?: string;
  priority?: string;
  target?: string;
  status?: string;
  origin?: string;
  evidence?: string[];
  json?: boolean;
}

/** The options `add` and `edit` share: the fields of a recommendation. */
function fieldOptions(command: Command, required: boolean): Command {
  const opt = (flags: string, text: string, parse?: (v: string, prev: string[]) => string[]) => {
    if (required && /^--(cell|type|text|priority|origin) /.test(flags))
      return parse ? command.requiredOption(flags, text, parse) : command.requiredOption(flags, text);
    return parse ? command.option(flags, text, parse) : command.option(flags, text);
  };
  opt(
    '--cell <ref>',
    'a cell: COUNTRY/PROVISION or SUBDIVISION/PROVISION, e.g. PK/CRC.19 (repeatable)',
    collect,
  );
  opt('--type <type>', orList(choicesOf('addRecommendation', 'type')));
  opt('--text <text>', 'what should be done');
  opt('--body <name>', 'the responsible body, e.g. "Ministry of Human Rights"');
  opt('--priority <priority>', orList(choicesOf('addRecommendation', 'priority')));
  opt('--target <date>', 'target date: 2027, 2027-06 or 2027-06-30');
  const statuses = orList(choicesOf('addRecommendation', 'status'));
  // On edit, an option left out leaves its field as it was: no defaults there.
  opt('--status <status>', required ? `${statuses} (default proposed)` : statuses);
  opt('--origin <origin>', `where it came from: ${orList(choicesOf('addRecommendation', 'origin'))}`);
  opt(
    '--evidence <id>',
    `a law, clause or suggestion id it rests on (repeatable${required ? '' : '; replaces the list'})`,
    collect,
  );
  return command.option('--json', 'print the API result (Recommendation) as one JSON document');
}

function fieldsOf(opts: FieldOptions): Partial<RecommendationInput> {
  return {
    ...(opts.cell ? { cells: cellsOption(opts.cell) } : {}),
    type: opts.type as RecommendationType | undefined,
    text: opts.text,
    responsibleBody: opts.body === undefined ? undefined : opts.body || null,
    priority: opts.priority as RecommendationPriority | undefined,
    targetDate: opts.target === undefined ? undefined : opts.target || null,
    status: opts.status as RecommendationStatus | undefined,
    origin: opts.origin as RecommendationOrigin | undefined,
    evidence: opts.evidence,
  };
}

const describe = (r: Recommendation) =>
  `${r.id}  ${r.priority}  ${r.type}  ${r.cells.map(formatCellRef).join(', ')}: ${r.text}${
    r.evidence.some((e) => e.lawDeleted) ? '  [cites a deleted law]' : ''
  }\n`;

/** `recommendations list|add|edit|delete|import`: what the study proposes, per cell, audited. */
export function registerRecommendations(program: Command, ctx: CliContext): void {
  const group = program
    .command('recommendations')
    .description('recommendations attached to matrix cells: list, add, edit, delete, import');

  group
    .command('list')
    .description('list recommendations by priority, filtered')
    .option('--country <ISO2>', 'only those with a cell of this country')
    .option('--provision <id>', 'only those with a cell of this provision')
    .option('--framework <id>', 'only those with a cell of this instrument (e.g. CRC)')
    .option('--type <type>', orList(choicesOf('listRecommendations', 'type')))
    .option('--priority <priority>', orList(choicesOf('listRecommendations', 'priority')))
    .option('--status <status>', orList(choicesOf('listRecommendations', 'status')))
    .option('--origin <origin>', orList(choicesOf('listRecommendations', 'origin')))
    .option('--document <id>', 'only those citing this law')
    .option('--cites-deleted-law', 'only those citing a law deleted from the library')
    .option('--json', 'print the API result (Recommendation[]) as one JSON document')
    .action(
      async (opts: {
        country?: string;
        provision?: string;
        framework?: string;
        type?: string;
        priority?: string;
        status?: string;
        origin?: string;
        document?: string;
        citesDeletedLaw?: boolean;
        json?: boolean;
      }) => {
        const list = await ctx.call(
          'listRecommendations',
          {
            country: opts.country,
            provisionId: opts.provision,
            framework: opts.framework,
            type: opts.type as RecommendationType | undefined,
            priority: opts.priority as RecommendationPriority | undefined,
            status: opts.status as RecommendationStatus | undefined,
            origin: opts.origin as RecommendationOrigin | undefined,
            documentId: opts.document,
            citesDeletedLaw: opts.citesDeletedLaw,
          },
          { provisionId: '--provision', documentId: '--document' },
        );
        if (opts.json) return printJson(ctx, list);
        printTable(
          ctx,
          ['ID', 'PRIORITY', 'TYPE', 'CELLS', 'STATUS', 'TARGET', 'BODY', 'TEXT'],
          list.map((r) => [
            r.id,
            r.priority,
            r.type,
            r.cells.map(formatCellRef).join(', '),
            r.status,
            r.targetDate ?? '',
            r.responsibleBody ?? '',
            `${r.evidence.some((e) => e.lawDeleted) ? '[cites a deleted law] ' : ''}${r.text}`,
          ]),
          'No recommendations.',
        );
      },
    );

  reviewerOption(
    fieldOptions(group.command('add').description('add a recommendation to one or more cells'), true),
  ).action(async (opts: FieldOptions) => {
    const fields = fieldsOf(opts) as RecommendationInput;
    const added = await ctx.call('addRecommendation', fields, NAMES);
    if (opts.json) return printJson(ctx, added);
    ctx.stdout(describe(added));
  });

  reviewerOption(
    fieldOptions(
      group
        .command('edit')
        .description('change the fields given; the others stay')
        .argument('<id>', 'recommendation id (see `recommendations list`)'),
      false,
    ),
  ).action(async (id: string, opts: FieldOptions) => {
    const updated = await ctx.call('updateRecommendation', { id, ...fieldsOf(opts) }, NAMES);
    if (opts.json) return printJson(ctx, updated);
    ctx.stdout(describe(updated));
  });

  reviewerOption(
    group
      .command('delete')
      .description('delete a recommendation (recorded in the audit trail)')
      .argument('<id>', 'recommendation id (see `recommendations list`)')
      .option('--json', 'print the API result ({ deleted }) as one JSON document'),
  ).action(async (id: string, opts: { json?: boolean }) => {
    const result = await ctx.call('deleteRecommendation', { id }, NAMES);
    if (opts.json) return printJson(ctx, result);
    ctx.stdout(`${id} deleted\n`);
  });

  reviewerOption(
    group
      .command('import')
      .description(
        'restore the recommendations of a JSON export (`matrix --format json` or `recommendations list --json`)',
      )
      .argument('<file>', 'the JSON file')
      .option('--json', 'print the API result as one JSON document'),
  ).action(async (file: string, opts: { json?: boolean }) => {
    const result = await ctx.call('importRecommendations', { path: file }, { path: 'FILE' });
    if (opts.json) return printJson(ctx, result);
    ctx.stdout(
      `${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged (${result.recommendations.length} in ${file})\n`,
    );
  });
}
