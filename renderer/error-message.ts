/** What a failed call says to the analyst: the API's message, or the thrown value as text. */
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The same, for a line of its own: it starts with a capital ("The team server … could not be
 * reached"), where the shared sentence, written to go after a colon, starts with a small letter.
 */
export function standaloneMessage(e: unknown): string {
  const text = errorMessage(e);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
