// Structural ids that survive re-import: `part_V__chap_2__sec_17`, a repeat gets `_2`.

/** Numbers as id parts: "10A" stays, "4-A" → "4A", spaces and dots become dashes. */
export function idPart(prefix: string, number: string): string {
  const clean = number
    .trim()
    .replace(/[-\s]+(?=[A-Za-z]$)/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return clean ? `${prefix}_${clean}` : `${prefix}_nn`;
}

/** Gives each base id a unique form, in document order: the second `sec_5` becomes `sec_5_2`. */
export function uniqueIds(ids: string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}_${count}`;
  });
}

/** A clause's id: readable and the same on every re-import, `<document id>:<eid>`. */
export function clauseId(documentId: string, eid: string): string {
  return `${documentId}:${eid}`;
}
