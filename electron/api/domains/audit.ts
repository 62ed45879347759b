// The audit log: who changed what, newest first. Entries are written by `audited` in every domain.
import type { LexgapApi } from '../../../shared/api/contract';
import type { HandlerContext } from '../handler-context';

export function auditHandlers({ store }: HandlerContext) {
  return {
    listAudit: async ({ entityId, limit }) => store.listAudit(entityId, limit),
  } satisfies Partial<LexgapApi>;
}
