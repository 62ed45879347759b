import { describe, expect, it } from 'vitest';
import { argSchemas } from '../api/schemas';
import { EXPORT_FORMATS, EXPORT_FORMAT_IDS } from './formats';

describe('export formats', () => {
  it('each has its own id and extension', () => {
    expect(new Set(EXPORT_FORMAT_IDS).size).toBe(EXPORT_FORMATS.length);
    const extensions = EXPORT_FORMATS.map((f) => f.extension);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const e of extensions) expect(e).toMatch(/^\.[a-z0-9]+$/);
  });

  it('the API takes exactly the listed formats and names them when refusing another', () => {
    for (const format of EXPORT_FORMAT_IDS)
      expect(argSchemas.exportMatrix.safeParse({ format }).success).toBe(true);
    const refused = argSchemas.exportMatrix.safeParse({ format: 'pdf' });
    expect(refused.success).toBe(false);
    for (const format of EXPORT_FORMAT_IDS) expect(JSON.stringify(refused.error?.issues)).toContain(format);
  });
});
