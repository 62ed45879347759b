// A newer text of a law imported in the Library: its progress row says "version 2", and the whole
// sentence of what the version changed is said once, as the import's note, not twice.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import { law, lawsDir, tempDir } from './helpers/paths';
import { printMarkdownLaw } from './helpers/print-markdown-law';

let app: App;
let reprint: string;

beforeAll(async () => {
  const dir = tempDir();
  reprint = path.join(dir, 'Evidence_of_Child_Witness_Bill_2007_reprint.pdf');
  const source = fs.readFileSync(
    path.join(lawsDir, 'MY/source/Evidence_of_Child_Witness_Bill_2007.md'),
    'utf8',
  );
  await printMarkdownLaw(
    source.replace('No person shall reveal or publish', 'No person shall reveal, broadcast or publish'),
    reprint,
  );
  app = await openApp({ database: path.join(dir, 'db.sqlite') });
  await app.api.importDocuments({
    files: [{ path: law('MY/Evidence_of_Child_Witness_Bill_2007.pdf') }],
    country: 'MY',
  });
});

afterAll(async () => {
  await app?.close();
});

it('says "version 2" in the progress row and the changes once, in the note', async () => {
  const { jobId } = await app.api.startImport({ files: [{ path: reprint }], country: 'MY' });
  let job = await app.api.getJob({ jobId });
  while (job.state === 'running') job = await app.api.waitForJob({ jobId });
  const note = job.importResult?.documents[0].version?.message;
  expect(note).toMatch(/: version 2 of "Evidence of Child Witness Bill 2007": 15 unchanged/);
  expect(job.progress).toEqual([expect.objectContaining({ stage: 'done', message: 'version 2' })]);
});
