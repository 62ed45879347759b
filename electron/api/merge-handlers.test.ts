import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LexgapApi, MethodName } from '../../shared/api/contract';
import { METHOD_NAMES } from '../../shared/api/schemas';
import { openApp } from '../app/open-app';
import { tempDir } from '../../tests/helpers/paths';
import { accountHandlers } from './domains/accounts';
import { auditHandlers } from './domains/audit';
import { baselineHandlers } from './domains/baselines';
import { catalogHandlers } from './domains/catalog';
import { checkHandlers } from './domains/checks';
import { clauseHandlers } from './domains/clauses';
import { connectionHandlers } from './domains/connection';
import { documentHandlers } from './domains/documents';
import { jobHandlers } from './domains/jobs';
import { matrixHandlers } from './domains/matrix';
import { packageHandlers } from './domains/packages';
import { recommendationHandlers } from './domains/recommendations';
import { reportHandlers } from './domains/report';
import { reviewHandlers } from './domains/review';
import { reviewerHandlers } from './domains/reviewers';
import { settingsHandlers } from './domains/settings';
import { versionHandlers } from './domains/versions';
import { createHandlerContext } from './handler-context';
import { DOMAINS, DOMAIN_OF, type DomainName } from './handlers';
import { createJobs } from '../services/jobs';
import { mergeHandlers } from './merge-handlers';

describe('mergeHandlers', () => {
  it('refuses a method that two domains implement', () => {
    const one = { getSettings: async () => ({ reviewerName: 'a', leadReviewer: 'a' }) };
    const two = { getSettings: async () => ({ reviewerName: 'b', leadReviewer: 'b' }) };
    expect(() => mergeHandlers(one, two)).toThrow('two handlers for the API method "getSettings"');
  });
});

describe('the API domains', () => {
  it('together implement every method of the contract, each once, in the domain DOMAIN_OF names', async () => {
    const app = await openApp({ database: path.join(tempDir(), 'db.sqlite') });
    try {
      const ctx = createHandlerContext({
        store: app.store,
        jobs: createJobs(),
        catalog: () => Promise.reject(new Error('not read')),
      });
      // Assigned to LexgapApi: a method no domain implements, or one with the wrong type, fails to compile.
      const merged: LexgapApi = mergeHandlers(
        documentHandlers(ctx),
        clauseHandlers(ctx),
        jobHandlers(ctx),
        reviewHandlers(ctx),
        reviewerHandlers(ctx),
        matrixHandlers(ctx),
        reportHandlers(ctx),
        catalogHandlers(ctx),
        checkHandlers(ctx),
        auditHandlers(ctx),
        settingsHandlers(ctx),
        recommendationHandlers(ctx),
        baselineHandlers(ctx),
        packageHandlers(ctx),
        versionHandlers(ctx),
        accountHandlers(ctx),
        connectionHandlers(ctx),
      );
      expect(Object.keys(merged).sort()).toEqual([...METHOD_NAMES].sort());
      expect(Object.keys(app.api).sort()).toEqual([...METHOD_NAMES].sort());
      for (const name of Object.keys(DOMAINS) as DomainName[]) {
        const methods = Object.keys((await DOMAINS[name]())(ctx)) as MethodName[];
        expect(methods.map((m) => [m, DOMAIN_OF[m]])).toEqual(methods.map((m) => [m, name]));
      }
    } finally {
      await app.close();
    }
  });

  it('answer a call through the domain loaded for it', async () => {
    const app = await openApp({ database: path.join(tempDir(), 'db.sqlite') });
    try {
      expect(await app.api.listDocuments({})).toEqual([]);
      expect(await app.api.getSettings({})).toMatchObject({ leadReviewer: expect.any(String) });
    } finally {
      await app.close();
    }
  });
});
