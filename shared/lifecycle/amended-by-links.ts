// What a confirmed amending act does to the law it amends: the law reads as amended, from the date
// the amending act took effect. Each time its links change, what they set is recorded beside what the
// law had without them, so that dismissing a link gives back the analyst's own status and date.
import type { DocumentStatus } from '../model';
import type { LawDates } from './law-dates';

/** The part of a law's life its amending acts decide. */
export interface AmendedState {
  status: DocumentStatus;
  amendedOn: string | null;
}

/** What the links set (an audit entry's `after`), with what the law had without them. */
export interface AmendedByLinks extends AmendedState {
  withoutLinks: AmendedState;
  /** The confirmed amending acts (document ids). */
  amendedBy: string[];
}

/** When an amending act took effect: its commencement, else its enactment; null when neither is recorded. */
export function amendmentTookEffect(amending: Pick<LawDates, 'inForceFrom' | 'enactedOn'>): string | null {
  return amending.inForceFrom ?? amending.enactedOn;
}

/**
 * The law with its confirmed amending acts (one date each, null where undated): amended (a repealed
 * law stays repealed), its amendment date the latest of its own and theirs. Without any, as it is.
 */
export function withAmendments(own: AmendedState, confirmed: readonly (string | null)[]): AmendedState {
  if (confirmed.length === 0) return own;
  const dates = [own.amendedOn, ...confirmed].filter((d): d is string => d !== null).sort();
  return { status: own.status === 'repealed' ? 'repealed' : 'amended', amendedOn: dates.at(-1) ?? null };
}

const same = (a: AmendedState, b: AmendedState) => a.status === b.status && a.amendedOn === b.amendedOn;

/**
 * What the law has without its links: as recorded the last time links set it, while the law still
 * reads as they left it. With no such record, or after an edit of its status or date by hand, what it
 * has now: a date the analyst set stays theirs.
 */
export function withoutLinks(current: AmendedState, last: AmendedByLinks | undefined): AmendedState {
  return last && same(current, last) ? last.withoutLinks : current;
}

/** The change the links make to the law now, or null when they leave it as it is. */
export function amendedByLinksChange(
  current: AmendedState,
  last: AmendedByLinks | undefined,
  confirmed: readonly { documentId: string; tookEffect: string | null }[],
): AmendedByLinks | null {
  const own = withoutLinks(current, last);
  const next = withAmendments(
    own,
    confirmed.map((c) => c.tookEffect),
  );
  if (same(next, current)) return null;
  return { ...next, withoutLinks: own, amendedBy: confirmed.map((c) => c.documentId) };
}
