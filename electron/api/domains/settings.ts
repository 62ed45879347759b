// Per-database settings: today the reviewer name that audit entries and reviews carry.
import type { LexgapApi } from '../../../shared/api/contract';
import type { HandlerContext } from '../handler-context';

export function settingsHandlers({ store, reviewer }: HandlerContext) {
  return {
    getSettings: async () => ({ reviewerName: await reviewer() }),
    async updateSettings({ reviewerName }) {
      if (reviewerName !== undefined) await store.setSetting('reviewerName', reviewerName);
      return { reviewerName: await reviewer() };
    },
  } satisfies Partial<LexgapApi>;
}
