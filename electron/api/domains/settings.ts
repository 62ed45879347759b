// Per-database settings: the reviewer name that audit entries and reviews carry, and the lead
// reviewer whose decision settles a disagreement.
import type { LexgapApi } from '../../../shared/api/contract';
import { readjudicate } from '../../services/readjudicate';
import type { HandlerContext } from '../handler-context';

export function settingsHandlers({ reviewer, leadReviewer, audited }: HandlerContext) {
  const settings = async () => ({ reviewerName: await reviewer(), leadReviewer: await leadReviewer() });
  return {
    getSettings: settings,
    async updateSettings({ reviewerName, leadReviewer: lead }) {
      await audited(async (tx, who) => {
        const before = await leadReviewer(tx);
        if (reviewerName !== undefined) await tx.setSetting('reviewerName', reviewerName);
        if (lead !== undefined) await tx.setSetting('leadReviewer', lead);
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
