import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/** The folder of an installed package, resolved from this module (source or out/main bundle). */
export function packageFolder(name: string): string {
  return dirname(createRequire(__filename).resolve(`${name}/package.json`));
}

/**
 * The app.asar.unpacked twin of a path inside app.asar, when it exists; the path itself otherwise.
 * Tesseract's worker thread and pdfjs read their data with plain fs, which cannot look inside asar.
 */
export function unpackedPath(path: string): string {
  const unpacked = path.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
  return unpacked !== path && existsSync(unpacked) ? unpacked : path;
}
