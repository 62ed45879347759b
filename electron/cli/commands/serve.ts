// `lexgap serve`: the database as a team server, the UI and the API for every signed-in account.
// Prints its URL as the first line of stdout, then runs until SIGINT or SIGTERM.
import fs from 'node:fs';
import type { Command } from 'commander';
import { openTeamServer } from '../../http/open-team-server';
import { rendererDir } from '../../http/renderer-dir';
import { parseDatabaseLocation } from '../../store/open-store';
import { CliError, type CliContext } from '../context';
import { wholeNumber } from '../parse-option';

interface ServeOptions {
  host: string;
  port: number;
  tlsCert?: string;
  tlsKey?: string;
  secureCookies?: boolean;
  publicUrl?: string;
  trustProxy?: boolean;
}

function readPem(file: string, what: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new CliError(`${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function publicUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CliError(`--public-url: "${value}" is not a URL (e.g. https://lexgap.example.org/)`, 2);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new CliError(`--public-url: "${value}" is not an http or https URL`, 2);
  return url.href;
}

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description(
      'serve the database to a team: the UI and the API, each request signed in to an account (lexgap account)',
    )
    .option('--host <address>', 'the address to listen on (0.0.0.0: every interface)', '127.0.0.1')
    .option('--port <n>', 'the port (0 picks a free one)', wholeNumber, 8080)
    .option('--tls-cert <file>', 'serve HTTPS with this PEM certificate (with --tls-key)')
    .option('--tls-key <file>', 'the PEM private key of --tls-cert')
    .option('--secure-cookies', 'mark cookies Secure without TLS here (a proxy in front terminates TLS)')
    .option(
      '--public-url <url>',
      'the address people open when a proxy is in front (e.g. https://lexgap.example.org/)',
    )
    .option(
      '--trust-proxy',
      "limit sign-ins per client address as the proxy in front reports it (X-Forwarded-For's last entry)",
    )
    .action(async (opts: ServeOptions) => {
      if (opts.port < 0 || opts.port > 65535)
        throw new CliError(`--port: ${opts.port} is not a port (0 to 65535)`, 2);
      if ((opts.tlsCert === undefined) !== (opts.tlsKey === undefined))
        throw new CliError('--tls-cert and --tls-key go together', 2);
      const database = ctx.database();
      const { scheme, location } = parseDatabaseLocation(database);
      if (scheme === 'sqlite' && !fs.existsSync(location))
        throw new CliError(`no database at ${location} (check --db)`);
      const tls =
        opts.tlsCert !== undefined && opts.tlsKey !== undefined
          ? { cert: readPem(opts.tlsCert, '--tls-cert'), key: readPem(opts.tlsKey, '--tls-key') }
          : undefined;
      const staticDir = rendererDir();
      const server = await openTeamServer({
        database,
        host: opts.host,
        port: opts.port,
        tls,
        secureCookies: opts.secureCookies,
        publicUrl: publicUrl(opts.publicUrl),
        trustProxy: opts.trustProxy,
        staticDir,
      }).catch((error: unknown) => {
        throw new CliError(error instanceof Error ? error.message : String(error));
      });
      ctx.stdout(`${server.url}\n`);
      if (server.leadNotice) ctx.stderr(`lexgap: ${server.leadNotice}\n`);
      if (!staticDir)
        ctx.stderr('lexgap: no built UI (dist/renderer); serving the API only — run npm run build\n');
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await server.close();
    });
}
