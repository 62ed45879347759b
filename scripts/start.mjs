// npm start (after npm run build): the Electron window where Electron can run; otherwise, saying why, the same UI
// served on 127.0.0.1 for a browser (browser mode), its address printed on stdout.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mainBundle = path.join(root, 'dist/electron/main.cjs');
const serveBundle = path.join(root, 'dist/serve.mjs');
/** An Electron that exits this soon after starting did not get a window up. */
const EARLY_EXIT_MS = 2000;

/** The Electron binary, or why there is none. */
function electronBinary() {
  if (process.env.LEXGAP_BROWSER === '1') return { why: 'LEXGAP_BROWSER=1 asks for browser mode' };
  let binary;
  try {
    // The electron package exports the path of its downloaded binary.
    binary = createRequire(import.meta.url)('electron');
  } catch (error) {
    return { why: `the electron package is not installed (${error.code ?? error.message})` };
  }
  if (typeof binary !== 'string' || !fs.existsSync(binary)) {
    return { why: 'the Electron binary was not downloaded (the electron package installed without it)' };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { why: 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)' };
  }
  if (!fs.existsSync(mainBundle))
    return { why: `${path.relative(root, mainBundle)} is missing: run npm run build` };
  return { binary };
}

/** Resolves 'running' once Electron has stayed up, or with the reason it did not. */
function tryElectron(binary) {
  return new Promise((resolve) => {
    const child = spawn(binary, [mainBundle], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'pipe'],
      env: process.env,
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      process.stderr.write(chunk);
    });
    const timer = setTimeout(() => {
      resolve({ running: child });
    }, EARLY_EXIT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ why: `Electron could not be started (${error.message})` });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const last = stderr.trim().split('\n').pop();
      resolve({ why: `Electron exited at once (${signal ?? `exit ${code}`})${last ? `: ${last}` : ''}` });
    });
  });
}

function forwardSignals(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

function browserMode() {
  if (!fs.existsSync(serveBundle)) {
    console.error('lexgap: dist/serve.mjs is missing: run npm run build');
    process.exit(1);
  }
  const child = spawn(process.execPath, [serveBundle], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: process.env,
  });
  let printed = false;
  let buffer = '';
  child.stdout.on('data', (chunk) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop();
    for (const line of lines) {
      process.stdout.write(line + '\n');
      if (!printed && /^http:\/\//.test(line)) {
        printed = true;
        console.error(`lexgap: browser mode — open ${line.trim()} in a browser (Ctrl+C stops)`);
      }
    }
  });
  forwardSignals(child);
}

const found = electronBinary();
if (found.binary) {
  const started = await tryElectron(found.binary);
  if (started.running) {
    forwardSignals(started.running);
  } else {
    console.error(
      `lexgap: cannot open the desktop window: ${started.why}; serving the UI for a browser instead`,
    );
    browserMode();
  }
} else {
  console.error(`lexgap: cannot open the desktop window: ${found.why}; serving the UI for a browser instead`);
  browserMode();
}
