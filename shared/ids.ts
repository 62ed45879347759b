// Record ids: a one-letter kind and ten hex digits (`s3f9a0c12be`), made here so every store backend
// and the handlers give the same shape of id, and no backend has to invent its own.

/** d: document, s: suggestion, b: review batch, j: job, r: recommendation. */
export type IdKind = 'd' | 's' | 'b' | 'j' | 'r';

export function newId(kind: IdKind): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return kind + hex;
}

/** A document's id comes from its bytes: the same file imported into two databases has the same id. */
export function documentIdFor(sha256: string): string {
  return `d${sha256.slice(0, 10)}`;
}
