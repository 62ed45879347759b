// Browser mode: the API and the built UI on 127.0.0.1, for machines where Electron cannot start.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWorkspace } from '../app/workspace';
import { defaultDbPath } from '../store/default-db-path';
import { startHttpBridge } from './http-bridge';
import { rendererDir } from './renderer-dir';

export async function serve(): Promise<void> {
  const portText = process.env.LEXGAP_PORT ?? '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`LEXGAP_PORT must be a port number, not "${portText}"`);
  }
  const staticDir = rendererDir();
  if (!staticDir)
    process.stderr.write('lexgap: no built UI (dist/renderer); serving the API only — run npm run build\n');
  // The catalog is found as every front end finds it: LEXGAP_RESOURCES, else resources/ upwards.
  // A workspace: Library › Open package switches the project behind the same address.
  const opened = await openWorkspace({ database: defaultDbPath() });
  const bridge = await startHttpBridge({ dispatch: opened.dispatch, staticDir, port });
  process.stdout.write(`${bridge.url}\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    bridge
      .close()
      .then(() => opened.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`lexgap: ${(error as Error).message}\n`);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const entry = process.argv[1];
if (entry && path.resolve(entry) === fileURLToPath(import.meta.url)) {
  serve().catch((error: unknown) => {
    process.stderr.write(`lexgap: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
