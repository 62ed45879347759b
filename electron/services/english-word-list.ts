// The English word list the text-layer check reads (shared/pdf/text-quality.ts), as the package's JSON
// text, searched where it lies (shared/pdf/word-list.ts) instead of parsed into 275,000 strings.
import fs from 'node:fs';
import { createRequire } from 'node:module';

let text: string | undefined;

export function englishWordList(): string {
  // The list is ASCII: latin1 reads it as UTF-8 would, without decoding.
  text ??= fs.readFileSync(createRequire(import.meta.url).resolve('an-array-of-english-words'), 'latin1');
  return text;
}
