import { readFileSync } from 'node:fs';
import { AppError } from '@shared/errors';
import { REGISTER_MARGINS_MM } from '@shared/print/register-html';
import type { PaperSize, RegisterBook } from '@shared/reports/register-book';
import type { PDFDocument } from 'pdf-lib';
import { loadFontkit, loadPdfLib } from '../../services/lazy-libraries';
import { baselineIn, lineNormal, MM, PdfCanvas } from '../pdf/pdf-canvas';
import { PdfTextFont } from '../pdf/pdf-text-font';
import type { SerifFontFiles } from '../pdf/serif-fonts';
import { type ContentBox, drawCover, drawReportHeading } from './register-pdf-cover';
import { RegisterTable, type TableFonts, type TableRow } from './register-pdf-table';
import type { RegisterPdf, RegisterPdfOptions } from './register-pdf-types';

/** Landscape sheets in pt. */
const PAPER_PT: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 297 * MM, height: 210 * MM },
  A3: { width: 420 * MM, height: 297 * MM },
};

const FONT_PT: Record<PaperSize, number> = { A4: 10.5, A3: 12 };
const PAGE_NUMBER_PT = 10;
/** Lines laid out between two looks at isCancelled (and two turns of the event loop). */
const CHUNK_LINES = 500;

/** A font file that could not be read or embedded: the caller prints through Chromium instead. */
export class FontFileError extends Error {}

interface FontFile {
  bytes: Uint8Array;
  postscriptName: string;
}

const fontFiles = new Map<string, FontFile>();
function readFont(path: string, fontkit: Awaited<ReturnType<typeof loadFontkit>>): FontFile {
  const cached = fontFiles.get(path);
  if (cached) return cached;
  const bytes = readFileSync(path);
  const name = (fontkit.create(bytes).postscriptName ?? 'Serif').replace(/[^A-Za-z0-9+-]/g, '');
  const font = { bytes, postscriptName: name || 'Serif' };
  fontFiles.set(path, font);
  return font;
}

/**
 * The three faces embedded as subsets, named the way PDF names a subset ("VTAAAA+Tinos-Bold") so
 * that pdffonts and Acrobat show them as embedded subsets of the family.
 */
async function embedFonts(doc: PDFDocument, files: SerifFontFiles): Promise<TableFonts> {
  const fontkit = await loadFontkit();
  doc.registerFontkit(fontkit);
  const embed = async (path: string, key: string, tag: string) => {
    try {
      const { bytes, postscriptName } = readFont(path, fontkit);
      return new PdfTextFont(await doc.embedFont(bytes, { subset: true, customName: `${tag}+${postscriptName}` }), key);
    } catch (error) {
      throw new FontFileError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return {
    regular: await embed(files.regular, 'F1', 'VTAAAA'),
    bold: await embed(files.bold, 'F2', 'VTAAAB'),
    italic: await embed(files.italic, 'F3', 'VTAAAC'),
  };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The register drawn straight into a PDF with pdf-lib, the serif font embedded (subset): the cover
 * page, then the table laid out and paginated here (header row on every page, no row split), and
 * "Trang N" under each table page. About ten times faster than printing the HTML table in Chromium.
 */
export async function drawRegisterPdf(book: RegisterBook, files: SerifFontFiles, options: RegisterPdfOptions = {}): Promise<RegisterPdf> {
  const cancelled = () => options.isCancelled?.() === true;
  const { PDFDocument } = await loadPdfLib();
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFonts(doc, files);
  const sheet = PAPER_PT[book.paper];
  const m = REGISTER_MARGINS_MM;
  const box: ContentBox = {
    left: m.left * MM,
    top: m.top * MM,
    width: sheet.width - (m.left + m.right) * MM,
    height: sheet.height - (m.top + m.bottom) * MM,
  };
  const bottom = box.top + box.height;
  const table = new RegisterTable(book, fonts, { left: box.left, width: box.width, fontSize: FONT_PT[book.paper] });
  const hasCover = book.layout === 'book';
  let canvas = new PdfCanvas(sheet.width, sheet.height);
  let top = box.top;
  const numberBaseline =
    sheet.height - (m.bottom * MM) / 2 - lineNormal(PAGE_NUMBER_PT) / 2 + baselineIn(lineNormal(PAGE_NUMBER_PT), PAGE_NUMBER_PT);
  let pages = 0;
  if (hasCover) {
    drawCover(canvas, fonts, book, box);
    canvas.addTo(doc);
    pages = 1;
    canvas = new PdfCanvas(sheet.width, sheet.height);
  } else {
    top = drawReportHeading(canvas, fonts, book, box);
  }

  const chunks = Math.max(1, Math.ceil(book.lines.length / CHUNK_LINES));
  const steps = chunks + 1;
  let rows: TableRow[] = [];
  let used = top + table.headHeight;
  /** Draws the page's rows under the header, its number at the foot, and starts the next page. */
  const flush = () => {
    table.draw(canvas, top, rows);
    pages += 1;
    const number = hasCover ? pages - 1 : pages;
    canvas.alignedText(fonts.regular, PAGE_NUMBER_PT, box.left, box.width, numberBaseline, ['Trang', String(number)], 'center');
    canvas.addTo(doc);
    canvas = new PdfCanvas(sheet.width, sheet.height);
    top = box.top;
    rows = [];
    used = top + table.headHeight;
  };
  const place = (row: TableRow) => {
    if (rows.length > 0 && used + row.height > bottom) flush();
    rows.push(row);
    used += row.height;
  };
  if (book.lines.length === 0) place(table.emptyRow());
  for (let chunk = 0; chunk < chunks; chunk++) {
    if (cancelled()) throw new AppError('CANCELLED');
    const end = Math.min(book.lines.length, (chunk + 1) * CHUNK_LINES);
    for (let i = chunk * CHUNK_LINES; i < end; i++) place(table.bodyRow(i));
    options.onProgress?.(chunk + 1, steps);
    await nextTurn();
  }
  flush();
  if (cancelled()) throw new AppError('CANCELLED');
  doc.setTitle(book.cover.title);
  doc.setLanguage('vi');
  doc.setProducer('VănThư');
  const pdf = Buffer.from(await doc.save({ objectsPerTick: Number.POSITIVE_INFINITY }));
  options.onProgress?.(steps, steps);
  return { pdf, pages };
}
