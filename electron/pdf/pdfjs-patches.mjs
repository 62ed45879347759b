// Spots in pdf.js's text extraction (pdfjs-dist 5.6.205, legacy build, pdf.worker.mjs) that cost a
// third of reading a born-digital law, rewritten with the same arithmetic or the same visiting order,
// so the text and positions come out bit for bit the same. The build bundles the patched worker into
// dist/pdfjs.cjs; under tsx extract-worker.mjs patches the package's copy the same way.
// Plain JavaScript: the build script and the worker thread both load it without a TypeScript loader.

/** Each rewrite: the exact text pdf.js has (once) and what replaces it. */
export const PDFJS_WORKER_PATCHES = [
  {
    // TextState.clone makes each clone inherit from the state it copies (Object.create(this)): every
    // clone gets a hidden class of its own, the text loop's property reads on the state go megamorphic,
    // and V8 keeps the states it made prototypes in slow mode. Every field is an own field
    // (class fields, copied by Object.assign), so inheriting from the class's prototype reads the same.
    why: 'text state clones share one hidden class',
    find: 'const clone = Object.assign(Object.create(this), this);',
    replace: 'const clone = Object.assign(Object.create(TextState.prototype), this);',
  },
  {
    // getCurrentTextTransform runs twice per glyph and built two arrays each time (Util.transform of
    // Util.transform). The same products in the same order, without the intermediate array.
    why: 'the glyph transform without an intermediate array',
    find: 'return Util.transform(textState.ctm, Util.transform(textState.textMatrix, tsm));',
    replace: [
      'const m = textState.ctm, t = textState.textMatrix;',
      'const n0 = t[0] * tsm[0] + t[2] * tsm[1], n1 = t[1] * tsm[0] + t[3] * tsm[1];',
      'const n2 = t[0] * tsm[2] + t[2] * tsm[3], n3 = t[1] * tsm[2] + t[3] * tsm[3];',
      'const n4 = t[0] * tsm[4] + t[2] * tsm[5] + t[4], n5 = t[1] * tsm[4] + t[3] * tsm[5] + t[5];',
      'return [m[0] * n0 + m[2] * n1, m[1] * n0 + m[3] * n1, m[0] * n2 + m[2] * n3, m[1] * n2 + m[3] * n3, m[0] * n4 + m[2] * n5 + m[4], m[1] * n4 + m[3] * n5 + m[5]];',
    ].join(' '),
  },
  {
    // Lexer.getHexString (text in hex strings, as the compilation's embedded fonts have it) made a one-character
    // string per byte and joined them. Collecting the byte values and making the string in one call
    // (in slices, as pdf.js's own bytesToString does, so a long string cannot overflow the stack) gives
    // the same string for a fraction of the work.
    why: 'hex strings collect byte values',
    find: 'strBuf.push(String.fromCharCode(firstDigit << 4 | digit));',
    replace: 'strBuf.push(firstDigit << 4 | digit);',
  },
  {
    // The other half of the rewrite above (the build applies both or stops).
    why: 'hex strings made from their byte values in one call',
    find: [
      '      strBuf.push(String.fromCharCode(firstDigit << 4));',
      '    }',
      '    return strBuf.join("");',
    ].join('\n'),
    replace: [
      '      strBuf.push(firstDigit << 4);',
      '    }',
      '    if (strBuf.length <= 8192) return String.fromCharCode.apply(null, strBuf);',
      '    const parts = [];',
      '    for (let i = 0; i < strBuf.length; i += 8192) parts.push(String.fromCharCode.apply(null, strBuf.slice(i, i + 8192)));',
      '    return parts.join("");',
    ].join('\n'),
  },
  {
    // Catalog.getPageDict walks the page tree from the root for every page: it pushes all of a node's
    // kids (checking each against the prefetch cache) and pops those before the wanted page one by
    // one, skipping each whose page count it knows. In a flat tree (qpdf's output: one Kids array
    // of 544 pages) that is quadratic, a few percent of reading a compilation. Per Kids array the
    // rewrite keeps the running sums of the leading kids' known counts and skips the same kids in one
    // step; the top-level kids are prefetched once, in the same order. The same kids are then
    // visited in the same order, so every page resolves to the same dictionary.
    why: 'page lookup skips the kids before the page in one step',
    find: [
      '      for (let last = kids.length - 1; last >= 0; last--) {',
      '        const lastKid = kids[last];',
      '        nodesToVisit.push(lastKid);',
      '        if (currentNode === this.toplevelPagesDict && lastKid instanceof Ref && !pageDictCache.has(lastKid)) {',
      '          pageDictCache.put(lastKid, xref.fetchAsync(lastKid));',
      '        }',
      '      }',
    ].join('\n'),
    replace: [
      '      const lexgapKids = (this.lexgapPageKids ??= new WeakMap());',
      '      let lexgapMemo = lexgapKids.get(kids);',
      '      if (!lexgapMemo) lexgapKids.set(kids, (lexgapMemo = { known: 0, sums: [0], prefetched: false }));',
      '      if (currentNode === this.toplevelPagesDict && !lexgapMemo.prefetched) {',
      '        for (let last = kids.length - 1; last >= 0; last--) {',
      '          const lastKid = kids[last];',
      '          if (lastKid instanceof Ref && !pageDictCache.has(lastKid)) pageDictCache.put(lastKid, xref.fetchAsync(lastKid));',
      '        }',
      '        lexgapMemo.prefetched = true;',
      '      }',
      '      const lexgapSums = lexgapMemo.sums;',
      '      while (lexgapMemo.known < kids.length) {',
      '        const kid = kids[lexgapMemo.known];',
      '        const known = kid instanceof Ref ? pageKidsCountCache.get(kid) : undefined;',
      '        if (!(known >= 0)) break;',
      '        lexgapSums.push(lexgapSums[lexgapMemo.known] + known);',
      '        lexgapMemo.known++;',
      '      }',
      '      let lexgapLow = 0, lexgapHigh = lexgapMemo.known;',
      '      while (lexgapLow < lexgapHigh) {',
      '        const mid = (lexgapLow + lexgapHigh + 1) >> 1;',
      '        if (currentPageIndex + lexgapSums[mid] <= pageIndex) lexgapLow = mid;',
      '        else lexgapHigh = mid - 1;',
      '      }',
      '      currentPageIndex += lexgapSums[lexgapLow];',
      '      for (let last = kids.length - 1; last >= lexgapLow; last--) nodesToVisit.push(kids[last]);',
    ].join('\n'),
  },
  {
    // The running sums above stand for counts in pageKidsCountCache (and prefetches in pageDictCache):
    // they go when those caches are cleared.
    why: 'page lookup sums are dropped with the caches they summarise',
    find: '    this.pageKidsCountCache.clear();\n    this.pageIndexCache.clear();',
    replace:
      '    this.pageKidsCountCache.clear();\n    this.lexgapPageKids = undefined;\n    this.pageIndexCache.clear();',
  },
];

