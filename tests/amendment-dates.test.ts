// Confirming that the ICT Child Protection (Amendment) Act, 2022 amends the 2018 Act makes the 2018 Act
// read as amended, from the day the amending act took effect; dismissing the link gives it back its
// own status and date, and each change is in the audit log.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import type { LexgapApi } from '../shared/api/contract';
import { importIctActs } from './helpers/ict-acts';
import { tempDir } from './helpers/paths';
import { lexgap } from './helpers/run-cli';

describe('an amended law’s status and date follow its confirmed amending acts', () => {
  let app: App;
  let api: LexgapApi;
  let db: string;
  let amendingId: string;
  let amendedId: string;

  beforeAll(async () => {
    db = path.join(tempDir(), 'db.sqlite');
    app = await openApp({ database: db });
    api = app.api;
    ({ amendedId, amendingId } = await importIctActs(api));
    // Assented to on 13 January 2022, as its gazette prints.
    await api.updateDocument({ documentId: amendingId, enactedOn: '2022-01-13' });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  const lifeOf2018 = async () => {
    const { status, amendedOn } = await api.getDocument({ documentId: amendedId });
    return { status, amendedOn };
  };

  it('confirmed on the command line, the 2018 Act reads as amended on the amending act’s date', async () => {
    expect(await lifeOf2018()).toEqual({ status: 'unknown', amendedOn: null });
    const confirmed = await lexgap(db, 'amendment', 'confirm', amendingId, amendedId);
    expect(confirmed.code).toBe(0);
    expect(await lifeOf2018()).toEqual({ status: 'amended', amendedOn: '2022-01-13' });
    const listed = await lexgap(db, 'documents', '--country', 'PK');
    expect(listed.stdout).toMatch(
      /Islamabad Capital Territory Child Protection Act, 2018.*amended 2022-01-13/,
    );
    const [entry] = await api.listAudit({ entityId: amendedId });
    expect(entry).toMatchObject({
      action: 'amended_by_links',
      before: { status: 'unknown', amendedOn: null },
      after: { status: 'amended', amendedOn: '2022-01-13', amendedBy: [amendingId] },
    });
  });

  it('follows the amending act’s commencement once it is recorded', async () => {
    await api.updateDocument({ documentId: amendingId, inForceFrom: '2022-01-17' });
    expect(await lifeOf2018()).toEqual({ status: 'amended', amendedOn: '2022-01-17' });
  });

  it('dismissed, the 2018 Act has its own status and date again', async () => {
    await api.reviewAmendment({
      amendingDocumentId: amendingId,
      amendedDocumentId: amendedId,
      decision: 'dismiss',
    });
    expect(await lifeOf2018()).toEqual({ status: 'unknown', amendedOn: null });
    expect((await api.listAudit({ entityId: amendedId }))[0]).toMatchObject({
      action: 'amended_by_links',
      after: { status: 'unknown', amendedOn: null, amendedBy: [] },
    });
  });

  it('a later amendment date of the law’s own is kept, and stays after a dismissal', async () => {
    await api.updateDocument({ documentId: amendedId, amendedOn: '2024-06-01' });
    const own = await lifeOf2018();
    expect(own).toEqual({ status: 'amended', amendedOn: '2024-06-01' });
    await api.reviewAmendment({
      amendingDocumentId: amendingId,
      amendedDocumentId: amendedId,
      decision: 'confirm',
    });
    expect(await lifeOf2018()).toEqual(own);
    await api.reviewAmendment({
      amendingDocumentId: amendingId,
      amendedDocumentId: amendedId,
      decision: 'dismiss',
    });
    expect(await lifeOf2018()).toEqual(own);
  });

  it('deleting a confirmed amending act leaves the law as it would be without it', async () => {
    await api.updateDocument({ documentId: amendedId, status: 'in_force', amendedOn: null });
    await api.reviewAmendment({
      amendingDocumentId: amendingId,
      amendedDocumentId: amendedId,
      decision: 'confirm',
    });
    expect(await lifeOf2018()).toEqual({ status: 'amended', amendedOn: '2022-01-17' });
    await api.deleteDocument({ documentId: amendingId });
    expect(await lifeOf2018()).toEqual({ status: 'in_force', amendedOn: null });
  });
});
