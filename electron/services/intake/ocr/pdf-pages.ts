import { join } from 'node:path';
import { AppError } from '@shared/errors';
import { type GrayImage, grayFromRgba, MAX_PIXELS } from './gray-image';
import { packageFolder, unpackedPath } from './package-files';
import type { PageSource } from './page-source';
import { withTimeout } from './timeout';
import { loadCanvas } from '../../lazy-libraries';

/**
 * PDF pages through pdfjs-dist 5.6.205 (legacy build: Node 20; TOOLCHAIN.md gotcha 20), rendered with
 * @napi-rs/canvas for OCR, and the page-level decision whether a page already has a usable text layer.
 */

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let pdfjs: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** pdfjs's own data folders (CMaps, standard fonts, JBIG2/JPEG 2000 decoders), read from disk in Node. */
function assetFolders(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string; iccUrl: string } {
  const root = unpackedPath(packageFolder('pdfjs-dist'));
  const folder = (name: string) => `${join(root, name)}/`;
  return { cMapUrl: folder('cmaps'), standardFontDataUrl: folder('standard_fonts'), wasmUrl: folder('wasm'), iccUrl: folder('iccs') };
}

const OPEN_TIMEOUT_MS = 60_000;
const RENDER_TIMEOUT_MS = 120_000;

/** Opens a PDF. @throws BAD_FILE for a damaged, empty or password-protected file */
export async function openPdf(data: Uint8Array): Promise<PdfDocument> {
  const lib = await loadPdfJs();
  const task = lib.getDocument({
    data: new Uint8Array(data),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    ...assetFolders(),
  });
  try {
    const doc = await withTimeout(task.promise, OPEN_TIMEOUT_MS, 'mở tệp PDF');
    if (doc.numPages < 1) throw new AppError('BAD_FILE', 'Tệp PDF không có trang nào.');
    return doc;
  } catch (error) {
    await task.destroy();
    if (error instanceof AppError) throw error;
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      throw new AppError('BAD_FILE', 'Tệp PDF có mật khẩu: hãy mở khóa tệp rồi nhận dạng lại.');
    }
    throw new AppError('BAD_FILE', 'Tệp PDF bị hỏng hoặc không đúng định dạng, không đọc được.');
  }
}

export interface PdfPageText {
  number: number;
  /** The page has real text (not only images): use pdfjs text extraction instead of OCR. */
  hasTextLayer: boolean;
  /** Letters and digits in the text layer. */
  characters: number;
}

/** A text layer counts when it has at least this many letters/digits and little garbage. */
const MIN_TEXT_CHARACTERS = 20;

/** Which pages of a PDF have a usable text layer (the rest are scans and need OCR). @throws BAD_FILE */
export async function inspectPdfTextLayer(data: Uint8Array): Promise<{ pageCount: number; pages: PdfPageText[] }> {
  const doc = await openPdf(data);
  try {
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
      const characters = (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
      const garbage = (text.match(/[\uFFFD\uE000-\uF8FF\u0000-\u0008]/gu) ?? []).length;
      pages.push({ number, characters, hasTextLayer: characters >= MIN_TEXT_CHARACTERS && garbage < 0.1 * characters });
      page.cleanup();
    }
    return { pageCount: doc.numPages, pages };
  } finally {
    await doc.destroy();
  }
}

/** True when every page has a usable text layer (no OCR needed). @throws BAD_FILE */
export async function pdfHasTextLayer(data: Uint8Array): Promise<boolean> {
  const { pages } = await inspectPdfTextLayer(data);
  return pages.every((p) => p.hasTextLayer);
}

/** The pages of a PDF rendered at `dpi` (lowered for huge pages so a page stays under MAX_PIXELS). */
export async function pdfPageSource(data: Uint8Array, dpi: number): Promise<PageSource> {
  const doc = await openPdf(data);
  return {
    pageCount: doc.numPages,
    async page(number) {
      const page = await doc.getPage(number);
      try {
        const base = page.getViewport({ scale: 1 });
        const scale = Math.min(dpi / 72, Math.sqrt(MAX_PIXELS / Math.max(1, base.width * base.height)));
        const viewport = page.getViewport({ scale });
        const image = await withTimeout(renderPage(page, viewport), RENDER_TIMEOUT_MS, `vẽ trang ${number} của tệp PDF`);
        return { image, dpi: scale * 72 };
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('BAD_FILE', `Trang ${number} của tệp PDF bị hỏng, không vẽ được để nhận dạng.`);
      } finally {
        page.cleanup();
      }
    },
    async close() {
      await doc.destroy();
    },
  };
}

type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

type RenderParameters = Parameters<PdfPage['render']>[0];

async function renderPage(page: PdfPage, viewport: ReturnType<PdfPage['getViewport']>): Promise<GrayImage> {
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const { createCanvas } = await loadCanvas();
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  // pdfjs types its target as a DOM canvas; in Node it draws on @napi-rs/canvas, which has no DOM type.
  const parameters = { canvas, canvasContext: context, viewport } as unknown as RenderParameters;
  await page.render(parameters).promise;
  return grayFromRgba(context.getImageData(0, 0, width, height).data, width, height);
}