/**
 * pdf.mjs (the half that runs beside the caller) as the build bundles it for extract-worker.mjs, which
 * only reads text. Under tsx the package's own pdf.mjs runs unchanged (it only loads slower).
 */
export const PDFJS_MAIN_PATCHES = [
  {
    // In Node, pdf.js loads @napi-rs/canvas as it loads (a native module of tens of megabytes: about a
    // tenth of a PDF worker's start) for three globals only rendering uses. They become globals that
    // load it on first use, with the same values and the same warning when it is missing.
    why: 'the canvas package loads when a rendering global is first used',
    find: [
      '  let canvas;',
      '  try {',
      '    const require = process.getBuiltinModule("module").createRequire(import.meta.url);',
      '    try {',
      '      canvas = require("@napi-rs/canvas");',
      '    } catch (ex) {',
      '      warn(`Cannot load "@napi-rs/canvas" package: "${ex}".`);',
      '    }',
      '  } catch (ex) {',
      '    warn(`Cannot access the \\`require\\` function: "${ex}".`);',
      '  }',
      '  if (!globalThis.DOMMatrix) {',
      '    if (canvas?.DOMMatrix) {',
      '      globalThis.DOMMatrix = canvas.DOMMatrix;',
      '    } else {',
      '      warn("Cannot polyfill `DOMMatrix`, rendering may be broken.");',
      '    }',
      '  }',
      '  if (!globalThis.ImageData) {',
      '    if (canvas?.ImageData) {',
      '      globalThis.ImageData = canvas.ImageData;',
      '    } else {',
      '      warn("Cannot polyfill `ImageData`, rendering may be broken.");',
      '    }',
      '  }',
      '  if (!globalThis.Path2D) {',
      '    if (canvas?.Path2D) {',
      '      globalThis.Path2D = canvas.Path2D;',
      '    } else {',
      '      warn("Cannot polyfill `Path2D`, rendering may be broken.");',
      '    }',
      '  }',
    ].join('\n'),
    replace: [
      '  let canvas, require, canvasLoaded = false;',
      '  try {',
      '    require = process.getBuiltinModule("module").createRequire(import.meta.url);',
      '  } catch (ex) {',
      '    warn(`Cannot access the \\`require\\` function: "${ex}".`);',
      '  }',
      '  const loadCanvas = () => {',
      '    if (!canvasLoaded && require) {',
      '      try {',
      '        canvas = require("@napi-rs/canvas");',
      '      } catch (ex) {',
      '        warn(`Cannot load "@napi-rs/canvas" package: "${ex}".`);',
      '      }',
      '    }',
      '    canvasLoaded = true;',
      '    return canvas;',
      '  };',
      '  for (const name of ["DOMMatrix", "ImageData", "Path2D"]) {',
      '    if (globalThis[name]) continue;',
      '    const settle = value => Object.defineProperty(globalThis, name, { value, writable: true, enumerable: true, configurable: true });',
      '    Object.defineProperty(globalThis, name, {',
      '      configurable: true,',
      '      enumerable: true,',
      '      get() {',
      '        const value = loadCanvas()?.[name];',
      '        if (!value) warn(`Cannot polyfill \\`${name}\\`, rendering may be broken.`);',
      '        settle(value);',
      '        return value;',
      '      },',
      '      set: settle,',
      '    });',
      '  }',
    ].join('\n'),
  },
  {
    // The one use of those globals as pdf.js loads: a matrix for scaled strokes, made when first needed.
    why: 'the stroke scale matrix is made when first needed',
    find: 'const SCALE_MATRIX = new DOMMatrix();',
    replace: 'let SCALE_MATRIX;',
  },
  {
    why: 'the stroke scale matrix is made before its first use',
    find: '    ctx.scale(scaleX, scaleY);\n    SCALE_MATRIX.a = 1 / scaleX;',
    replace:
      '    ctx.scale(scaleX, scaleY);\n    SCALE_MATRIX ??= new DOMMatrix();\n    SCALE_MATRIX.a = 1 / scaleX;',
  },
];

