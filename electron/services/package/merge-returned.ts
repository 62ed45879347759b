// Records a returned package's decisions under their reviewers' names, in one transaction.
import { ApiError } from '../../../shared/api/errors';
import type { PackageManifest, ReturnedDecision } from '../../../shared/package/manifest';
import type { HandlerContext } from '../../api/handler-context';

export async function mergeReturnedDecisions(
  _ctx: HandlerContext,
  _manifest: PackageManifest,
  _decisions: ReturnedDecision[],
  name: string,
): Promise<{ recorded: number; unchanged: number }> {
  if (_decisions.length === 0) return { recorded: 0, unchanged: 0 };
  throw new ApiError('internal', `${name}: decisions per reviewer are not stored yet`);
}
