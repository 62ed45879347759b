// Domain handler maps merged into one: a name registered twice is an error, and a method no domain
// implements is a type error where the result is used as LexgapApi. The app loads each domain on
// first use (handlers.ts); merge-handlers.test.ts merges them all, so both checks still hold.
import type { LexgapApi } from '../../shared/api/contract';

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
  return merged as Intersection<T[number]>;
}
