// Whether an instrument binds a country at all: a treaty it is not party to, or an ASEAN instrument
// for a state outside ASEAN, is not open work in its column but "n/a".
import type { Framework, RatificationStatus } from '../catalog/types';

/** Why the framework does not apply to the country, or null when it does (or may). */
export function notApplicableReason(framework: Framework, status: RatificationStatus): string | null {
  // Our checklist is ratified by nobody and applies to every country.
  if (framework.kind === 'checklist') return null;
  if (status === 'not_party') return `not a party to ${framework.shortName}`;
  if (status === 'not_applicable')
    return framework.body === 'ASEAN' ? 'not an ASEAN member state' : `${framework.shortName} does not apply`;
  return null;
}
