// How each coverage level looks in every export: one table, so the HTML heat map, the XLSX fills and
// the README legend never disagree.
import type { CoverageLevel } from '../model';
import type { RatificationStatus } from '../catalog/types';

export interface LevelStyle {
  label: string;
  /** Short form for narrow heat-map cells. */
  short: string;
  /** What the level means, for legends. */
  meaning: string;
  /** Background, `#RRGGBB`. */
  fill: string;
  /** Text colour readable on `fill`. */
  ink: string;
}

export const LEVEL_STYLES: Readonly<Record<CoverageLevel, LevelStyle>> = {
  full: {
    label: 'Full',
    short: 'Full',
    meaning: 'The law meets the standard (at least one clause accepted as full coverage).',
    fill: '#1A7F4B',
    ink: '#FFFFFF',
  },
  partial: {
    label: 'Partial',
    short: 'Part.',
    meaning: 'The law meets the standard in part (only partial clauses).',
    fill: '#F2C14E',
    ink: '#3A2E00',
  },
  gap: {
    label: 'Gap',
    short: 'Gap',
    meaning: 'Searched and nothing found: the analyst lists the documents reviewed.',
    fill: '#D7462F',
    ink: '#FFFFFF',
  },
  contradicts: {
    label: 'Contradicts',
    short: 'Contra.',
    meaning: 'A law goes against the standard (e.g. a marriage age under 18).',
    fill: '#6B2C91',
    ink: '#FFFFFF',
  },
  not_applicable: {
    label: 'Not applicable',
    short: 'n/a',
    meaning: 'The standard does not bind this country (not party, not a member): not open work.',
    fill: '#C9CDD2',
    ink: '#2B2F33',
  },
  not_reviewed: {
    label: 'Not reviewed',
    short: '·',
    meaning: 'No accepted clause and no analyst rating yet.',
    fill: '#F4F5F7',
    ink: '#6B7280',
  },
};

export const RATIFICATION_LABELS: Readonly<Record<RatificationStatus, string>> = {
  party: 'party',
  signatory: 'signatory',
  not_party: 'not party',
  adopted: 'adopted',
  not_applicable: 'n/a',
  unknown: 'unknown',
};
