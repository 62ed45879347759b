// The subdivision laws are imported for, checked as the import starts (a job would refuse it only
// once running) and again by the import itself.
import { ApiError } from '../../shared/api/errors';
import { JurisdictionError, parseJurisdiction } from '../../shared/jurisdictions/jurisdiction';

/** The subdivision of `country` that `code` names, null for a national law, or the API's refusal. */
export function importJurisdiction(code: string | undefined, country: string): string | null {
  try {
    return code === undefined ? null : parseJurisdiction(code, country);
  } catch (error) {
    if (error instanceof JurisdictionError) throw new ApiError('invalid_args', error.message);
    throw error;
  }
}
