// Reads the recommendations back out of a Lexgap JSON file: a matrix export (`lexgap.matrix`, which
// carries them under `matrix.recommendations`) or a bare list (`recommendations list --json`).
import * as z from 'zod';
import {
  EVIDENCE_KINDS,
  RECOMMENDATION_ORIGINS,
  RECOMMENDATION_PRIORITIES,
  RECOMMENDATION_STATUSES,
  RECOMMENDATION_TYPES,
  type Recommendation,
} from './types';

const text = z.string();
const recommendationSchema = z.object({
  id: z
    .string()
    .regex(
      /^r(?:[0-9a-f]{10}|[0-9a-f]{16})$/,
      'a recommendation id (r and 16 hex digits, or 10 in older files)',
    ),
  cells: z
    .array(
      z.object({
        country: z.string().regex(/^[A-Z]{2}$/),
        subdivision: z
          .string()
          .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/)
          .nullable(),
        provisionId: z.string().min(1),
      }),
    )
    .min(1),
  type: z.enum(RECOMMENDATION_TYPES),
  text: z.string().min(1),
  responsibleBody: text.nullable(),
  priority: z.enum(RECOMMENDATION_PRIORITIES),
  targetDate: text.nullable(),
  status: z.enum(RECOMMENDATION_STATUSES),
  origin: z.enum(RECOMMENDATION_ORIGINS),
  evidence: z.array(
    z.object({
      kind: z.enum(EVIDENCE_KINDS),
      id: z.string().min(1),
      documentId: z.string().min(1),
      clauseId: text.nullable(),
      citation: text,
      lawDeleted: z.boolean(),
    }),
  ),
  createdBy: text,
  createdAt: text,
  updatedBy: text,
  updatedAt: text,
});

/** The recommendations a file holds, or an Error whose message names what is wrong and where. */
export function parseRecommendations(fileName: string, content: string): Recommendation[] {
  let doc: unknown;
  try {
    doc = JSON.parse(content);
  } catch {
    throw new Error(`${fileName} is not JSON`);
  }
  const list = Array.isArray(doc)
    ? doc
    : (doc as { schema?: unknown; matrix?: { recommendations?: unknown } } | null)?.schema === 'lexgap.matrix'
      ? (doc as { matrix: { recommendations?: unknown } }).matrix.recommendations
      : undefined;
  if (!Array.isArray(list))
    throw new Error(
      `${fileName} holds no recommendations: give a Lexgap matrix export (JSON) or the output of \`recommendations list --json\``,
    );
  return list.map((item, i) => {
    const parsed = recommendationSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `${fileName}: recommendation ${i + 1} is not valid (${[...issue.path].join('.') || 'the entry'}: ${issue.message})`,
      );
    }
    // The record's own fields only, in the stored order: nothing else in the file is carried over.
    return { ...(parsed.data as Recommendation) };
  });
}
