// Run by `npm run build`: validates resources/standards once and writes the result beside the bundles
// (dist/ and dist/electron/), so that no command validates the catalog at run time (load-catalog.ts),
// with the matcher's index of every language over it, so that no run builds them (built-catalog.ts).
import fs from 'node:fs';
import path from 'node:path';
import { builtIndexFile, type BuiltIndex } from '../electron/services/built-catalog';
import { BUILT_CATALOG, buildCatalog } from '../electron/services/load-catalog';
import { useMalayStemmer } from '../electron/services/malay-stemmer';
import { LANGUAGE_CODES } from '../shared/language/registry';
import { catalogIndexData } from '../shared/match/language-index';

const [standards, ...outDirs] = process.argv.slice(2);
const built = buildCatalog(standards);
const text = JSON.stringify(built);
useMalayStemmer();
const indexes = LANGUAGE_CODES.map((language) => {
  const index: BuiltIndex = { digest: built.digest, index: catalogIndexData(built.catalog, language) };
  return { file: builtIndexFile(language), text: JSON.stringify(index) };
});
for (const dir of outDirs) {
  fs.writeFileSync(path.join(dir, BUILT_CATALOG), text);
  for (const { file, text: indexText } of indexes) fs.writeFileSync(path.join(dir, file), indexText);
}
