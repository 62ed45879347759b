// The refusal of a write that named the version it saw (`expectedVersion`) when the row moved on:
// who changed it and when come from the thing's newest audit entry.
import { conflictMessage } from '../../shared/api/conflict-message';
import { ApiError } from '../../shared/api/errors';
import type { StoreReads } from '../store/store';
import { now } from './handler-context';

/** A conflict error naming the newest change of `entityId`; throw it inside the write's transaction. */
export async function versionConflict(
  reads: StoreReads,
  entityId: string,
  subject: string,
): Promise<ApiError> {
  const [last] = await reads.listAudit(entityId, 1);
  return new ApiError('conflict', conflictMessage(subject, last, now()));
}

/** Throws the conflict when a version was expected and the row is at another. */
export async function expectVersion(
  reads: StoreReads,
  expected: number | undefined,
  current: number,
  entityId: string,
  subject: string,
): Promise<void> {
  if (expected !== undefined && expected !== current) throw await versionConflict(reads, entityId, subject);
}
