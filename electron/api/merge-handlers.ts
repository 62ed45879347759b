// Domain handler maps merged into one, as actual's createApp does: a name registered twice is an
// error at start, and a method no domain implements is a type error where the result is used as
// LexgapApi (and an error at start, for good measure).
import type { LexgapApi } from '../../shared/api/contract';
import { METHOD_NAMES } from '../../shared/api/schemas';

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export function mergeHandlers<T extends Partial<LexgapApi>[]>(...domains: T): Intersection<T[number]> {
  const merged: Record<string, unknown> = {};
  for (const domain of domains) {
    for (const [name, handler] of Object.entries(domain)) {
      if (Object.prototype.hasOwnProperty.call(merged, name))
        throw new Error(`two handlers for the API method "${name}"`);
      merged[name] = handler;
    }
  }
  const missing = METHOD_NAMES.filter((name) => !(name in merged));
  if (missing.length) throw new Error(`no handler for the API method(s) ${missing.join(', ')}`);
  return merged as Intersection<T[number]>;
}
