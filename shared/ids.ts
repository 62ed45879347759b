// Record ids: a one-letter kind and ten hex digits (`s3f9a0c12be`), made here so every store backend
// and the handlers give the same shape of id, and no backend has to invent its own.

/** d: document, s: suggestion, b: review batch, j: job, r: recommendation, n: baseline. */
export type IdKind = 'd' | 's' | 'b' | 'j' | 'r' | 'n';

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
/** Random bytes drawn a few thousand at a time: tagging makes tens of thousands of ids in one go. */
const pool = new Uint8Array(5 * 4096);
let used = pool.length;

export function newId(kind: IdKind): string {
  if (used + 5 > pool.length) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  const at = used;
  used += 5;
  return kind + HEX[pool[at]] + HEX[pool[at + 1]] + HEX[pool[at + 2]] + HEX[pool[at + 3]] + HEX[pool[at + 4]];
}

/** A document's id comes from its bytes: the same file imported into two databases has the same id. */
export function documentIdFor(sha256: string): string {
  return `d${sha256.slice(0, 10)}`;
}
