/**
 * The heavy libraries (exports, OCR, PDF printing, Word reading) load on first use, not when the
 * server or the desktop app starts: statically imported they cost about two seconds of start-up
 * (docs/ARCHITECTURE.md, "Start-up and loading"). Files that need one keep its types with
 * `import type` and call the loader here inside the async function that uses it. A repeated call
 * returns the module already loaded (import() caches it). tests/architecture/lazy-libraries.test.ts
 * keeps static value imports of these packages out of electron/.
 */

/** exceljs (CommonJS: the namespace is its default export). */
export async function loadExcelJS(): Promise<typeof import('exceljs')> {
  const ns = (await import('exceljs')) as typeof import('exceljs') & { default?: typeof import('exceljs') };
  return ns.default ?? ns;
}

/** mammoth (CommonJS: the namespace is its default export). */
export async function loadMammoth(): Promise<typeof import('mammoth')> {
  const ns = (await import('mammoth')) as typeof import('mammoth') & { default?: typeof import('mammoth') };
  return ns.default ?? ns;
}

/** iconv-lite (bundled with its code-page tables; CommonJS). */
export async function loadIconv(): Promise<typeof import('iconv-lite')> {
  const ns = (await import('iconv-lite')) as typeof import('iconv-lite') & { default?: typeof import('iconv-lite') };
  return ns.default ?? ns;
}

/** docx (the Word writer of the registers and reports). */
export function loadDocx(): Promise<typeof import('docx')> {
  return import('docx');
}

/** pizzip (CommonJS: the constructor is its default export). */
export async function loadPizZip(): Promise<typeof import('pizzip')> {
  const ns = (await import('pizzip')) as typeof import('pizzip') & { default?: typeof import('pizzip') };
  return ns.default ?? ns;
}

export function loadPdfLib(): Promise<typeof import('pdf-lib')> {
  return import('pdf-lib');
}

/** @pdf-lib/fontkit (embeds TrueType fonts in pdf-lib documents; CommonJS: the kit is its default export). */
export async function loadFontkit(): Promise<typeof import('@pdf-lib/fontkit')> {
  const ns = (await import('@pdf-lib/fontkit')) as typeof import('@pdf-lib/fontkit') & { default?: typeof import('@pdf-lib/fontkit') };
  return ns.default ?? ns;
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
