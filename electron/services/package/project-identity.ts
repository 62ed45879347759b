// A project's stable id and its secret: the id goes into every review package made from it, the
// secret signs their manifests and never leaves the project, so a package is taken back only by the
// project that made it, and only as it was made.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { canonicalJson, type PackageManifest, type UnsignedManifest } from '../../../shared/package/manifest';
import type { Store, StoreReads, StoreWrites } from '../../store/store';

export const PROJECT_ID_SETTING = 'projectId';
const PROJECT_SECRET_SETTING = 'projectSecret';

export interface ProjectIdentity {
  projectId: string;
  secret: string;
}

/** The project's identity, made on first use in its own transaction (and read without one after). */
export async function projectIdentity(store: Store): Promise<ProjectIdentity> {
  const known = [await store.getSetting(PROJECT_ID_SETTING), await store.getSetting(PROJECT_SECRET_SETTING)];
  if (known[0] && known[1]) return { projectId: known[0], secret: known[1] };
  return store.transaction(async (tx: StoreReads & StoreWrites) => {
    let projectId = await tx.getSetting(PROJECT_ID_SETTING);
    let secret = await tx.getSetting(PROJECT_SECRET_SETTING);
    if (!projectId) await tx.setSetting(PROJECT_ID_SETTING, (projectId = randomUUID()));
    if (!secret) await tx.setSetting(PROJECT_SECRET_SETTING, (secret = randomBytes(32).toString('hex')));
    return { projectId, secret };
  });
}

function hmac(secret: string, manifest: UnsignedManifest): string {
  return createHmac('sha256', secret).update(canonicalJson(manifest)).digest('hex');
}

export function signManifest(secret: string, manifest: UnsignedManifest): PackageManifest {
  return { ...manifest, signature: hmac(secret, manifest) };
}

export function signatureHolds(secret: string, manifest: PackageManifest): boolean {
  const { signature, ...rest } = manifest;
  const expected = Buffer.from(hmac(secret, rest), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
