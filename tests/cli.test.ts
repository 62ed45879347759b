// The command line as a user meets it: the installed command, a pipe closed early, a mistyped
// database, mistyped values, progress while importing, decisions under a reviewer's name.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '../shared/api/contract';
import { lexgap, lexgapOnTerminal } from './helpers/run-cli';
import { law, repoRoot, tempDir } from './helpers/paths';

const marriageAct = law('PK/Child_Marriage_Restraint_Act_1929.pdf');
const evidenceBill = law('MY/Evidence_of_Child_Witness_Bill_2007.pdf');
const bin = path.join(repoRoot, 'bin/lexgap.mjs');

describe('the installed command', () => {
  it.each(['npx --no-install lexgap --help', 'npm run --silent lexgap -- --help'])(
    '`%s` runs the bin entry and lists every command',
    (line) => {
      const [command, ...args] = line.split(' ');
      const run = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      for (const name of ['import', 'documents', 'review', 'undo', 'add-tag', 'rate', 'call'])
        expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    },
  );

  it('`lexgap --version` prints the version of the package', () => {
    const run = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${version}\n`);
    expect(run.status).toBe(0);
  });

  it('`lexgap call --help` lists every API method with its arguments', () => {
    const run = spawnSync(process.execPath, [bin, 'call', '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^ {2}setCellOverride \{ country: string, provisionId: string, level: "full"\|/m,
    );
    expect(run.stdout).toMatch(/^ {2}undoLastReview \{\}$/m);
  });

  it('a reader that closes the pipe early ends it quietly with exit 0 (`lexgap standards --json | head`)', async () => {
    const db = path.join(tempDir(), 'none.sqlite');
    const child = spawn(process.execPath, [bin, '--db', db, 'standards', '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `head -c 100`: read one chunk of the half-megabyte catalog, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // Reading the catalog needs no database, and none was made.
    expect(fs.existsSync(db)).toBe(false);
  });
});

it('`recommendations edit --help` promises no defaults: a field left out stays as it was', async () => {
  const db = path.join(tempDir(), 'none.sqlite');
  const edit = (await lexgap(db, 'recommendations', 'edit', '--help')).stdout.replace(/\s+/g, ' ');
  expect(edit).toContain('--status <status> proposed, agreed, in_progress, implemented or dropped --origin');
  expect(edit).toContain('(repeatable; replaces the list)');
  const add = (await lexgap(db, 'recommendations', 'add', '--help')).stdout.replace(/\s+/g, ' ');
  expect(add).toContain('implemented or dropped (default proposed)');
  expect(add).not.toContain('replaces the list');
});

it('every command filtering by country writes its value as the README does: `--country <ISO2>`', async () => {
  const db = path.join(tempDir(), 'none.sqlite');
  for (const command of [
    ['documents'],
    ['suggestions'],
    ['disagreements'],
    ['agreement'],
    ['checks'],
    ['recommendations', 'list'],
    ['package', 'export'],
  ])
    expect((await lexgap(db, ...command, '--help')).stdout).toMatch(/^ {2}--country <ISO2> /m);
});

it('`matrix --help` names every file a CSV export writes', async () => {
  const dir = tempDir();
  const db = path.join(dir, 'db.sqlite');
  expect((await lexgap(db, 'import', marriageAct, '--country', 'PK')).code).toBe(0);
  expect((await lexgap(db, 'matrix', '--out', path.join(dir, 'm.csv'))).code).toBe(0);
  const written = fs.readdirSync(dir).filter((f) => f.startsWith('m.'));
  const help = (await lexgap(db, 'matrix', '--help')).stdout.replace(/\s+/g, ' ');
  for (const file of written.filter((f) => f !== 'm.csv'))
    expect(help).toContain(file.replace(/^m\./, 'FILE.'));
  expect(written.sort()).toEqual(['m.csv', 'm.evidence.csv', 'm.ratifications.csv', 'm.recommendations.csv']);
});

it('`undo --help` says whose decisions it takes back, as the README does', async () => {
  const help = (await lexgap(path.join(tempDir(), 'none.sqlite'), 'undo', '--help')).stdout;
  expect(help.replace(/\s+/g, ' ')).toContain(
    "--reviewer <name> take back this reviewer's last batch, and only theirs (default: the reviewer name in settings, else the login name)",
  );
});

describe('the database a command opens', () => {
  it('a database that does not exist is refused by name, and not created', async () => {
    const db = path.join(tempDir(), 'tpyo.sqlite');
    const run = await lexgap(db, 'documents', '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `lexgap: no database at ${db} (check --db; \`lexgap import\` or --create starts a new one there)\n`,
    );
    expect(fs.existsSync(db)).toBe(false);
  });

  it("a team server's address is not taken for a database: it says what to give instead", async () => {
    const run = await lexgap('https://lexgap.example.org/', 'documents', '--json');
    expect([run.code, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toBe(
      "lexgap: https://lexgap.example.org/ is a team server's address, not a database: the command line opens the server's database (postgres://USER@HOST/DB, as given to `lexgap serve`); to work on the server as yourself, sign in to it in a browser or in the app (Settings › Team server)\n",
    );
  });

  it('an import that brings nothing in leaves no new database behind; one that brings a law in keeps it', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'new.sqlite');
    const mistyped = await lexgap(db, 'import', path.join(dir, 'Marriage_Act.pdf'), '--country', 'PK');
    expect(mistyped.stderr).toBe('lexgap: Marriage_Act.pdf: no such file\n');
    expect(mistyped.code).toBe(1);
    const unknownCountry = await lexgap(db, 'import', marriageAct, '--country', 'QQ');
    expect(unknownCountry.code).toBe(2);
    expect(fs.readdirSync(dir)).toEqual([]);
    const partly = await lexgap(db, 'import', marriageAct, path.join(dir, 'none.pdf'), '--country', 'PK');
    expect(partly.code).toBe(1);
    expect((await lexgap(db, 'documents', '--json')).json<unknown[]>()).toHaveLength(1);
  });

  it('--create makes a new, empty database', async () => {
    const db = path.join(tempDir(), 'new.sqlite');
    const run = await lexgap(db, '--create', 'documents', '--json');
    expect(run.code).toBe(0);
    expect(run.json()).toEqual([]);
    expect(fs.existsSync(db)).toBe(true);
  });
});

