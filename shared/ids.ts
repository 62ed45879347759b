// Record ids: a one-letter kind and sixteen hex digits (`s3f9a0c12be7d4e081`), made here so every
// store backend and the handlers give the same shape of id, and no backend has to invent its own.
// 64 random bits: a library of a few million suggestions stays far from a collision, which ten hex
// digits (40 bits) were not (a collision fails the whole tagging transaction). Older databases keep
// their ten-digit ids.

/** d: document, s: suggestion, b: review batch, j: job, r: recommendation, n: baseline. */
export type IdKind = 'd' | 's' | 'b' | 'j' | 'r' | 'n';

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
/** Random bytes drawn a few thousand at a time: tagging makes tens of thousands of ids in one go. */
const ID_BYTES = 8;
const pool = new Uint8Array(ID_BYTES * 4096);
let used = pool.length;

export function newId(kind: IdKind): string {
  if (used + ID_BYTES > pool.length) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  let id: string = kind;
  for (let i = 0; i < ID_BYTES; i += 1) id += HEX[pool[used + i]];
  used += ID_BYTES;
  return id;
}

/** A document's id comes from its bytes: the same file imported into two databases has the same id. */
export function documentIdFor(sha256: string): string {
  return `d${sha256.slice(0, 10)}`;
}
