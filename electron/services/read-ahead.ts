// A file's text layer read ahead of its import: `lexgap import` starts the PDF readers on the first
// file it is given as the process starts (electron/cli/import-read-ahead.ts, before the command line
// loads), so pdf.js reads pages while this thread loads the commands, opens the database, hashes the
// file and loads the import's code (a tenth of a second or so on the critical path). The import
// takes the reading over if the bytes it reads are the same; a file it skips (already imported) or
// reads otherwise (OCR) has its reading stopped.
import fs from 'node:fs';
import path from 'node:path';
import { extractPdf, type ExtractedPdfReport } from '../pdf/extract-pdf';

interface Reading {
  bytes: Uint8Array;
  password: string | undefined;
  stop: AbortController;
  result: Promise<ExtractedPdfReport>;
  /** Pages read of pages in the file, as last reported. */
  read: [done: number, total: number];
  onProgress?: (done: number, total: number) => void;
}

export interface ReadAhead {
  /** The reading, followed from now on: its progress reported, stopped when `signal` aborts. */
  follow(options: {
    signal?: AbortSignal;
    onProgress?: (done: number, total: number) => void;
  }): Promise<ExtractedPdfReport>;
}

const readings = new Map<string, Reading>();

/** Starts reading the PDF at `file`, known from then on by its resolved path. Never throws. */
export function readAhead(file: string, password?: string): void {
  const key = path.resolve(file);
  if (readings.has(key)) return;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(key));
  } catch {
    return; // the import itself says why the file cannot be read
  }
  const stop = new AbortController();
  const reading: Reading = {
    bytes,
    password,
    stop,
    read: [0, 0],
    result: extractPdf(bytes, {
      fileName: path.basename(key),
      password,
      signal: stop.signal,
      onProgress: (done, total) => {
        reading.read = [done, total];
        reading.onProgress?.(done, total);
      },
    }),
  };
  // A failure is the import's to report, when it takes the reading over; until then it is no error.
  reading.result.catch(() => undefined);
  readings.set(key, reading);
}

/** Whether the file at `file` is being read ahead. */
export function readingAhead(file: string | undefined): boolean {
  return file !== undefined && readings.has(path.resolve(file));
}

/**
 * Reports the reading of `file` started ahead, from how far it has got, until an import takes it over:
 * a job shows its first file as being read from the start, not as waiting while pdf.js reads it.
 */
export function watchReadAhead(
  file: string | undefined,
  onProgress: (done: number, total: number) => void,
): void {
  const reading = file === undefined ? undefined : readings.get(path.resolve(file));
  if (!reading) return;
  reading.onProgress = onProgress;
  onProgress(...reading.read);
}

/**
 * The reading of `file` started ahead, if its bytes are `bytes` and it was read with this password;
 * any other reading of it is stopped.
 */
export function takeReadAhead(
  file: string | undefined,
  bytes: Uint8Array,
  password: string | undefined,
): ReadAhead | undefined {
  if (file === undefined) return undefined;
  const key = path.resolve(file);
  const reading = readings.get(key);
  if (!reading) return undefined;
  readings.delete(key);
  const same = reading.password === password && Buffer.compare(reading.bytes, bytes) === 0;
  reading.bytes = new Uint8Array(0);
  if (!same) {
    reading.onProgress = undefined;
    reading.stop.abort();
    return undefined;
  }
  return {
    follow({ signal, onProgress }) {
      reading.onProgress = onProgress;
      onProgress?.(...reading.read);
      if (signal?.aborted) reading.stop.abort();
      else signal?.addEventListener('abort', () => reading.stop.abort(), { once: true });
      return reading.result;
    },
  };
}

/** Stops the reading of `file` started ahead (the import skips it or reads it otherwise). */
export function dropReadAhead(file: string | undefined): void {
  if (file === undefined) return;
  const key = path.resolve(file);
  const reading = readings.get(key);
  if (!reading) return;
  // Pages already in flight must not report the file as being read again.
  reading.onProgress = undefined;
  reading.stop.abort();
  readings.delete(key);
}

/** Stops every reading no import took over (the command failed before importing). */
export function dropReadAheads(): void {
  for (const reading of readings.values()) {
    reading.onProgress = undefined;
    reading.stop.abort();
  }
  readings.clear();
}
