// The standards catalog as the matcher, the matrix and the UI read it (after schema validation).

/** A cue is a phrase or keyword; a bare string takes the default weight of its list. */
export type Cue = string | { text: string; weight: number };

export interface LanguageCues {
  /** Multi-word expressions matched as a sequence of stems (default weight 2). */
  phrases: Cue[];
  /** Single terms (default weight 1). */
  keywords: Cue[];
  /** Phrases that weaken the provision when present, e.g. "reasonable chastisement" (default weight 1.5, subtracted). */
  negative: Cue[];
}

/** What a law must say to meet a threshold item of the checklist, e.g. marriage age >= 18. */
export interface Threshold {
  parameter: string;
  operator: '>=' | '<=' | '==' | 'present' | 'absent';
  value: number | string | boolean;
  unit?: string;
}

export interface Provision {
  /** `FRAMEWORK.NUMBER`, e.g. `CRC.19`, `CHK.MARRIAGE_AGE`. */
  id: string;
  frameworkId: string;
  /** The article number as printed ("19", "3bis") or the checklist slug. */
  number: string;
  title: string;
  /** Our own words; cites article numbers, never pastes treaty text. */
  summary: string;
  /** Group id within the framework (e.g. CRC reporting cluster). */
  group: string;
  substantive: boolean;
  /** Final clauses and committee machinery (signature, entry into force, reporting to a treaty
   *  body): nothing a national law implements, so hidden from the matrix unless asked for. */
  procedural: boolean;
  generalPrinciple: boolean;
  /** Ids of overlapping provisions in other frameworks. */
  crossRefs: string[];
  /** False where the article number or title could not be checked against the instrument. */
  verified: boolean;
  unverifiedNote?: string;
  /** What a verified entry was checked against: title, URL or document, date consulted. */
  source?: string;
  /** Checklist items: the measurable legal test. */
  legalTest?: string;
  threshold?: Threshold;
  /** Prior weight of the provision in ranking (default 1). */
  weight: number;
  /** Cues by language code: en, ms, id, th, vi, fil, ... */
  cues: Record<string, LanguageCues>;
}

export interface ProvisionGroup {
  id: string;
  title: string;
  description?: string;
}

export type FrameworkKind =
  | 'convention'
  | 'protocol'
  | 'declaration'
  | 'plan'
  | 'guidelines'
  | 'framework'
  | 'checklist';

export interface Framework {
  /** CRC, OPSC, OPAC, OPIC, C138, C182, ACTIP, ..., CHK */
  id: string;
  name: string;
  shortName: string;
  kind: FrameworkKind;
  body: 'UN' | 'ILO' | 'ASEAN' | 'Lexgap';
  /** ISO date or null where unknown. */
  adopted: string | null;
  entryIntoForce: string | null;
  /** Whether the framework is binding (treaties) or soft law (declarations, plans). */
  binding: boolean;
  /** Marked provisional where the instrument is still being drafted or standardised. */
  provisional: boolean;
  verified: boolean;
  unverifiedNote?: string;
  /** What a verified entry was checked against: title, URL or document, date consulted. */
  source?: string;
  groups: ProvisionGroup[];
  provisions: Provision[];
}

export type RatificationStatus =
  | 'party'
  | 'signatory'
  | 'not_party'
  | 'adopted'
  | 'not_applicable'
  | 'unknown';

export interface Ratification {
  country: string;
  frameworkId: string;
  status: RatificationStatus;
  /** ISO date (or year) since when, where known. */
  since: string | null;
  source: string;
  verified: boolean;
  /** A declaration made on ratifying that changes a test, e.g. the minimum age specified under C138 art. 2(1). */
  declaration?: { minimumAge: number; source: string; verified: boolean };
  /** Reservations and declarations that touch children, in force or withdrawn. */
  reservations?: Reservation[];
}

export interface Reservation {
  kind: 'reservation' | 'declaration';
  articles: string[];
  summary: string;
  /** Date the state withdrew it; null while it stands. */
  withdrawn: string | null;
  source: string;
  verified: boolean;
}

/** The catalog's release: a version stamped on every export, and the change log behind it. */
export interface CatalogRelease {
  version: string;
  released: string;
  changes: { version: string; released: string; changes: string[] }[];
}

export interface Catalog {
  frameworks: Framework[];
  ratifications: Ratification[];
  /** ASEAN member states and Pakistan, as ISO2 code → English name. */
  states: { code: string; name: string }[];
  /** From catalog.json; absent in a catalog folder that has none (e.g. a test's own). */
  release?: CatalogRelease;
}
