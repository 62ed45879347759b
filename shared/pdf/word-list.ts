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

const QUOTE = 0x22;
const COMMA = 0x2c;

/**
 * Binary search over character positions of `["w1","w2",…]`: a position belongs to the entry it is in,
 * or (inside a `","` separator) to the next one. The word, if listed, starts in [low, high). Entries
 * are found and compared in place, character by character: no string is cut out of the list.
 */
function listedInJson(json: string, word: string): boolean {
  const first = json.indexOf('["') + 2;
  let low = first;
  let high = json.lastIndexOf('"]');
  while (low < high) {
    const middle = (low + high) >>> 1;
    // The last `","` that starts before `middle`, if any after the list's opening.
    let separator = middle - 1;
    while (
      separator >= first &&
      !(
        json.charCodeAt(separator) === QUOTE &&
        json.charCodeAt(separator + 1) === COMMA &&
        json.charCodeAt(separator + 2) === QUOTE
      )
    )
      separator -= 1;
    const start = separator < first ? first : separator + 3;
    // The entry [start, end) against the word, in code-unit order as `<` compares strings.
    let at = start;
    let k = 0;
    let order = 0;
    for (;;) {
      const c = json.charCodeAt(at);
      if (c === QUOTE) {
        order = k === word.length ? 0 : -1;
        break;
      }
      if (k === word.length) {
        order = 1;
        break;
      }
      const w = word.charCodeAt(k);
      if (c !== w) {
        order = c < w ? -1 : 1;
        break;
      }
      at += 1;
      k += 1;
    }
    if (order === 0) return true;
    if (order < 0) {
      let end = at;
      while (json.charCodeAt(end) !== QUOTE) end += 1;
      low = end + 3;
    }
    // No entry starts between `middle` and `start` (a separator), so both bounds hold.
    else high = Math.min(start, middle);
  }
  return false;
}
