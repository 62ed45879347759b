// A title read off a noisy OCR layer ("Zainab Alcr! Response and Recovery Act, 2020") mended from the
// file name where the name corroborates it: the same words in the same order (the title may add its
// year), each word the title spells differently a non-word there. Where only a word or two are
// garbled, each must be a dictionary word in the name, start alike and lie within two edits of it;
// where at least half the words are the name's own, the sequence vouches for the rest, and a garbled
// word may be further off ("lslarnabad … Prorcclron (Arnend'renr) Act, 2022": Islamabad, Protection,
// Amendment).
import { distance } from 'fastest-levenshtein';
import { listed, type WordList } from '../pdf/word-list';

/** Brackets and commas around a title's word are kept as printed: "(Amendment)", "Act,". */
const WORD = /^([("']*)(.*?)([)"',.;:]*)$/u;
const MAX_EDITS = 2;
/** With the sequence corroborated, a garbled word may differ in this share of the name word's letters. */
const MAX_EDIT_SHARE = 0.6;
const YEAR = /^(1[5-9]|20)\d\d$/;

export function mendTitleFromFileName(title: string, fileName: string, words: WordList): string {
  const names = fileName
    .replace(/\.pdf$/i, '')
    .split(/[\s_]+/)
    .filter((word) => word.length > 0);
  const tokens = title.split(' ');
  const parts = tokens.map((token) => WORD.exec(token) as RegExpExecArray);
  // A year the title prints after the words the name gives ("… Act, 2022" for "…_Act.pdf") is kept.
  const named =
    parts.length === names.length + 1 && YEAR.test(parts[names.length][2]) ? names.length : parts.length;
  if (named > names.length) return title;
  const same = parts
    .slice(0, named)
    .filter(([, , core], index) => core.toLowerCase() === names[index].toLowerCase()).length;
  const vouched = same * 2 >= named;
  let mended = false;
  const result: string[] = [];
  for (const [index, [token, before, core, after]] of parts.entries()) {
    const name = names[index];
    if (index >= named || core.toLowerCase() === name.toLowerCase()) {
      result.push(token);
      continue;
    }
    const [printed, spelt] = [core.toLowerCase(), name.toLowerCase()];
    const edits = distance(printed, spelt);
    const garbled =
      !listed(words, printed) &&
      /\p{L}/u.test(name) &&
      (vouched
        ? edits <= Math.max(MAX_EDITS, spelt.length * MAX_EDIT_SHARE)
        : listed(words, spelt) && printed[0] === spelt[0] && edits <= MAX_EDITS);
    // One word the name does not corroborate, and the name is about something else: keep the title.
    if (!garbled) return title;
    const capital = core[0] === core[0].toUpperCase() ? name[0].toUpperCase() + name.slice(1) : name;
    result.push(`${before}${capital}${after}`);
    mended = true;
  }
  return mended ? result.join(' ') : title;
}
