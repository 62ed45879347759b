// Run by `npm run build`: validates resources/standards once and writes the result beside the bundles
// (dist/ and dist/electron/), so that no command validates the catalog at run time (load-catalog.ts).
import fs from 'node:fs';
import path from 'node:path';
import { BUILT_CATALOG, buildCatalog } from '../electron/services/load-catalog';

const [standards, ...outDirs] = process.argv.slice(2);
const text = JSON.stringify(buildCatalog(standards));
for (const dir of outDirs) fs.writeFileSync(path.join(dir, BUILT_CATALOG), text);
