// A document printed by LibreOffice headless, as a ministry's office suite would print it.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Converts `file` to PDF in `dir` with LibreOffice and returns the PDF's text (pdftotext). */
export function printWithLibreOffice(file: string, dir: string, options: { layout?: boolean } = {}): string {
  // A profile of its own, so a running LibreOffice or another test cannot lock this one out.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore', timeout: 110_000 },
  );
  const pdf = path.join(dir, `${path.basename(file, path.extname(file))}.pdf`);
  return execFileSync('pdftotext', [...(options.layout ? ['-layout'] : []), pdf, '-'], { encoding: 'utf8' });
}
