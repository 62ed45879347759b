// The values a method's field accepts, from its zod enum: CLI help and checks derived from the API.
// Only the commands with such options load it (and with it zod and the schemas).
import type { MethodName } from '../../shared/api/contract';
import { argSchemas } from '../../shared/api/schemas';

/** The values `method`'s arg `field` accepts. */
export function choicesOf(method: MethodName, field: string): string[] {
  const shape = (argSchemas[method] as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  let schema = shape[field] as { options?: unknown[]; unwrap?: () => unknown } | undefined;
  while (schema && !schema.options && schema.unwrap) schema = schema.unwrap() as typeof schema;
  return (schema?.options ?? []).map(String);
}
