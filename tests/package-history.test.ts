// A review package carries a law's history: the versions of its text and the confirmed links between
// an amending act and the act it amends, so the reviewer sees "Amended by s. 2 of …" as at home.
// On the real ICT Child Protection Act 2018 and its Amendment Act (re-read with OCR: a second version).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import type { LexgapApi } from '../shared/api/contract';
import type { Amendment, DocumentVersion } from '../shared/model';
import { importIctActs } from './helpers/ict-acts';
import { tempDir } from './helpers/paths';
import { lexgap } from './helpers/run-cli';

describe('a review package carries versions and confirmed amendment links', () => {
  const dir = tempDir('lexgap-package-history-');
  const db = path.join(dir, 'lead.sqlite');
  const sent = path.join(dir, 'pk.lexgap');
  let app: App;
  let api: LexgapApi;
  let amendingId: string;
  let amendedId: string;

  beforeAll(async () => {
    app = await openApp({ database: db });
    api = app.api;
    ({ amendedId, amendingId } = await importIctActs(api));
    // Its text layer is poor OCR: read again with OCR, which makes its second version.
    expect((await lexgap(db, 'reread', amendingId)).code).toBe(0);
    await api.reviewAmendment({
      amendingDocumentId: amendingId,
      amendedDocumentId: amendedId,
      decision: 'confirm',
    });
    const made = await lexgap(db, 'package', 'export', '--country', 'PK', '--for', 'Ministry', '--out', sent);
    expect(made.code).toBe(0);
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  it('the amending act’s versions are in the package as at home', async () => {
    const home = await api.listVersions({ documentId: amendingId });
    expect(home.map((v) => [v.version, v.reason])).toEqual([
      [1, 'import'],
      [2, 'ocr'],
    ]);
    const inPackage = await lexgap(sent, 'versions', amendingId, '--json');
    expect(inPackage.json<DocumentVersion[]>()).toEqual(home);
  });

  it('the confirmed link and the sections it amends are in the package as at home', async () => {
    const home = await api.listAmendments({});
    expect(home).toEqual([expect.objectContaining({ status: 'confirmed' })]);
    expect(home[0].sections.map((s) => s.amendedNumber)).toContain('6');
    const inPackage = await lexgap(sent, 'amendments', '--json');
    expect(inPackage.json<Amendment[]>()).toEqual(home);
  });
});
