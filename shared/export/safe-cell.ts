// Text from laws and notes is untrusted: a spreadsheet runs a cell starting with `=`, `+`, `-` or `@`
// as a formula (and tab / CR can smuggle one past a trim). OWASP's advice: prefix an apostrophe so it
// is read as text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text unchanged, or with a leading apostrophe when a spreadsheet would read it as a formula. */
export function safeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** safeCell for optional text: null and undefined become an empty cell. */
export function safeCellOrEmpty(text: string | null | undefined): string {
  return text == null ? '' : safeCell(text);
}
