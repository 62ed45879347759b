// Per-database settings: the reviewer name that audit entries and reviews carry, and the lead
// reviewer whose decision settles a disagreement.
import type { LexgapApi } from '../../../shared/api/contract';
import { readjudicate } from '../../services/readjudicate';
import type { HandlerContext } from '../handler-context';
import { expectVersion, versionConflict } from '../version-conflict';

const LEAD = 'The lead reviewer was';

export function settingsHandlers({ store, reviewer, leadReviewer, audited }: HandlerContext) {
  const settings = async () => ({
    reviewerName: await reviewer(),
    leadReviewer: await leadReviewer(),
    leadReviewerVersion: await store.getSettingVersion('leadReviewer'),
  });
  return {
    getSettings: settings,
    async updateSettings({ reviewerName, leadReviewer: lead, expectedVersion }) {
      await audited(async (tx, who) => {
        const before = await leadReviewer(tx);
        if (reviewerName !== undefined) await tx.setSetting('reviewerName', reviewerName);
        if (lead !== undefined) {
          const version = await tx.getSettingVersion('leadReviewer');
          await expectVersion(tx, expectedVersion, version, 'leadReviewer', LEAD);
          if (!(await tx.setSetting('leadReviewer', lead, expectedVersion)))
            throw await versionConflict(tx, 'leadReviewer', LEAD);
        }
        const after = await leadReviewer(tx);
        if (after === before) return { value: undefined, audit: [] };
        // A new lead's decisions settle what they decided; where they have none, the agreed one stands.
        const changed = await readjudicate(tx, after);
        return {
          value: undefined,
          audit: [
            {
              actor: who.actor,
              action: 'lead',
              entity: 'settings',
              entityId: 'leadReviewer',
              before: { leadReviewer: before },
              after: { leadReviewer: after, readjudicated: changed },
            },
          ],
        };
      });
      return settings();
    },
  } satisfies Partial<LexgapApi>;
}
