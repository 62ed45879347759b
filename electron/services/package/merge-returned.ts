// Records a returned package's decisions under their reviewers' names, beside the project's own, in
// one transaction: all of them or none. Recording what is already recorded changes nothing, so the
// same package imported twice changes nothing the second time.
import { ApiError } from '../../../shared/api/errors';
import { newId } from '../../../shared/ids';
import type { AuditInput, Suggestion } from '../../../shared/model';
import type { PackageManifest, ReturnedDecision } from '../../../shared/package/manifest';
import type { HandlerContext } from '../../api/handler-context';

export interface MergeResult {
  recorded: number;
  unchanged: number;
  /** Decisions on suggestions the project has lost since (a clause corrected away): not recorded. */
  notRecorded: ReturnedDecision[];
}

export async function mergeReturnedDecisions(
  { audited, leadReviewer }: HandlerContext,
  manifest: PackageManifest,
  decisions: ReturnedDecision[],
  /** The package's own suggestions by id: one the project has dropped since (re-tagging) comes back. */
  sentSuggestion: (id: string) => Promise<Suggestion | undefined>,
  name: string,
): Promise<MergeResult> {
  if (decisions.length === 0) return { recorded: 0, unchanged: 0, notRecorded: [] };
  const byReviewer = new Map<string, ReturnedDecision[]>();
  for (const d of decisions) byReviewer.set(d.reviewer, [...(byReviewer.get(d.reviewer) ?? []), d]);

  return audited(async (tx, who) => {
    const lead = await leadReviewer(tx);
    // Decisions under the lead's name would replace the lead's own: a reviewer must have a name of their own.
    const taken = new Set([lead, ...manifest.leadDecisions.map((d) => d.reviewer)]);
    const clash = [...byReviewer.keys()].filter((r) => taken.has(r));
    if (clash.length)
      throw new ApiError(
        'conflict',
        `${name} holds decisions recorded under ${clash.join(', ')}, a name this project's lead decides under; the reviewer should set their own name in the package (Settings) and decide again`,
        name,
      );

    // A suggestion dropped since the package was made (re-tagging keeps only decided ones) is put
    // back as it was sent, where its clause still is.
    const ids = decisions.map((d) => d.suggestionId);
    const present = new Set((await tx.getSuggestions(ids)).map((s) => s.id));
    const notRecorded: ReturnedDecision[] = [];
    for (const id of new Set(ids.filter((i) => !present.has(i)))) {
      const s = await sentSuggestion(id);
      if (s && (await tx.getClause(s.clauseId)))
        await tx.saveSuggestion({
          ...s,
          status: 'suggested',
          coverage: null,
          reviewer: null,
          reviewedAt: null,
        });
      else notRecorded.push(...decisions.filter((d) => d.suggestionId === id));
    }
    const lost = new Set(notRecorded.map((d) => d.suggestionId));

    const batch = newId('b');
    const audit: AuditInput[] = [];
    let recorded = 0;
    let unchanged = 0;
    for (const [reviewer, list] of byReviewer) {
      const result = await tx.recordReviewerDecisions({
        reviewer,
        lead,
        recordedAt: who.at,
        decisions: list
          .filter((d) => !lost.has(d.suggestionId))
          .map(({ suggestionId, status, coverage, note, at }) => ({
            suggestionId,
            status,
            coverage,
            note,
            at,
          })),
      });
      recorded += result.changed.length;
      unchanged += result.unchanged;
      for (const c of result.changed)
        audit.push({
          actor: who.actor,
          action: 'package-import',
          entity: 'suggestion',
          entityId: c.after.suggestionId,
          before: { reviewerDecision: c.before },
          after: { reviewerDecision: c.after, package: manifest.packageId },
          batch,
        });
    }
    if (recorded)
      audit.push({
        actor: who.actor,
        action: 'package-import',
        entity: 'package',
        entityId: manifest.packageId,
        before: null,
        after: {
          file: name,
          madeFor: manifest.madeFor,
          reviewers: [...byReviewer.keys()],
          recorded,
          unchanged,
        },
        batch,
      });
    return { value: { recorded, unchanged, notRecorded }, audit };
  });
}
