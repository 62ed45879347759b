// Zod schemas for the catalog files in resources/standards/: one framework per file, plus ratifications.json.
import * as z from 'zod';
import type {
  CatalogRelease,
  Cue,
  Framework,
  LanguageCues,
  Provision,
  Ratification,
  Reservation,
  Threshold,
} from './types';

const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');

export const cueSchema = z.union([
  text,
  z.object({ text, weight: z.number().positive() }),
]) satisfies z.ZodType<Cue>;

/** A list of cues where each text comes once (a repeat is an editing slip: it reads as weight, and shows twice). */
const cueList = z
  .array(cueSchema)
  .default([])
  .superRefine((cues, ctx) => {
    const seen = new Set<string>();
    for (const cue of cues) {
      const key = (typeof cue === 'string' ? cue : cue.text).trim().toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `"${key}" is listed twice` });
      seen.add(key);
    }
  });

export const languageCuesSchema = z.object({
  phrases: cueList,
  keywords: cueList,
  negative: cueList,
}) satisfies z.ZodType<LanguageCues>;

export const thresholdSchema = z.object({
  parameter: text,
  operator: z.enum(['>=', '<=', '==', 'present', 'absent']),
  value: z.union([z.number(), z.string(), z.boolean()]),
  unit: z.string().optional(),
}) satisfies z.ZodType<Threshold>;

export const provisionSchema = z.object({
  id: text,
  frameworkId: text,
  number: text,
  title: text,
  summary: text,
  group: text,
  substantive: z.boolean().default(true),
  procedural: z.boolean().default(false),
  generalPrinciple: z.boolean().default(false),
  crossRefs: z.array(text).default([]),
  verified: z.boolean(),
  unverifiedNote: z.string().optional(),
  source: text.optional(),
  legalTest: z.string().optional(),
  threshold: thresholdSchema.optional(),
  weight: z.number().positive().default(1),
  cues: z
    .record(z.string().regex(/^[a-z]{2,3}$/, 'expected a language code'), languageCuesSchema)
    .default({}),
}) satisfies z.ZodType<Provision>;

export const frameworkSchema = z.object({
  id: z.string().regex(/^[A-Z][A-Z0-9]*$/, 'expected an upper-case id such as CRC'),
  name: text,
  shortName: text,
  kind: z.enum(['convention', 'protocol', 'declaration', 'plan', 'guidelines', 'framework', 'checklist']),
  body: z.enum(['UN', 'ILO', 'ASEAN', 'Lexgap']),
  adopted: isoDate.nullable(),
  entryIntoForce: isoDate.nullable(),
  binding: z.boolean(),
  provisional: z.boolean().default(false),
  verified: z.boolean(),
  unverifiedNote: z.string().optional(),
  source: text.optional(),
  groups: z.array(z.object({ id: text, title: text, description: z.string().optional() })).min(1),
  provisions: z.array(provisionSchema).min(1),
}) satisfies z.ZodType<Framework>;

export const reservationSchema = z.object({
  kind: z.enum(['reservation', 'declaration']),
  /** Article numbers of the instrument it touches, e.g. ["2", "7", "28(1)(a)"]. */
  articles: z.array(text).min(1),
  /** In our own words: what the state keeps to itself, never the text of the reservation. */
  summary: text,
  withdrawn: isoDate.nullable().default(null),
  source: text,
  verified: z.boolean(),
}) satisfies z.ZodType<Reservation>;

export const ratificationSchema = z.object({
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO2 country code'),
  frameworkId: text,
  status: z.enum(['party', 'signatory', 'not_party', 'adopted', 'not_applicable', 'unknown']),
  since: isoDate.nullable(),
  source: text,
  verified: z.boolean(),
  declaration: z
    .object({ minimumAge: z.number().int().min(10).max(20), source: text, verified: z.boolean() })
    .optional(),
  reservations: z.array(reservationSchema).default([]),
}) satisfies z.ZodType<Ratification>;

export const ratificationsFileSchema = z.object({
  states: z.array(z.object({ code: z.string().regex(/^[A-Z]{2}$/), name: text })).min(1),
  ratifications: z.array(ratificationSchema),
});

export type RatificationsFile = z.infer<typeof ratificationsFileSchema>;

/** resources/standards/catalog.json: the catalog's version and what each release changed. */
export const catalogReleaseSchema = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a version such as 1.2.0'),
  released: isoDate,
  changes: z.array(z.object({ version: text, released: isoDate, changes: z.array(text).min(1) })).min(1),
}) satisfies z.ZodType<CatalogRelease>;
