// Runtime validation of every method's args: the one gate shared by IPC, HTTP and the CLI.
import * as z from 'zod';
import { ACCOUNT_NAME, ACCOUNT_NAME_PATTERN, ROLES } from '../accounts/account';
import { CHECK_DECISIONS } from '../checks/review-check';
import { CHECK_VERDICTS } from '../checks/types';
import { EXPORT_FORMAT_IDS } from '../export/formats';
import { LANGUAGE_CODES, languageProfile } from '../language/registry';
import { isIsoDate } from '../lifecycle/law-dates';
import { REPORT_FORMAT_IDS } from '../report/report-formats';
import { COVERAGE_LEVELS, DOCUMENT_STATUSES, SUGGESTION_STATUSES, TAG_COVERAGES } from '../model';
import {
  RECOMMENDATION_ORIGINS,
  RECOMMENDATION_PRIORITIES,
  RECOMMENDATION_STATUSES,
  RECOMMENDATION_TYPES,
  TARGET_DATE_PATTERN,
} from '../recommendations/types';
import {
  AMENDMENT_DECISIONS,
  BASELINE_EXPORT_FORMATS,
  OCR_MODES,
  REVIEW_DECISIONS,
  type ArgsOf,
  type MethodName,
} from './contract';
import { ID_LENGTH } from './check-args';

const ID = 'an id as Lexgap lists it, e.g. CRC.19 or d3f9a0c12be7d4e081';
const id = z.string(ID).min(ID_LENGTH.min, ID).max(ID_LENGTH.max, ID);
/** The version of a row a change was made on (`version` as read; 0: a cell not yet rated). */
const expectedVersion = z.number().int().min(0).optional();
const COUNTRY = 'a two-letter ISO country code (e.g. PK)';
const country = z.string(COUNTRY).regex(/^[A-Za-z]{2}$/, COUNTRY);
/** A country (`PK`) or an ISO 3166-2 subdivision (`PK-IS`, `MY-14`). */
const JURISDICTION = 'a country code (PK) or an ISO 3166-2 subdivision (PK-IS)';
const jurisdiction = z.string(JURISDICTION).regex(/^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/, JURISDICTION);
const coverageLevel = z.enum(COVERAGE_LEVELS);
const ISO_DATE = 'a date written YYYY-MM-DD';
const isoDate = z.string(ISO_DATE).refine(isIsoDate, ISO_DATE);
/** A date a law's status took effect, or null to clear it. */
const lawDate = isoDate.nullable().optional();
const tagCoverage = z.enum(TAG_COVERAGES);
const empty = z.object({}).strict();
const accountName = z.string(ACCOUNT_NAME).regex(ACCOUNT_NAME_PATTERN, ACCOUNT_NAME);
/** Its length is checked where it is hashed (electron/services/passwords.ts), with the reason. */
const password = z.string().min(1).max(1000);
/** A clause number as printed: "7", "10A", "4-A", "XII". */
const clauseNumber = z.string().trim().min(1).max(40);

const importFile = z
  .object({
    path: z.string().min(1).optional(),
    name: z.string().min(1).max(500).optional(),
    dataBase64: z.string().optional(),
    password: z.string().optional(),
  })
  .strict()
  .refine((f) => f.path !== undefined || (f.dataBase64 !== undefined && f.name !== undefined), {
    message: 'each file needs a path, or a name and its bytes',
  });

const FILES = 'at least one file to import';

/** A language Lexgap reads (`ms`, an alias such as `tl`, a tag such as `ms-MY`): the registry's. */
const language = z
  .string()
  .trim()
  .refine((code) => code !== '' && languageProfile(code) !== undefined, {
    message: `a language Lexgap reads: ${LANGUAGE_CODES.slice(0, -1).join(', ')} or ${LANGUAGE_CODES.at(-1)}`,
  })
  .optional();

