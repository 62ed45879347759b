// The API's methods and their arguments, written from the zod schemas: `lexgap call --help`.
import * as z from 'zod';
import { METHOD_NAMES, argSchemas } from '../../shared/api/schemas';

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
}

function typeText(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join('|');
  if (schema.anyOf) return schema.anyOf.map(typeText).join('|');
  if (schema.type === 'array') return `${schema.items ? typeText(schema.items) : 'unknown'}[]`;
  if (schema.type === 'object') return objectText(schema);
  const type = Array.isArray(schema.type) ? schema.type.join('|') : (schema.type ?? 'unknown');
  const max = schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER ? schema.maximum : '';
  return schema.minimum !== undefined || max !== '' ? `${type} ${schema.minimum ?? ''}..${max}` : type;
}

function objectText(schema: JsonSchema): string {
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {}).map(
    ([key, value]) => `${key}${required.has(key) ? '' : '?'}: ${typeText(value)}`,
  );
  return fields.length ? `{ ${fields.join(', ')} }` : '{}';
}

/** One line per method: its name and the shape of its args. */
export function describeMethods(): string {
  return METHOD_NAMES.map(
    (method) =>
      `  ${method} ${objectText(z.toJSONSchema(argSchemas[method], { unrepresentable: 'any' }) as JsonSchema)}`,
  ).join('\n');
}
