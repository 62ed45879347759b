// A title read off a noisy OCR layer ("Zainab Alcr! Response and Recovery Act, 2020") mended from the
// file name where the name corroborates it: the same words in the same order, each word the title
// spells differently a non-word there, a dictionary word in the name, and within two edits of it.
import { distance } from 'fastest-levenshtein';
import { listed, type WordList } from '../pdf/word-list';

/** Brackets and commas around a title's word are kept as printed: "(Amendment)", "Act,". */
const WORD = /^([("']*)(.*?)([)"',.;:]*)$/u;
const MAX_EDITS = 2;

export function mendTitleFromFileName(title: string, fileName: string, words: WordList): string {
  const names = fileName
    .replace(/\.pdf$/i, '')
    .split(/[\s_]+/)
    .filter((word) => word.length > 0);
  const tokens = title.split(' ');
  if (tokens.length > names.length) return title;
  let mended = false;
  const result: string[] = [];
  for (const [index, token] of tokens.entries()) {
    const [, before, core, after] = WORD.exec(token) as RegExpExecArray;
    const name = names[index];
    if (core.toLowerCase() === name.toLowerCase()) {
      result.push(token);
      continue;
    }
    const garbled =
      !listed(words, core.toLowerCase()) &&
      listed(words, name.toLowerCase()) &&
      core[0]?.toLowerCase() === name[0].toLowerCase() &&
      distance(core.toLowerCase(), name.toLowerCase()) <= MAX_EDITS;
    // One word the name does not corroborate, and the name is about something else: keep the title.
    if (!garbled) return title;
    const spelt = core[0] === core[0].toUpperCase() ? name[0].toUpperCase() + name.slice(1) : name;
    result.push(`${before}${spelt}${after}`);
    mended = true;
  }
  return mended ? result.join(' ') : title;
}
