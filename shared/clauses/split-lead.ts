// What a split-off part's first words say about it: the number and heading printed there. Small and
// separate, so the Document screen can offer them before the split without loading segmentation.

/** A number printed at the start of the second part ("7. Hours of work" → "7"), if there is one. */
export function leadingNumber(text: string): string | undefined {
  const m = /^\s*(?:(?:section|article|art\.?|s\.)\s*)?(\d{1,4}[A-Z]?)\s*[.):—–-]/iu.exec(text);
  return m?.[1];
}

/**
 * The heading printed after a leading number: a short first line of its own ("2. Definitions" then
 * the body on the next line, as a merge writes it), else up to the first full stop or dash
 * ("7. Hours of work.— (1) No child…").
 */
export function leadingHeading(text: string): string | undefined {
  const line = /^\s*\d{1,4}[A-Z]?\s*[.)]\s*([^\n]{2,100})\n/u.exec(text);
  if (line) return line[1].replace(/\s*[.:]?\s*[—–-]?\s*$/u, '').trim() || undefined;
  const m = /^\s*\d{1,4}[A-Z]?\s*[.)]\s*([^.\n—–]{3,120}?)\s*(?:[.:]\s*[—–-]|[—–]|\.\s)/u.exec(text);
  return m?.[1]?.trim();
}
