/**
 * The heavy libraries (exports, OCR, PDF printing, Word reading) load on first use, not when the
 * server or the desktop app starts: statically imported they cost about two seconds of start-up
 * (docs/ARCHITECTURE.md, "Start-up and loading"). Files that need one keep its types with
 * `import type` and call the loader here inside the async function that uses it. A repeated call
 * returns the module already loaded (import() caches it). tests/architecture/lazy-libraries.test.ts
 * keeps static value imports of these packages out of electron/.
 */

/**
 * A CommonJS package loaded with import(): Node gives its exports as the namespace's default,
 * a bundler may give them as the namespace itself.
 */
function commonJs<T>(ns: unknown): T {
  return ((ns as { default?: T }).default ?? ns) as T;
}

/** exceljs (CommonJS: the namespace is its default export). */
export function loadExcelJS(): Promise<typeof import('exceljs')> {
  return import('exceljs').then(commonJs<typeof import('exceljs')>);
}

/** mammoth (CommonJS: the namespace is its default export). */
export function loadMammoth(): Promise<typeof import('mammoth')> {
  return import('mammoth').then(commonJs<typeof import('mammoth')>);
}

/** iconv-lite (bundled with its code-page tables; CommonJS). */
export function loadIconv(): Promise<typeof import('iconv-lite')> {
  return import('iconv-lite').then(commonJs<typeof import('iconv-lite')>);
}

/** docx (the Word writer of the registers and reports). */
export function loadDocx(): Promise<typeof import('docx')> {
  return import('docx');
}

/** pizzip (CommonJS: the constructor is its default export). */
export function loadPizZip(): Promise<typeof import('pizzip')> {
  return import('pizzip').then(commonJs<typeof import('pizzip')>);
}

export function loadPdfLib(): Promise<typeof import('pdf-lib')> {
  return import('pdf-lib');
}

/** @pdf-lib/fontkit (embeds TrueType fonts in pdf-lib documents; CommonJS: the kit is its default export). */
export function loadFontkit(): Promise<typeof import('@pdf-lib/fontkit')> {
  return import('@pdf-lib/fontkit').then(commonJs<typeof import('@pdf-lib/fontkit')>);
}

export function loadCanvas(): Promise<typeof import('@napi-rs/canvas')> {
  return import('@napi-rs/canvas');
}

export function loadTesseract(): Promise<typeof import('tesseract.js')> {
  return import('tesseract.js');
}

export function loadPlaywright(): Promise<typeof import('playwright-core')> {
  return import('playwright-core');
}
