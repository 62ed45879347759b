// Validates the catalog files and joins them into one Catalog; every error names the file and the entry.
import type { z } from 'zod';
import { frameworkOrder } from './framework-order';
import {
  catalogReleaseSchema,
  frameworkSchema,
  ratificationsFileSchema,
  type RatificationsFile,
} from './schema';
import type { CatalogRelease } from './types';
import type { Catalog, Framework } from './types';

export const RATIFICATIONS_FILE = 'ratifications.json';
export const RELEASE_FILE = 'catalog.json';

export class CatalogError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? problems[0]
        : `${problems.length} problems in the standards catalog:\n${problems.join('\n')}`,
    );
    this.name = 'CatalogError';
  }
}

export interface CatalogFile {
  name: string;
  json: unknown;
}

function at(value: unknown, key: PropertyKey): unknown {
  return value !== null && typeof value === 'object'
    ? (value as Record<PropertyKey, unknown>)[key]
    : undefined;
}

/** "provision CRC.19" / "ratification MY OPSC" / "groups.2": the entry a path inside a file points at. */
function entryLabel(json: unknown, path: readonly PropertyKey[]): { entry: string; rest: PropertyKey[] } {
  const [head, index, ...rest] = path;
  if (typeof index === 'number') {
    const item = at(at(json, head), index);
    if (head === 'provisions') {
      const id = at(item, 'id');
      return { entry: `provision ${typeof id === 'string' ? id : `#${index + 1}`}`, rest };
    }
    if (head === 'ratifications') {
      return {
        entry: `ratification #${index + 1} (${String(at(item, 'country'))} ${String(at(item, 'frameworkId'))})`,
        rest,
      };
    }
    return { entry: `${String(head)} #${index + 1}`, rest };
  }
  return {
    entry: head === undefined ? 'file' : 'framework',
    rest: head === undefined ? [] : [head, ...(index === undefined ? [] : [index]), ...rest],
  };
}

function describeIssues(file: string, json: unknown, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const { entry, rest } = entryLabel(json, issue.path);
    const where = rest.length ? `${rest.map(String).join('.')}: ` : '';
    return `${file}: ${entry}: ${where}${issue.message}`;
  });
}

/** Validates every file, checks ids, groups and cross-references across files, and returns the catalog. */
export function parseCatalog(files: readonly CatalogFile[]): Catalog {
  const problems: string[] = [];
  const frameworks: { file: string; framework: Framework }[] = [];
  let ratifications: { file: string; data: RatificationsFile } | undefined;
  let release: CatalogRelease | undefined;

  for (const { name, json } of files) {
    if (name === RELEASE_FILE) {
      const parsed = catalogReleaseSchema.safeParse(json);
      if (parsed.success) release = parsed.data;
      else problems.push(...describeIssues(name, json, parsed.error));
      continue;
    }
    if (name === RATIFICATIONS_FILE) {
      const parsed = ratificationsFileSchema.safeParse(json);
      if (parsed.success) ratifications = { file: name, data: parsed.data };
      else problems.push(...describeIssues(name, json, parsed.error));
      continue;
    }
    const parsed = frameworkSchema.safeParse(json);
    if (!parsed.success) {
      problems.push(...describeIssues(name, json, parsed.error));
      continue;
    }
    const framework = parsed.data;
    const expectedName = `${framework.id}.json`;
    if (name !== expectedName)
      problems.push(
        `${name}: framework: id ${framework.id} does not match the file name (expected ${expectedName})`,
      );
    frameworks.push({ file: name, framework });
  }

  const seenFrameworks = new Map<string, string>();
  const provisionFile = new Map<string, string>();
  for (const { file, framework } of frameworks) {
    const other = seenFrameworks.get(framework.id);
    if (other) problems.push(`${file}: framework: id ${framework.id} is also used by ${other}`);
    seenFrameworks.set(framework.id, file);
    if (!framework.verified && !framework.unverifiedNote)
      problems.push(`${file}: framework: unverified without an unverifiedNote saying what`);
    const groups = new Set<string>();
    for (const g of framework.groups) {
      if (groups.has(g.id)) problems.push(`${file}: group ${g.id}: duplicate group id`);
      groups.add(g.id);
    }
    for (const p of framework.provisions) {
      const entry = `${file}: provision ${p.id}`;
      const seenIn = provisionFile.get(p.id);
      if (seenIn) problems.push(`${entry}: duplicate id (also in ${seenIn})`);
      provisionFile.set(p.id, file);
      if (p.frameworkId !== framework.id)
        problems.push(`${entry}: frameworkId ${p.frameworkId} should be ${framework.id}`);
      if (p.id !== `${framework.id}.${p.number}`)
        problems.push(`${entry}: id should be ${framework.id}.${p.number}`);
      if (!groups.has(p.group))
        problems.push(`${entry}: group ${p.group} is not one of the framework's groups`);
      if (!p.verified && !p.unverifiedNote)
        problems.push(`${entry}: unverified without an unverifiedNote saying what`);
    }
  }
  for (const { file, framework } of frameworks) {
    for (const p of framework.provisions) {
      for (const ref of p.crossRefs) {
        if (ref === p.id) problems.push(`${file}: provision ${p.id}: crossRefs: refers to itself`);
        else if (!provisionFile.has(ref))
          problems.push(`${file}: provision ${p.id}: crossRefs: ${ref} does not exist`);
      }
    }
  }

  const states = ratifications?.data.states ?? [];
  if (ratifications) {
    const codes = new Set(states.map((s) => s.code));
    const seen = new Set<string>();
    ratifications.data.ratifications.forEach((r, i) => {
      const entry = `${ratifications.file}: ratification #${i + 1} (${r.country} ${r.frameworkId})`;
      const key = `${r.country} ${r.frameworkId}`;
      if (seen.has(key)) problems.push(`${entry}: duplicate entry for ${key}`);
      seen.add(key);
      if (!codes.has(r.country)) problems.push(`${entry}: country ${r.country} is not in states`);
      if (!seenFrameworks.has(r.frameworkId))
        problems.push(`${entry}: framework ${r.frameworkId} does not exist`);
    });
  }

  if (problems.length) throw new CatalogError(problems);
  return {
    frameworks: frameworkOrder(frameworks.map((f) => f.framework)),
    ratifications: ratifications?.data.ratifications ?? [],
    states,
    ...(release ? { release } : {}),
  };
}
