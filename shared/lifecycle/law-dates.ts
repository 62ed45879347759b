// A law's life: enacted, in force from its commencement, amended, repealed, each with the date it
// took effect. Which laws count towards coverage today, or on a past date ("coverage on 1 January 2019").
import type { DocumentStatus } from '../model';

export interface LawDates {
  status: DocumentStatus;
  year: number | null;
  /** Passed or assented to (YYYY-MM-DD). */
  enactedOn: string | null;
  /** Commencement: in force from (YYYY-MM-DD). */
  inForceFrom: string | null;
  /** The latest amendment took effect. */
  amendedOn: string | null;
  /** The repeal took effect. */
  repealedOn: string | null;
}

export const LAW_DATE_FIELDS = ['enactedOn', 'inForceFrom', 'amendedOn', 'repealedOn'] as const;
export type LawDateField = (typeof LAW_DATE_FIELDS)[number];
export const LAW_DATE_LABELS: Readonly<Record<LawDateField, string>> = {
  enactedOn: 'enacted',
  inForceFrom: 'in force from',
  amendedOn: 'amended',
  repealedOn: 'repealed',
};

/** A calendar date written YYYY-MM-DD that exists (no 30 February). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** When the law started to count: its commencement, else its enactment, else 1 January of its year. */
export function startOf(law: LawDates): string | null {
  return law.inForceFrom ?? law.enactedOn ?? (law.year === null ? null : `${law.year}-01-01`);
}

/**
 * Why a law gives no evidence (today, or on `asOf`), or null when it counts. A repealed law never
 * counts today; on a past date it counts if it was in force then (repealed later, on a date the
 * library records). A repealed law without a repeal date counts on no date.
 */
export function notCountedBecause(law: LawDates, asOf?: string | null): string | null {
  if (!asOf) return law.status === 'repealed' ? 'repealed' : null;
  const start = startOf(law);
  if (start !== null && start > asOf) return `not yet in force on ${asOf} (from ${start})`;
  if (law.status === 'repealed') {
    if (law.repealedOn === null) return 'repealed (no repeal date recorded)';
    if (law.repealedOn <= asOf) return `repealed on ${law.repealedOn}`;
  }
  return null;
}

export type LawDatesPatch = Partial<Pick<LawDates, 'status' | LawDateField>>;

/**
 * An edit of status and dates, checked against what the law has: a repeal date makes the law repealed
 * (an amendment date, amended) unless the edit names another status, which is refused as a
 * contradiction; dates are real, and a law is not repealed before it came into force (a commencement before
 * enactment is allowed: laws are made retroactive).
 * Returns the patch to store, or throws with a message naming the field.
 */
export function checkLawDates(before: LawDates, patch: LawDatesPatch): LawDatesPatch {
  // Only what the edit names: a field given as undefined leaves the law's value as it is.
  const out = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as LawDatesPatch;
  for (const field of LAW_DATE_FIELDS) {
    const value = patch[field];
    if (value !== undefined && value !== null && !isIsoDate(value))
      throw new Error(`${LAW_DATE_LABELS[field]} date "${value}" is not a date written YYYY-MM-DD`);
  }
  if (patch.repealedOn && patch.status === undefined && before.status !== 'repealed') out.status = 'repealed';
  if (patch.amendedOn && patch.status === undefined && before.status !== 'repealed' && !out.status)
    out.status = 'amended';
  const after: LawDates = { ...before, ...out };
  if (after.repealedOn && after.status !== 'repealed')
    throw new Error(
      `a repeal date (${after.repealedOn}) is recorded but the status is ${after.status}: set the status to repealed, or clear the repeal date`,
    );
  const start = after.inForceFrom ?? after.enactedOn;
  if (after.repealedOn && start && after.repealedOn < start)
    throw new Error(`repealed on ${after.repealedOn}, before it came into force (${start})`);
  return out;
}
