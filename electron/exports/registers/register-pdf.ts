import type { RegisterBook } from '@shared/reports/register-book';
import type { PdfRenderer } from '../pdf/pdf-renderer';
import { findSerifFonts, type SerifFontFiles } from '../pdf/serif-fonts';
import { printRegisterPdf } from './register-pdf-chromium';
import { drawRegisterPdf, FontFileError } from './register-pdf-drawn';
import type { RegisterPdf, RegisterPdfOptions } from './register-pdf-types';

export type { RegisterPdf, RegisterPdfOptions } from './register-pdf-types';

export interface RegisterPdfSource {
  /** Chromium, asked for only when no font file is found (created on first use by the caller). */
  renderer: () => PdfRenderer;
  /** The serif font files; default: found on this computer (findSerifFonts). null: print with Chromium. */
  fonts?: SerifFontFiles | null;
}

/**
 * The register or report as PDF. Drawn directly with pdf-lib in the serif font the other printouts
 * use (Times New Roman, Tinos or Liberation Serif 2, embedded as a subset): a 10,000-line register
 * in a few seconds. Only when none of these fonts is installed (or its file cannot be read) is it
 * printed through Chromium in parts, as before (about 3 ms a line).
 */
export async function renderRegisterPdf(
  book: RegisterBook,
  source: RegisterPdfSource,
  options: RegisterPdfOptions = {},
): Promise<RegisterPdf> {
  const fonts = source.fonts === undefined ? findSerifFonts() : source.fonts;
  if (fonts) {
    try {
      return await drawRegisterPdf(book, fonts, options);
    } catch (error) {
      if (!(error instanceof FontFileError)) throw error;
    }
  }
  return printRegisterPdf(book, source.renderer(), options);
}