describe('mistyped values', () => {
  const db = () => path.join(tempDir(), 'db.sqlite');

  it.each([
    [
      'a country name for a code',
      ['import', marriageAct, '--country', 'Pakistan'],
      'lexgap: --country: "Pakistan" is not a two-letter ISO country code (e.g. PK)',
    ],
    [
      'an unknown status',
      ['--create', 'suggestions', '--status', 'done'],
      'lexgap: --status: "done" is not one of suggested, accepted, rejected',
    ],
    [
      'a review without ids',
      ['--create', 'review', 'accept'],
      'lexgap: SUGGESTION_ID needs at least 1 value',
    ],
    [
      'a mistyped decision',
      ['--create', 'review', 's1', 'acept'],
      'lexgap: the decision (the last argument): "acept" is not one of accept, reject, reset',
    ],
    [
      'a language Lexgap does not read',
      ['import', marriageAct, '--country', 'PK', '--language', 'zz'],
      'lexgap: --language: "zz" is not a language Lexgap reads: en, ms, id, vi, th, fil, km, lo or my',
    ],
    [
      'a language Lexgap does not read, through the API the app calls',
      [
        'call',
        'startImport',
        '--args',
        JSON.stringify({ files: [{ path: marriageAct }], country: 'PK', language: 'zz' }),
      ],
      'lexgap: language: "zz" is not a language Lexgap reads: en, ms, id, vi, th, fil, km, lo or my',
    ],
    [
      'a year that is not a number',
      ['import', marriageAct, '--country', 'PK', '--year', 'nineteen'],
      'lexgap: --year: "nineteen" is not a whole number',
    ],
    [
      'a limit that is not a number',
      ['--create', 'suggestions', '--limit', 'ten'],
      'lexgap: --limit: "ten" is not a whole number',
    ],
    [
      'a date not written YYYY-MM-DD',
      ['--create', 'edit-document', 'd1', '--enacted', '1/4/1930'],
      'lexgap: --enacted: "1/4/1930" is not a date written YYYY-MM-DD',
    ],
    [
      'a country name among repeated --country flags',
      ['--create', 'matrix', '--country', 'PK', '--country', 'Pakistan'],
      'lexgap: --country: "Pakistan" is not a country code (PK) or an ISO 3166-2 subdivision (PK-IS)',
    ],
    [
      'a date that does not exist',
      ['--create', 'matrix', '--as-of', '2020-13-01'],
      'lexgap: --as-of: "2020-13-01" is not a date written YYYY-MM-DD',
    ],
    [
      'a mistyped amendment decision',
      ['--create', 'amendment', 'approve', 'd1', 'd2'],
      'lexgap: the decision: "approve" is not one of confirm, dismiss',
    ],
    [
      'a coverage with a rejection',
      ['--create', 'review', 's1', 'reject', '--coverage', 'full'],
      'lexgap: --coverage goes with accept, not with reject',
    ],
    [
      'a title for several files',
      ['import', marriageAct, evidenceBill, '--country', 'PK', '--title', 'Two laws'],
      'lexgap: --title names one law: import these 2 files one at a time to give it',
    ],
    [
      'a year for several files',
      ['import', marriageAct, evidenceBill, '--country', 'PK', '--year', '1929'],
      'lexgap: --year names one law: import these 2 files one at a time to give it',
    ],
    [
      'an out-of-range level through `call`',
      [
        '--create',
        'call',
        'setCellOverride',
        '--args',
        '{"country":"PK","provisionId":"CRC.1","level":"ok"}',
      ],
      'lexgap: level: "ok" is not one of full, partial, gap, contradicts, not_applicable, not_reviewed\n' +
        'lexgap: rationale is required: give a rationale of up to 10,000 characters (about three pages; cite clauses for the rest)',
    ],
    [
      'JSON that is not JSON',
      ['--create', 'call', 'listDocuments', '--args', '{country'],
      /^lexgap: --args is not valid JSON/,
    ],
    [
      'an unknown key',
      ['--create', 'call', 'listDocuments', '--args', '{"contry":"PK"}'],
      'lexgap: contry is not an option here',
    ],
    [
      'a field left empty, in its schema’s own words, naming the flag',
      ['--create', 'package', 'export', '--country', 'PK', '--for', ' ', '--out', 'x.lexgap'],
      'lexgap: --for is empty: give who reviews it, e.g. "Ministry of Human Rights"',
    ],
  ])('%s is explained in plain words, with exit 2', async (_label, args, message) => {
    const run = await lexgap(db(), ...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    if (typeof message === 'string') expect(run.stderr).toBe(`${message}\n`);
    else expect(run.stderr).toMatch(message);
  });
});

it('an unknown country is a mistake in an argument, as a malformed one is: every command names its flag, exit 2', async () => {
  const db = path.join(tempDir(), 'db.sqlite');
  const unknown = '"QQ" is not a known country code (ISO 3166 alpha-2)';
  // The import refuses it before making a database.
  const imported = await lexgap(db, 'import', marriageAct, '--country', 'QQ');
  expect([imported.code, imported.stderr]).toEqual([2, `lexgap: --country: ${unknown}\n`]);
  expect(fs.existsSync(db)).toBe(false);
  expect((await lexgap(db, 'import', marriageAct, '--country', 'PK')).code).toBe(0);
  for (const [args, message] of [
    [['documents', '--country', 'qq'], `--country: ${unknown.replace('QQ', 'qq')}`],
    [['suggestions', '--country', 'QQ'], `--country: ${unknown}`],
    [['disagreements', '--country', 'QQ'], `--country: ${unknown}`],
    [['agreement', '--country', 'QQ'], `--country: ${unknown}`],
    [['checks', '--country', 'QQ'], `--country: ${unknown}`],
    [['recommendations', 'list', '--country', 'QQ'], `--country: ${unknown}`],
    [['matrix', '--country', 'PK', '--country', 'QQ'], `--country: ${unknown}`],
    [['matrix', '--split', 'QQ'], `--split: ${unknown}`],
    [
      ['matrix', '--country', 'PK-ZZ'],
      '--country: "PK-ZZ" is neither a country code (ISO 3166 alpha-2) nor a subdivision Lexgap knows (ISO 3166-2, e.g. PK-IS)',
    ],
    [['report', '--country', 'QQ', '--format', 'html'], `--country: ${unknown}`],
    [
      ['package', 'export', '--country', 'QQ', '--for', 'Ministry', '--out', 'p.lexgap'],
      `--country: ${unknown}`,
    ],
    [['rate', 'QQ', 'CRC.19', 'gap', '--rationale', 'none'], `COUNTRY: ${unknown}`],
    [['clear-rating', 'QQ', 'CRC.19'], `COUNTRY: ${unknown}`],
    [['call', 'listDocuments', '--args', '{"country":"QQ"}'], `country: ${unknown}`],
    [
      ['import', evidenceBill, '--country', 'PK', '--jurisdiction', 'PK-ZZ'],
      '--jurisdiction: "PK-ZZ" is not an ISO 3166-2 subdivision of PK (Pakistan); known: PK-BA, PK-GB, PK-IS, PK-JK, PK-KP, PK-PB, PK-SD, PK-TA',
    ],
  ]) {
    const run = await lexgap(db, ...args);
    expect([args, run.code, run.stderr, run.stdout]).toEqual([args, 2, `lexgap: ${message}\n`, '']);
  }
  expect((await lexgap(db, 'documents', '--json')).json()).toHaveLength(1);
});

it('an instrument or provision the catalog lacks is a mistake in an argument too: the command names its flag, exit 2', async () => {
  const db = path.join(tempDir(), 'db.sqlite');
  expect((await lexgap(db, 'import', marriageAct, '--country', 'PK')).code).toBe(0);
  for (const args of [
    ['standards'],
    ['suggestions'],
    ['matrix'],
    ['report', '--country', 'PK', '--format', 'html'],
    ['package', 'export', '--country', 'PK', '--for', 'Ministry', '--out', 'p.lexgap'],
    ['recommendations', 'list'],
  ]) {
    const run = await lexgap(db, ...args, '--framework', 'CRX');
    expect([args, run.code, run.stderr, run.stdout]).toEqual([
      args,
      2,
      'lexgap: --framework: no framework "CRX"\n',
      '',
    ]);
  } // A provision the catalog lacks, likewise.
  const [clause] = (
    await lexgap(
      db,
      'clauses',
      (await lexgap(db, 'documents', '--json')).json<{ id: string }[]>()[0].id,
      '--json',
    )
  ).json<{ id: string }[]>();
  for (const [args, message] of [
    [['rate', 'PK', 'CRC.999', 'gap', '--rationale', 'none'], 'PROVISION_ID: no provision "CRC.999"'],
    [['add-tag', clause.id, 'CRC.999', '--coverage', 'full'], 'PROVISION_ID: no provision "CRC.999"'],
    [['check', 'PK', 'CHK.NONE', 'confirm'], 'PROVISION_ID: no checklist item with a threshold "CHK.NONE"'],
  ]) {
    const run = await lexgap(db, ...args);
    expect([args, run.code, run.stderr, run.stdout]).toEqual([args, 2, `lexgap: ${message}\n`, '']);
  }
});

it('`suggestions` filtered by a document that does not exist says so, as `clauses` does', async () => {
  const db = path.join(tempDir(), 'db.sqlite');
  expect((await lexgap(db, 'import', marriageAct, '--country', 'PK')).code).toBe(0);
  for (const [flag, value, message] of [['--document', 'd0000000000', 'no document d0000000000']]) {
    const run = await lexgap(db, 'suggestions', flag, value);
    expect(run.stderr).toBe(`lexgap: ${message}\n`);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
  }
  // What does exist still filters, in any case for a country.
  expect((await lexgap(db, 'suggestions', '--country', 'pk', '--framework', 'CRC', '--json')).code).toBe(0);
});

/** A database in a folder of its own holding one law (its id) and a baseline named "first". */
async function lawWithBaseline(): Promise<{ dir: string; db: string; id: string }> {
  const dir = tempDir();
  const db = path.join(dir, 'db.sqlite');
  const imported = await lexgap(db, 'import', marriageAct, '--country', 'PK', '--json');
  const [{ id }] = imported.json<{ documents: { id: string }[] }>().documents;
  expect((await lexgap(db, 'baseline', 'create', 'first')).code).toBe(0);
  return { dir, db, id };
}

it('a file a command cannot write or read is named with the reason in plain words, not an errno', async () => {
  const { dir, db, id } = await lawWithBaseline();
  const missing = path.join(dir, 'no-such-folder');
  for (const [args, message] of [
    [
      ['pdf', id, '--out', path.join(missing, 'law.pdf')],
      `${path.join(missing, 'law.pdf')}: the folder does not exist`,
    ],
    [
      ['baseline', 'compare', 'first', '--format', 'csv', '--out', path.join(missing, 'changes.csv')],
      `${path.join(missing, 'changes.csv')}: the folder does not exist`,
    ],
    [['matrix', '--format', 'json', '--out', dir], `${dir}: is a folder`],
    [
      ['recommendations', 'import', path.join(dir, 'none.json')],
      `${path.join(dir, 'none.json')}: no such file`,
    ],
  ]) {
    const run = await lexgap(db, ...args);
    expect(run.stderr).toBe(`lexgap: ${message}\n`);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
  }
});

it('`--out` with `--json` writes the file and prints one JSON document, on every command that has --out', async () => {
  const { dir, db, id } = await lawWithBaseline();
  for (const [args, file] of [
    [['pdf', id], 'law.pdf'],
    [['matrix'], 'm.json'],
    [['report', '--country', 'PK'], 'r.html'],
    [['baseline', 'compare', 'first'], 'c.csv'],
    [['package', 'export', '--country', 'PK', '--for', 'Ministry'], 'p.lexgap'],
  ] as [string[], string][]) {
    const out = path.join(dir, file);
    const run = await lexgap(db, ...args, '--out', out, '--json');
    expect([args, run.code, run.stderr]).toEqual([args, 0, '']);
    expect(run.json<{ path: string }>().path).toBe(out);
    expect(fs.statSync(out).size).toBeGreaterThan(0);
  }
  const pdf = fs.readFileSync(path.join(dir, 'law.pdf'));
  expect(pdf.equals(fs.readFileSync(marriageAct))).toBe(true);
  const printed = (await lexgap(db, 'pdf', id, '--out', path.join(dir, 'again.pdf'), '--json')).json();
  expect(printed).toEqual({
    name: path.basename(marriageAct),
    path: path.join(dir, 'again.pdf'),
    bytes: pdf.length,
  });
  // Without --json, a line on stderr says what was written, and how big, as `matrix` does.
  const plain = await lexgap(db, 'pdf', id, '--out', path.join(dir, 'plain.pdf'));
  expect(plain.stderr).toBe(`wrote ${path.join(dir, 'plain.pdf')} (${pdf.length} bytes)\n`);
});

it('`matrix --out m.csv` names every file it wrote, and `--json` lists those beside it; other exports say it the same way', async () => {
  const { dir, db } = await lawWithBaseline();
  const out = path.join(dir, 'm.csv');
  const tables = ['m.csv', 'm.evidence.csv', 'm.ratifications.csv', 'm.recommendations.csv'];
  const size = (file: string) => fs.statSync(path.join(dir, file)).size;
  const plain = await lexgap(db, 'matrix', '--out', out);
  expect(plain.code).toBe(0);
  expect(plain.stdout).toBe('');
  expect(plain.stderr).toBe(tables.map((f) => `wrote ${path.join(dir, f)} (${size(f)} bytes)\n`).join(''));
  const json = (await lexgap(db, 'matrix', '--out', out, '--json')).json<ExportResult>();
  expect(json.path).toBe(out);
  expect(json.alsoWritten).toEqual(tables.slice(1).map((f) => ({ path: path.join(dir, f), bytes: size(f) })));
  // A baseline comparison written to a file says so on stderr too, not as output on stdout.
  const compared = await lexgap(db, 'baseline', 'compare', 'first', '--out', path.join(dir, 'c.csv'));
  expect([compared.stdout, compared.stderr]).toEqual([
    '',
    `wrote ${path.join(dir, 'c.csv')} (${size('c.csv')} bytes)\n`,
  ]);
});

it('`import --language` takes a language Lexgap reads as a tag too (en-GB), and keeps the code given', async () => {
  const db = path.join(tempDir(), 'db.sqlite');
  const run = await lexgap(db, 'import', marriageAct, '--country', 'PK', '--language', 'en-GB', '--json');
  expect(run.code).toBe(0);
  const [doc] = (await lexgap(db, 'documents', '--json')).json<{ language: string }[]>();
  expect(doc.language).toBe('en-GB');
});

it('a list with nothing in it says so in a plain line, not a bare header; its JSON is an empty list', async () => {
  const db = path.join(tempDir(), 'db.sqlite');
  for (const [args, line] of [
    [['documents'], 'No documents.'],
    [['countries'], 'No countries: no law is imported yet.'],
    [['suggestions'], 'No suggestions.'],
    [['audit'], 'No audit entries.'],
    [['amendments'], 'No amending acts.'],
    [['recommendations', 'list'], 'No recommendations.'],
    [['baseline', 'list'], 'No baselines.'],
    [['disagreements'], 'No disagreements.'],
  ] as [string[], string][]) {
    const run = await lexgap(db, '--create', ...args);
    expect([args, run.code, run.stdout]).toEqual([args, 0, `${line}\n`]);
    if (args[0] !== 'disagreements') expect((await lexgap(db, ...args, '--json')).json()).toEqual([]);
  }
  expect((await lexgap(db, 'documents', '--country', 'PK')).stdout).toBe('No documents.\n');
});

it('`document` says "none" where a law has no OCR or unreadable pages, and leaves no line blank', async () => {
  const db = path.join(tempDir(), 'db.sqlite');
  const imported = await lexgap(db, 'import', marriageAct, '--country', 'PK', '--json');
  const [{ id }] = imported.json<{ documents: { id: string }[] }>().documents;
  const shown = (await lexgap(db, 'document', id)).stdout;
  expect(shown).toContain('\nOCR pages        none\n');
  expect(shown).toContain('\nunreadable pages none\n');
  expect(shown).not.toMatch(/ \n/);
});

it('`call` reads its arguments from a file (@FILE) as from the command line', async () => {
  const db = path.join(tempDir(), 'db.sqlite');
  expect((await lexgap(db, 'import', marriageAct, '--country', 'PK')).code).toBe(0);
  const file = path.join(tempDir(), 'args.json');
  fs.writeFileSync(file, JSON.stringify({ country: 'pk' }));
  const fromFile = await lexgap(db, 'call', 'listDocuments', '--args', `@${file}`);
  expect(fromFile.code).toBe(0);
  expect(fromFile.json()).toEqual((await lexgap(db, 'documents', '--country', 'PK', '--json')).json());
  expect(fromFile.json<{ file: string }[]>().map((d) => d.file)).toEqual([
    'Child_Marriage_Restraint_Act_1929.pdf',
  ]);
});

describe('long work and decisions', () => {
  it('importing several files tells, on stderr, each file as it is done; a terminal also sees live progress', async () => {
    const files = [marriageAct, evidenceBill];
    const plain = await lexgap(path.join(tempDir(), 'db.sqlite'), 'import', ...files, '--country', 'PK');
    expect(plain.code).toBe(0);
    expect(plain.stderr).toBe(
      '[1/2] Child_Marriage_Restraint_Act_1929.pdf: done\n[2/2] Evidence_of_Child_Witness_Bill_2007.pdf: done\n',
    );
    expect(plain.stdout.trim().split('\n')).toHaveLength(2);

    const live = await lexgapOnTerminal(
      path.join(tempDir(), 'db.sqlite'),
      'import',
      ...files,
      '--country',
      'PK',
    );
    const stderr = live.stderr;
    expect(live.code).toBe(0);
    expect(stderr).toContain('\r\x1b[K[1/2] Child_Marriage_Restraint_Act_1929.pdf: reading');
    // The first file is read from the command's start (ahead of the import): never shown as waiting.
    expect(stderr).not.toContain('Child_Marriage_Restraint_Act_1929.pdf: waiting');
    expect(stderr).toMatch(
      /\[2\/2\] Evidence_of_Child_Witness_Bill_2007\.pdf: (reading|ocr|segmenting|saving) \d+%/,
    );
    expect(stderr).toMatch(/\[2\/2\] Evidence_of_Child_Witness_Bill_2007\.pdf: done\n/);
    // The live line is cleared at the end: what was drawn last ends with a newline.
    const last = stderr.split('\r\x1b[K').at(-1) ?? '';
    expect(last === '' || last.endsWith('\n')).toBe(true);
  });

  it('`suggestions` lists them as its help says: clause by clause, each clause’s best first', async () => {
    const db = path.join(tempDir(), 'db.sqlite');
    expect((await lexgap(db, 'import', marriageAct, '--country', 'PK')).code).toBe(0);
    expect((await lexgap(db, 'tag')).code).toBe(0);
    const help = (await lexgap(db, 'suggestions', '--help')).stdout.replace(/\s+/g, ' ');
    expect(help).toContain("list suggestions by country, law and clause, each clause's best first");
    const list = (await lexgap(db, 'suggestions', '--json')).json<{ clauseId: string; score: number }[]>();
    const clauses = list.map((s) => s.clauseId).filter((id, i, all) => i === 0 || all[i - 1] !== id);
    expect(new Set(clauses).size).toBe(clauses.length);
    for (let i = 1; i < list.length; i++)
      if (list[i].clauseId === list[i - 1].clauseId)
        expect(list[i].score).toBeLessThanOrEqual(list[i - 1].score);
    // Not best first over the whole list: a later clause has a better suggestion than an earlier one.
    expect(list.some((s, i) => i > 0 && s.score > list[i - 1].score)).toBe(true);
  });

  it('--reviewer records decisions and their audit entries under that name', async () => {
    const db = path.join(tempDir(), 'db.sqlite');
    expect((await lexgap(db, 'import', marriageAct, '--country', 'PK')).code).toBe(0);
    expect((await lexgap(db, 'tag')).code).toBe(0);
    const [first] = (await lexgap(db, 'suggestions', '--limit', '1', '--json')).json<{ id: string }[]>();
    const reviewed = await lexgap(
      db,
      'review',
      first.id,
      'accept',
      '--coverage',
      'full',
      '--reviewer',
      'Amina Q.',
      '--json',
    );
    expect(reviewed.code).toBe(0);
    expect(reviewed.json<{ reviewer: string }[]>()[0].reviewer).toBe('Amina Q.');
    const audit = (await lexgap(db, 'audit', '--entity', first.id, '--json')).json<
      { actor: string; action: string }[]
    >();
    expect(audit).toEqual([expect.objectContaining({ actor: 'Amina Q.', action: 'review' })]);
    // Each reviewer undoes their own decisions only.
    expect((await lexgap(db, 'undo', '--reviewer', 'Bo')).stdout).toBe('nothing to undo\n');
    const undone = await lexgap(db, 'undo', '--reviewer', 'Amina Q.');
    expect(undone.stdout).toMatch(
      /^undid the acceptance in full of \S+ on .+ \(Child Marriage Restraint Act, 1929\): it is undecided again\n$/,
    );
    const after = (await lexgap(db, 'audit', '--entity', first.id, '--json')).json<
      { actor: string; action: string }[]
    >();
    expect(after.map((e) => [e.actor, e.action])).toEqual([
      ['Amina Q.', 'undo'],
      ['Amina Q.', 'review'],
    ]);
    // A note alone: no decision after the ids.
    const noted = await lexgap(db, 'review', first.id, '--note', 'see s. 4 too', '--json');
    expect(noted.json()).toEqual([
      expect.objectContaining({ id: first.id, status: 'suggested', note: 'see s. 4 too' }),
    ]);
  });
});
