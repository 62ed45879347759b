// Record ids: a one-letter kind and sixteen hex digits (`s3f9a0c12be7d4e081`), made here so every
// store backend and the handlers give the same shape of id, and no backend has to invent its own.
// 64 random bits: a library of a few million suggestions stays far from a collision, which ten hex
// digits (40 bits) were not (a collision fails the whole tagging transaction). Older databases keep
// their ten-digit ids.

/** d: document, s: suggestion, b: review batch, j: job, r: recommendation, n: baseline. */
export type IdKind = 'd' | 's' | 'b' | 'j' | 'r' | 'n';

/** The character codes of the sixteen hex digits. */
const HEX = Array.from({ length: 16 }, (_, d) => d.toString(16).charCodeAt(0));
/** Random bytes drawn a few thousand at a time: tagging makes tens of thousands of ids in one go. */
const ID_BYTES = 8;
const pool = new Uint8Array(ID_BYTES * 4096);
let used = pool.length;
/** An id's character codes, filled in place and made into one flat string: appending seventeen
 *  pieces made a chain of string parts per id that JSON.stringify had to flatten again. */
const codes: number[] = new Array<number>(1 + 2 * ID_BYTES).fill(0);

export function newId(kind: IdKind): string {
  if (used + ID_BYTES > pool.length) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  codes[0] = kind.charCodeAt(0);
  for (let i = 0; i < ID_BYTES; i += 1) {
    const byte = pool[used + i];
    codes[1 + 2 * i] = HEX[byte >> 4];
    codes[2 + 2 * i] = HEX[byte & 15];
  }
  used += ID_BYTES;
  return String.fromCharCode.apply(null, codes);
}

/** A document's id comes from its bytes: the same file imported into two databases has the same id. */
export function documentIdFor(sha256: string): string {
  return `d${sha256.slice(0, 10)}`;
}
