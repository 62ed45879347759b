import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../matrix/build-matrix';
import { fixtureCatalog, fixtureInput } from '../matrix/test-fixtures';
import { escapeHtml, toHtml } from './to-html';

describe('toHtml', () => {
  const html = toHtml(buildMatrix(fixtureInput()), { catalog: fixtureCatalog() });

  it('is self-contained: no script, no external resource, scripts forbidden by policy', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//i);
    expect(html).toContain(`Content-Security-Policy" content="default-src 'none'`);
  });

  it('escapes a hostile note into visible text', () => {
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;',
    );
    expect(html).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');
  });

  it('has the legend, totals, ratification, heat map and evidence with citations', () => {
    for (const text of [
      'Not reviewed',
      'Coverage by country',
      'CRC · party 1995',
      'Heat map',
      'Evidence by standard',
    ])
      expect(html).toContain(text);
    expect(html).toContain('Child Bill 1999, s. 31');
    expect(html).toContain('class="cell lv-full"');
    expect(html).toContain('class="cell lv-contradicts overridden"');
    expect(html).toContain('States protect children from violence, abuse and neglect by carers (art. 19).');
    expect(html).toContain('The Child Marriage Restraint Act 1929 sets 16 for girls.');
    expect(html).toContain('@page');
  });

  it('marks unverified standards, n/a cells, OCR evidence, printed pages and what a gap overrides', () => {
    expect(html).toMatch(
      /Law enforcement<span class="unverified" title="Article number from memory\.">unverified<\/span>/,
    );
    expect(html).toMatch(
      /<td class="cell lv-not_applicable" title="PK · ACTIP\.14: Not applicable \(not an ASEAN member state\)">n\/a<\/td>/,
    );
    expect(html).toContain('· p. 38 · full coverage</span> <span class="ocr">· OCR, confidence 81%</span>');
    expect(html).toContain(
      '<blockquote>… A <mark>protection order</mark> may be made for a period of ninety days.</blockquote>',
    );
    expect(html).toContain('· PDF p. 30 · full coverage');
    expect(html).toContain('Laws searched: Child Bill 1999');
    expect(html).toContain('Undecided suggestions this rating overrides: Child Bill 1999, s. 43 (0.71)');
    expect(html).toContain('1 procedural provision (final clauses, committee machinery) not shown.');
  });

  it('escapes the five HTML metacharacters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
