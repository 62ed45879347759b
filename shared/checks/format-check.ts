// A check's values in words for tables and reports: "16 (male 18, female 16)", "≥ 14 (C138 declaration)";
// and a value found read back as the analyst typed it.
import type { CheckEntry, CheckValue, CheckVerdict } from './types';

export const VERDICT_LABELS: Record<CheckVerdict, string> = {
  meets: 'Meets',
  contradicts: 'Contradicts',
  unclear: 'Unclear',
  not_found: 'Not found',
};

function value(v: CheckValue | null): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'present' : 'absent';
  return String(v);
}

/** A value found as typed (an age 0 to 99, true/present, false/absent, none); undefined when it is none of these. */
export function parseFound(text: string): CheckValue | null | undefined {
  if (text === 'true' || text === 'present') return true;
  if (text === 'false' || text === 'absent') return false;
  if (text === 'none') return null;
  if (/^\d{1,2}$/.test(text)) return Number.parseInt(text, 10);
  return undefined;
}

/** The value found, with the ages per sex where the law differs. */
export function formatFound(check: Pick<CheckEntry, 'found' | 'foundBySex'>): string {
  const found = value(check.found);
  const sexes = check.foundBySex ? Object.entries(check.foundBySex) : [];
  if (!found || sexes.length === 0) return found || 'not found';
  return `${found} (${sexes.map(([sex, age]) => `${sex} ${age}`).join(', ')})`;
}

/** The value required, with the operator and the declaration that set it. */
export function formatRequired(check: Pick<CheckEntry, 'operator' | 'required' | 'declaration'>): string {
  const required =
    typeof check.required === 'number'
      ? `${check.operator === '==' ? '=' : check.operator === '<=' ? '≤' : '≥'} ${check.required}`
      : value(check.required);
  if (!check.declaration) return required;
  const unverified = check.declaration.verified ? '' : ', unverified';
  return `${required} (${check.declaration.frameworkId} declaration: minimum age ${check.declaration.minimumAge}${unverified})`;
}
