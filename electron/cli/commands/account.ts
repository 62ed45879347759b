// `lexgap account`: the team server's accounts, managed by whoever runs the command on the database
// (the administrator). Passwords come from LEXGAP_PASSWORD or standard input, never the command
// line, which other users can see; they are stored only as scrypt hashes; every change is audited.
import fs from 'node:fs';
import os from 'node:os';
import type { Command } from 'commander';
import {
  accountInfo,
  accountNameProblem,
  ROLES,
  type Account,
  type Role,
} from '../../../shared/accounts/account';
import { saveAccountChange } from '../../services/change-account';
import { passwordProblem } from '../../../shared/accounts/password-problem';
import { hashPassword } from '../../services/passwords';
import { openStore, parseDatabaseLocation } from '../../store/open-store';
import type { Store } from '../../store/store';
import { CliError, type CliContext, orList, printJson, printTable } from '../context';

function readPassword(): string {
  const given = process.env.LEXGAP_PASSWORD ?? (process.stdin.isTTY ? undefined : fs.readFileSync(0, 'utf8'));
  if (given === undefined)
    throw new CliError('give the password on standard input or in LEXGAP_PASSWORD (never as an argument)', 2);
  const password = given.replace(/\r?\n$/, '');
  const problem = passwordProblem(password);
  if (problem) throw new CliError(problem, 2);
  return password;
}

async function withStore<T>(ctx: CliContext, fn: (store: Store) => Promise<T>): Promise<T> {
  const database = ctx.database();
  const { scheme, location } = parseDatabaseLocation(database);
  if (scheme === 'sqlite' && !fs.existsSync(location))
    throw new CliError(`no database at ${location} (check --db)`);
  const store = await openStore(database);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Changes one account and audits it, in one transaction. */
async function change(
  ctx: CliContext,
  name: string,
  update: (before: Account | undefined, now: string) => Promise<Account>,
): Promise<Account> {
  const nameProblem = accountNameProblem(name);
  if (nameProblem) throw new CliError(nameProblem, 2);
  return withStore(ctx, (store) =>
    store.transaction(async (tx) => {
      const now = new Date().toISOString();
      const before = await tx.getAccount(name);
      const after = await update(before, now);
      await tx.appendAudit(await saveAccountChange(tx, before, after, os.userInfo().username), now);
      return after;
    }),
  );
}

const existing = (name: string, a: Account | undefined): Account => {
  if (!a) throw new CliError(`no account "${name}" (lexgap account list shows them)`);
  return a;
};

const role = (value: string): Role => {
  if (!(ROLES as readonly string[]).includes(value))
    throw new CliError(`--role: "${value}" is not a role (${orList([...ROLES])})`, 2);
  return value as Role;
};

export function registerAccount(program: Command, ctx: CliContext): void {
  const account = program
    .command('account')
    .description(
      `team-server accounts and their roles (${ROLES.join(', ')}); passwords from stdin or LEXGAP_PASSWORD`,
    );
  const done = (a: Account, what: string) => ctx.stdout(`${a.name} (${a.role}) ${what}\n`);

  account
    .command('add <name>')
    .description('add an account with a role and a password of at least 12 characters')
    .requiredOption('--role <role>', ROLES.join('|'))
    .action(async (name: string, opts: { role: string }) => {
      const wanted = role(opts.role);
      const password = readPassword();
      const a = await change(ctx, name, async (before, now) => {
        if (before) throw new CliError(`an account "${name}" exists already (reset, enable or disable it)`);
        return {
          name,
          role: wanted,
          passwordHash: await hashPassword(password),
          disabled: false,
          createdAt: now,
          updatedAt: now,
        };
      });
      done(a, 'added');
    });

  account
    .command('reset <name>')
    .description('give an account a new password (and, with --role, a new role)')
    .option('--role <role>', ROLES.join('|'))
    .action(async (name: string, opts: { role?: string }) => {
      const wanted = opts.role === undefined ? undefined : role(opts.role);
      const password = readPassword();
      const a = await change(ctx, name, async (before, now) => ({
        ...existing(name, before),
        role: wanted ?? existing(name, before).role,
        passwordHash: await hashPassword(password),
        updatedAt: now,
      }));
      done(a, 'has a new password');
    });

  for (const [verb, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    account
      .command(`${verb} <name>`)
      .description(
        disabled
          ? 'refuse the account at sign-in (its decisions stay, under its name)'
          : 'let a disabled account sign in again',
      )
      .action(async (name: string) => {
        const a = await change(ctx, name, async (before, now) => ({
          ...existing(name, before),
          disabled,
          updatedAt: now,
        }));
        done(a, `${verb}d`);
      });
  }

  account
    .command('list')
    .description('the accounts, their roles and whether they are disabled (never a password or its hash)')
    .option('--json', 'print [{ name, role, disabled, createdAt, updatedAt }] as one JSON document')
    .action(async (opts: { json?: boolean }) => {
      const accounts = (await withStore(ctx, (store) => store.listAccounts())).map(accountInfo);
      if (opts.json) return printJson(ctx, accounts);
      printTable(
        ctx,
        ['NAME', 'ROLE', 'STATE', 'CHANGED'],
        accounts.map((a) => [a.name, a.role, a.disabled ? 'disabled' : 'active', a.updatedAt]),
        'No accounts.',
      );
    });
}
