// How much of the catalog is checked: unverified provisions and ratification entries, and any entry
// marked verified that does not say what it was checked against (its own source or its instrument's).
import type { Catalog } from './types';

export interface VerificationCounts {
  provisions: number;
  unverifiedProvisions: number;
  ratifications: number;
  unverifiedRatifications: number;
  /** Ids of verified provisions ("CRC.19") and ratifications ("MY C138") with no source. */
  verifiedWithoutSource: string[];
}

export function verificationCounts(catalog: Catalog): VerificationCounts {
  const missing: string[] = [];
  let provisions = 0;
  let unverifiedProvisions = 0;
  for (const f of catalog.frameworks) {
    for (const p of f.provisions) {
      provisions++;
      if (!p.verified) unverifiedProvisions++;
      else if (!(p.source ?? f.source)) missing.push(p.id);
    }
  }
  for (const r of catalog.ratifications)
    if (r.verified && !r.source.trim()) missing.push(`${r.country} ${r.frameworkId}`);
  return {
    provisions,
    unverifiedProvisions,
    ratifications: catalog.ratifications.length,
    unverifiedRatifications: catalog.ratifications.filter((r) => !r.verified).length,
    verifiedWithoutSource: missing,
  };
}
