import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandsFor } from '../cli';
import { createContext } from '../context';
import { COMMANDS } from '.';

describe('the command list', () => {
  const ctx = createContext(
    () => Promise.reject(new Error('not called')),
    { stdout: () => undefined, stderr: () => undefined, interactive: false },
    () => ':memory:',
  );

  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    '`%s` is declared by the file it loads',
    async (name, entry) => {
      const program = new Command('lexgap');
      (await entry.load())(program, ctx);
      expect(program.commands.map((c) => c.name())).toEqual([name]);
    },
  );

  it('names each command once', () => {
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
  });

  it('declares only the command a command line names, and all of them for help or an unknown name', () => {
    const names = (argv: string[]) => commandsFor(argv).map((c) => c.name);
    expect(names(['documents', '--json'])).toEqual(['documents']);
    expect(names(['--db', 'documents', 'countries'])).toEqual(['countries']);
    expect(names(['--create', '--db=x.sqlite', 'tag', 'DOC'])).toEqual(['tag']);
    for (const argv of [[], ['--help'], ['-h', 'documents'], ['help', 'documents'], ['documnets']])
      expect(names(argv)).toHaveLength(COMMANDS.length);
  });
});