const importArgs = z
  .object({
    files: z.array(importFile, FILES).min(1, FILES),
    country,
    jurisdiction: z.string().min(2).max(10).optional(),
    title: z.string().min(1).max(500).optional(),
    year: z.number().int().min(1800).max(2200).optional(),
    language,
    password: z.string().optional(),
    ocr: z.enum(OCR_MODES).optional(),
    newVersionOf: id.optional(),
    separate: z.boolean().optional(),
  })
  .strict()
  .refine((a) => !(a.newVersionOf && a.separate), {
    message: 'a file is either a new version of a document or a document of its own, not both',
  })
  .refine((a) => !a.newVersionOf || a.files.length === 1, {
    message: 'a new version is one file',
  });

const fileArg = z
  .object({
    path: z.string().min(1).optional(),
    name: z.string().min(1).max(500).optional(),
    dataBase64: z.string().optional(),
  })
  .strict()
  .refine((f) => f.path !== undefined || (f.dataBase64 !== undefined && f.name !== undefined), {
    message: 'give a path, or a name and the bytes',
  });

const selection = {
  frameworks: z.array(id).optional(),
  countries: z.array(jurisdiction).optional(),
  split: z.array(country).optional(),
  asOf: isoDate.optional(),
  includeProcedural: z.boolean().optional(),
};

const SUBDIVISION = 'an ISO 3166-2 subdivision code (e.g. PK-PB)';
const subdivision = z
  .string(SUBDIVISION)
  .regex(/^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/, SUBDIVISION)
  .transform((s) => s.toUpperCase());
/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const TARGET_DATE = 'a year, year-month or date (2027, 2027-06, 2027-06-30)';
const targetDate = z.string(TARGET_DATE).regex(TARGET_DATE_PATTERN, TARGET_DATE);
const CELLS = 'at least one cell (country and standard)';
const recommendationFields = {
  cells: z
    .array(
      z.object({ country, subdivision: subdivision.nullable().optional(), provisionId: id }).strict(),
      CELLS,
    )
    .min(1, CELLS),
  type: z.enum(RECOMMENDATION_TYPES),
  // Blank text is refused by the rule (shared/recommendations), whose message says what to write.
  text: z.string().max(20_000),
  responsibleBody: z.string().max(500).nullable().optional(),
  priority: z.enum(RECOMMENDATION_PRIORITIES),
  targetDate: targetDate.nullable().optional(),
  status: z.enum(RECOMMENDATION_STATUSES).optional(),
  origin: z.enum(RECOMMENDATION_ORIGINS),
  evidence: z.array(id).max(500).optional(),
};

// What a field takes, in words said whether it is missing, empty or wrong (shared/api/explain-issues.ts).
const SOME_COUNTRY = 'at least one country';
const RATIONALE = 'a rationale of up to 10,000 characters (about three pages; cite clauses for the rest)';
const MADE_FOR = 'who reviews it, e.g. "Ministry of Human Rights"';
const BASELINE_NAME = 'a name, e.g. "Baseline 2026"';
const SERVER_URL = "the team server's address, e.g. https://lexgap.example.org";
const YOUR_NAME = 'your account name';
const YOUR_PASSWORD = 'your password';

