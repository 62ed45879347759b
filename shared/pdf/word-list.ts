// A sorted word list looked up by binary search, given either as an array or as the list's own JSON
// text (`["a","aa",…]`), which is searched where it lies: parsing the 275,000-word English list takes
// ~60 ms of every import, reading its text ~2 ms, and a few thousand look-ups under a millisecond.

/** Sorted (code-unit order, as `<` compares) and unique; as JSON text: no escapes, no quotes in words. */
export type WordList = readonly string[] | string;

export function listed(list: WordList, word: string): boolean {
  return typeof list === 'string' ? listedInJson(list, word) : listedInArray(list, word);
}

function listedInArray(list: readonly string[], word: string): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const entry = list[middle];
    if (entry === word) return true;
    if (entry < word) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/**
 * Binary search over character positions of `["w1","w2",…]`: a position belongs to the entry it is in,
 * or (inside a `","` separator) to the next one. The word, if listed, starts in [low, high).
 */
function listedInJson(json: string, word: string): boolean {
  const first = json.indexOf('["') + 2;
  let low = first;
  let high = json.lastIndexOf('"]');
  while (low < high) {
    const middle = (low + high) >>> 1;
    const separator = json.lastIndexOf('","', middle - 1);
    const start = separator < first ? first : separator + 3;
    const end = json.indexOf('"', start);
    const entry = json.slice(start, end);
    if (entry === word) return true;
    if (entry < word) low = end + 3;
    // No entry starts between `middle` and `start` (a separator), so both bounds hold.
    else high = Math.min(start, middle);
  }
  return false;
}