/** `source` with each rewrite applied; throws, naming it, when one does not match exactly once. */
function applyPatches(source, patches, half) {
  let patched = source;
  for (const { why, find, replace } of patches) {
    const at = patched.indexOf(find);
    if (at < 0 || patched.indexOf(find, at + 1) >= 0)
      throw new Error(
        `pdf.js ${half} patch "${why}" does not match this pdf.js (update electron/pdf/pdfjs-patches.mjs)`,
      );
    patched = patched.slice(0, at) + replace + patched.slice(at + find.length);
  }
  return patched;
}

/**
 * pdf.worker.mjs's source with the rewrites applied. Throws when one does not match exactly once
 * (another pdf.js version): the build stops rather than ship an unpatched or mispatched reader.
 */
export function patchPdfjsWorker(source) {
  const patched = applyPatches(source, PDFJS_WORKER_PATCHES, 'worker');
  return `// pdfjs-dist's legacy pdf.worker.mjs (Apache-2.0), modified by Lexgap's build: see electron/pdf/pdfjs-patches.mjs.\n${patched}`;
}

/** pdf.mjs's source with PDFJS_MAIN_PATCHES applied; throws as patchPdfjsWorker does. */
export function patchPdfjsMain(source) {
  const patched = applyPatches(source, PDFJS_MAIN_PATCHES, 'main');
  return `// pdfjs-dist's legacy pdf.mjs (Apache-2.0), modified by Lexgap's build: see electron/pdf/pdfjs-patches.mjs.\n${patched}`;
}