export const argSchemas = {
  importDocuments: importArgs,
  startImport: importArgs,
  startReread: z.object({ documentId: id, password: z.string().optional() }).strict(),
  startTagging: z.object({ documentId: id.optional() }).strict(),
  getJob: z.object({ jobId: id }).strict(),
  waitForJob: z.object({ jobId: id }).strict(),
  cancelJob: z.object({ jobId: id }).strict(),
  listJobs: empty,
  listCountries: empty,
  listDocuments: z.object({ country: country.optional() }).strict(),
  getDocument: z.object({ documentId: id }).strict(),
  updateDocument: z
    .object({
      documentId: id,
      title: z.string().min(1).max(500).optional(),
      year: z.number().int().min(1800).max(2200).nullable().optional(),
      status: z.enum(DOCUMENT_STATUSES).optional(),
      jurisdiction: z.string().min(2).max(10).nullable().optional(),
      excludedSubdivisions: z.array(z.string().min(3).max(10)).max(100).optional(),
      enactedOn: lawDate,
      inForceFrom: lawDate,
      amendedOn: lawDate,
      repealedOn: lawDate,
      expectedVersion,
    })
    .strict(),
  deleteDocument: z.object({ documentId: id }).strict(),
  getDocumentFile: z.object({ documentId: id }).strict(),
  listClauses: z.object({ documentId: id }).strict(),
  listVersions: z.object({ documentId: id }).strict(),
  listAmendments: z.object({ documentId: id.optional() }).strict(),
  reviewAmendment: z
    .object({ amendingDocumentId: id, amendedDocumentId: id, decision: z.enum(AMENDMENT_DECISIONS) })
    .strict()
    .refine((a) => a.amendingDocumentId !== a.amendedDocumentId, { message: 'a law does not amend itself' }),
  splitClause: z
    .object({
      clauseId: id,
      at: z.number().int().min(1),
      number: clauseNumber.optional(),
      heading: z.string().max(500).optional(),
    })
    .strict(),
  mergeClauseWithNext: z.object({ clauseId: id }).strict(),
  updateClause: z
    .object({ clauseId: id, number: clauseNumber.optional(), heading: z.string().max(500).optional() })
    .strict()
    .refine((a) => a.number !== undefined || a.heading !== undefined, {
      message: 'give a new number or heading',
    }),
  tagDocuments: z.object({ documentId: id.optional() }).strict(),
  listSuggestions: z
    .object({
      documentId: id.optional(),
      clauseId: id.optional(),
      provisionId: id.optional(),
      country: country.optional(),
      framework: id.optional(),
      status: z.enum(SUGGESTION_STATUSES).optional(),
      minScore: z.number().min(0).max(1).optional(),
      limit: z.number().int().min(1).max(100_000).optional(),
      offset: z.number().int().min(0).optional(),
    })
    .strict(),
  reviewSuggestions: z
    .object({
      ids: z.array(id).min(1),
      decision: z.enum(REVIEW_DECISIONS).optional(),
      coverage: tagCoverage.optional(),
      note: z.string().max(10_000).optional(),
    })
    .strict()
    .refine((a) => a.decision !== undefined || a.note !== undefined, {
      message: 'give a decision (accept, reject or reset) or a note',
    }),
  undoLastReview: empty,
  getLearningStatus: empty,
  addManualTag: z
    .object({ clauseId: id, provisionId: id, coverage: tagCoverage, note: z.string().max(10_000).optional() })
    .strict(),
  listAudit: z
    .object({ entityId: id.optional(), limit: z.number().int().min(1).max(100_000).optional() })
    .strict(),
  listStandards: z.object({ framework: id.optional() }).strict(),
  buildMatrix: z.object(selection).strict(),
  setCellOverride: z
    .object({
      country: jurisdiction,
      provisionId: id,
      level: coverageLevel,
      rationale: z.string(RATIONALE).max(10_000, RATIONALE),
      reviewedDocumentIds: z.array(id).optional(),
      citedClauseIds: z.array(id).max(200).optional(),
      expectedVersion,
    })
    .strict(),
  clearCellOverride: z.object({ country: jurisdiction, provisionId: id, expectedVersion }).strict(),
  exportMatrix: z
    .object({
      ...selection,
      format: z.enum(EXPORT_FORMAT_IDS),
      path: z.string().min(1).optional(),
    })
    .strict(),
  exportReport: z
    .object({
      countries: z.array(jurisdiction, SOME_COUNTRY).min(1, SOME_COUNTRY),
      frameworks: z.array(id).optional(),
      format: z.enum(REPORT_FORMAT_IDS),
      path: z.string().min(1).optional(),
    })
    .strict(),
  listChecks: z.object({ country: country.optional(), provisionId: id.optional() }).strict(),
  reviewCheck: z
    .object({
      country,
      provisionId: id,
      decision: z.enum(CHECK_DECISIONS),
      found: z.union([z.number().int().min(0).max(99), z.boolean(), z.null()]).optional(),
      verdict: z.enum(CHECK_VERDICTS).optional(),
      note: z.string().max(10_000).optional(),
    })
    .strict(),
  listRecommendations: z
    .object({
      country: country.optional(),
      subdivision: subdivision.optional(),
      provisionId: id.optional(),
      framework: id.optional(),
      type: z.enum(RECOMMENDATION_TYPES).optional(),
      priority: z.enum(RECOMMENDATION_PRIORITIES).optional(),
      status: z.enum(RECOMMENDATION_STATUSES).optional(),
      origin: z.enum(RECOMMENDATION_ORIGINS).optional(),
      documentId: id.optional(),
      citesDeletedLaw: z.boolean().optional(),
    })
    .strict(),
  addRecommendation: z.object(recommendationFields).strict(),
  updateRecommendation: z
    .object({ id, expectedVersion, ...recommendationFields })
    .partial()
    .required({ id: true })
    .strict(),
  deleteRecommendation: z.object({ id }).strict(),
  importRecommendations: z
    .object({ path: z.string().min(1).optional(), dataBase64: z.string().min(1).optional() })
    .strict()
    .refine((a) => (a.path === undefined) !== (a.dataBase64 === undefined), {
      message: 'give the file: a path or its bytes',
    }),
  exportPackage: z
    .object({
      country,
      documentIds: z.array(id).optional(),
      frameworks: z.array(id).optional(),
      madeFor: z.string(MADE_FOR).trim().min(1, MADE_FOR).max(200),
      blind: z.boolean().optional(),
      path: z.string().min(1).optional(),
    })
    .strict(),
  importPackage: fileArg,
  openPackage: fileArg,
  closePackage: empty,
  getProject: empty,
  getPackageFile: empty,
  listDisagreements: z
    .object({ country: country.optional(), includeResolved: z.boolean().optional() })
    .strict(),
  getAgreement: z.object({ country: country.optional() }).strict(),
  createBaseline: z.object({ name: z.string(BASELINE_NAME).trim().min(1, BASELINE_NAME).max(200) }).strict(),
  listBaselines: empty,
  compareBaselines: z.object({ from: id, to: id.optional() }).strict(),
  exportBaselineComparison: z
    .object({
      from: id,
      to: id.optional(),
      format: z.enum(BASELINE_EXPORT_FORMATS),
      path: z.string().min(1).optional(),
    })
    .strict(),
  getConnection: empty,
  connectTeamServer: z
    .object({
      url: z.string(SERVER_URL).trim().min(1, SERVER_URL).max(2000),
      name: z.string(YOUR_NAME).trim().min(1, YOUR_NAME).max(200),
      password: z.string(YOUR_PASSWORD).min(1, YOUR_PASSWORD).max(1000),
    })
    .strict(),
  disconnectTeamServer: empty,
  getSettings: empty,
  updateSettings: z
    .object({
      reviewerName: z.string().min(1).max(200).optional(),
      leadReviewer: z.string().min(1).max(200).optional(),
      expectedVersion,
    })
    .strict(),
  listAccounts: empty,
  addAccount: z.object({ name: accountName, role: z.enum(ROLES), password }).strict(),
  setAccountDisabled: z.object({ name: accountName, disabled: z.boolean() }).strict(),
  resetAccountPassword: z.object({ name: accountName, password, role: z.enum(ROLES).optional() }).strict(),
} satisfies { [M in MethodName]: z.ZodType<ArgsOf<M>> };

export const METHOD_NAMES = Object.keys(argSchemas) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(argSchemas, name);
}
