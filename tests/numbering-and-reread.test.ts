// A law whose numbering has gaps says so on import and keeps saying so with the document; an imported
// law can be read again with OCR, keeping the reviews of clauses the new reading leaves unchanged.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../electron/app/open-app';
import type { JobStatus, LexgapApi } from '../shared/api/contract';
import { law, tempDir } from './helpers/paths';
import { lexgap } from './helpers/run-cli';

describe('numbering gaps', () => {
  it('a law with a page missing names the sections not found, on import and in the document list', async () => {
    // Guardians and Wards Act 1890 without its page 5, where ss. 16–19 begin.
    const dir = tempDir();
    const cut = path.join(dir, 'Guardians_and_Wards_Act_1890_without_page_5.pdf');
    execFileSync(
      'qpdf',
      ['--empty', '--pages', law('PK/Guardians_and_Wards_Act_1890.pdf'), '1-4,6-z', '--', cut],
      {
        stdio: 'ignore',
      },
    );
    const db = path.join(dir, 'db.sqlite');
    const whole = await lexgap(db, 'import', law('PK/Guardians_and_Wards_Act_1890.pdf'), '--country', 'PK');
    expect(whole.code).toBe(0);
    expect(whole.stderr).not.toMatch(/not found/);

    // The same act with a page cut out would be taken for a newer text of it: kept apart here.
    const run = await lexgap(db, 'import', cut, '--country', 'PK', '--separate');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'Guardians_and_Wards_Act_1890_without_page_5.pdf: ss. 16–19 not found between s. 15 and s. 20',
    );
    const docs = (await lexgap(db, 'documents', '--json')).json<
      { file: string; numberingWarnings: string[] }[]
    >();
    const stored = docs.find((d) => d.file.includes('without_page_5'));
    expect(stored?.numberingWarnings).toContain('ss. 16–19 not found between s. 15 and s. 20');
    expect(docs.find((d) => d.file === 'Guardians_and_Wards_Act_1890.pdf')?.numberingWarnings).toEqual([]);
  });
});

describe('re-reading an imported law with OCR', () => {
  // A two-page act whose text layer is poor OCR: the case the import warning sends the analyst to re-read.
  const file = law('PK/Islamabad_Capital_Territory_Child_Protection_Amendment_Act.pdf');
  let opened: App;
  let api: LexgapApi;
  let documentId: string;

  const finish = async (jobId: string): Promise<JobStatus> => {
    for (;;) {
      const status = await api.getJob({ jobId });
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const acceptFirstSuggestion = async () => {
    await api.tagDocuments({ documentId });
    const [first] = await api.listSuggestions({ documentId });
    await api.reviewSuggestions({ ids: [first.id], decision: 'accept', coverage: 'partial' });
    return first;
  };

  beforeAll(async () => {
    opened = await openApp({ database: path.join(tempDir(), 'db.sqlite') });
    api = opened.api;
    const imported = await api.importDocuments({ files: [{ path: file }], country: 'PK' });
    documentId = imported.documents[0].id;
    expect(imported.documents[0].textQualityWarning).toMatch(/re-read it with OCR/);
  });
  afterAll(async () => {
    await opened.close();
  });

  it('imported again, the law with a poor text layer is skipped with the advice to read it with OCR', async () => {
    const again = await api.importDocuments({ files: [{ path: file }], country: 'PK' });
    expect(again.documents).toEqual([]);
    expect(again.skipped).toEqual([
      expect.objectContaining({
        existingId: documentId,
        message: expect.stringMatching(/skipped \(to read it again with OCR: .+\)$/),
      }),
    ]);
  });

  it('makes the reading a new version: a reviewed clause it changes goes back to review, its decision kept in the history', async () => {
    const reviewed = await acceptFirstSuggestion();
    const status = await finish((await api.startReread({ documentId })).jobId);
    expect(status.state).toBe('done');
    expect(status.importResult?.documents[0].version?.number).toBe(2);
    const [version] = (await api.listVersions({ documentId })).slice(-1);
    expect(version).toMatchObject({ version: 2, reason: 'ocr' });
    // The text layer read "Amcnqment of scctioD 6"; OCR reads the words, so the reviewed clause changed.
    const change = version.changes.find((c) => c.clauseId === reviewed.clauseId);
    expect(change).toMatchObject({
      change: 'changed',
      previousDecisions: [{ provisionId: reviewed.provisionId, status: 'accepted', coverage: 'partial' }],
    });
    const after = (await api.listSuggestions({ documentId })).find((s) => s.id === reviewed.id);
    expect(after).toMatchObject({ status: 'suggested', coverage: null });
  }, 120_000);

  it('replaces the clauses with OCR, and a second reading keeps the reviews of unchanged clauses', async () => {
    const doc = await api.getDocument({ documentId });
    expect(doc.ocrPages).toEqual([1, 2]);
    expect(doc.textQualityWarning).toBeNull();
    const clauses = await api.listClauses({ documentId });
    expect(clauses.length).toBeGreaterThan(0);
    expect(clauses.every((c) => c.source === 'ocr')).toBe(true);

    const reviewed = await acceptFirstSuggestion();
    const again = await finish((await api.startReread({ documentId })).jobId);
    expect(again.state).toBe('done');
    expect(again.importResult?.documents[0].reread?.kept).toBe(clauses.length);
    const kept = (await api.listSuggestions({ documentId })).find((s) => s.id === reviewed.id);
    expect(kept).toMatchObject({ status: 'accepted', coverage: 'partial' });
    const audit = await api.listAudit({ entityId: documentId });
    expect(audit.filter((a) => a.action === 'reread')).toHaveLength(2);
    expect((await api.listVersions({ documentId })).map((v) => v.reason)).toEqual(['import', 'ocr', 'ocr']);
  }, 240_000);
});
