import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * PDF inspection through poppler-utils (pdffonts, pdftotext -bbox) and conversion through
 * LibreOffice headless, as a văn thư's checks would do it: which fonts are embedded, where the text
 * sits on the page (mm), what is in the top margin.
 */

export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Font names embedded in a PDF, without the subset prefix ("AAAAAA+Tinos-Bold" → "Tinos-Bold"). */
export function pdfFontNames(file: string): string[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter(Boolean)
    .map((name) => name.replace(/^[A-Z]{6}\+/, ''));
}

export interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PageWords {
  widthMm: number;
  heightMm: number;
  words: Word[];
}

const PT_TO_MM = 25.4 / 72;

/** Every word of every page with its box in millimetres from the top-left corner. */
export function pdfWords(file: string): PageWords[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PageWords[] = [];
  for (const page of html.split('<page ').slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
    const words: Word[] = [];
    for (const m of page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)) {
      words.push({
        text: m[5] ?? '',
        x0: Number(m[1]) * PT_TO_MM,
        y0: Number(m[2]) * PT_TO_MM,
        x1: Number(m[3]) * PT_TO_MM,
        y1: Number(m[4]) * PT_TO_MM,
      });
    }
    pages.push({ widthMm: Number(size?.[1] ?? 0) * PT_TO_MM, heightMm: Number(size?.[2] ?? 0) * PT_TO_MM, words });
  }
  return pages;
}

/** The text block's distance from each page edge (mm), ignoring the words in `exclude` (page numbers). */
export function textMargins(
  page: PageWords,
  exclude: (w: Word) => boolean = () => false,
): { top: number; bottom: number; left: number; right: number } {
  const words = page.words.filter((w) => !exclude(w));
  return {
    top: Math.min(...words.map((w) => w.y0)),
    bottom: page.heightMm - Math.max(...words.map((w) => w.y1)),
    left: Math.min(...words.map((w) => w.x0)),
    right: page.widthMm - Math.max(...words.map((w) => w.x1)),
  };
}

/** Converts .docx files to PDF with LibreOffice headless in its own profile; returns the PDF paths. */
export function libreOfficeToPdf(files: readonly string[], outDir: string): string[] {
  const profile = tempDir('lo-profile-');
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      {
        stdio: 'ignore',
        timeout: 60_000,
      },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => join(outDir, basename(f).replace(/\.docx$/, '.pdf')));
}

export function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

const SERIF_FONTS = /^(Tinos|LiberationSerif|TimesNewRoman|Times-Roman)/;
const TOLERANCE_MM = 0.6;

/**
 * What a văn thư would reject in the printed layout (Phụ lục I), as readable sentences: fonts other
 * than Times New Roman or its substitutes, text outside the margins, a page number on page 1, a
 * missing or off-centre page number on the following pages.
 */
export function layoutProblems(file: string): string[] {
  const problems: string[] = [];
  const fonts = pdfFontNames(file);
  const foreign = fonts.filter((f) => !SERIF_FONTS.test(f));
  if (foreign.length > 0) problems.push(`fonts other than Times/Tinos/Liberation Serif: ${foreign.join(', ')}`);
  pdfWords(file).forEach((page, index) => {
    const n = index + 1;
    const inTopMargin = (w: Word) => w.y1 < 20 - TOLERANCE_MM;
    const numbers = page.words.filter(inTopMargin);
    if (n === 1 && numbers.length > 0) problems.push(`page 1 shows "${numbers.map((w) => w.text).join(' ')}" in the top margin`);
    if (n > 1) {
      const [number] = numbers;
      if (numbers.length !== 1 || number?.text !== String(n))
        problems.push(`page ${n}: top margin holds "${numbers.map((w) => w.text).join(' ')}", expected "${n}"`);
      else if (Math.abs((number.x0 + number.x1) / 2 - (30 + 165 / 2)) > 3)
        problems.push(`page ${n}: the page number is not centred over the text`);
    }
    const m = textMargins(page, inTopMargin);
    if (m.top < 20 - TOLERANCE_MM || m.top > 25 + TOLERANCE_MM) problems.push(`page ${n}: top margin ${m.top.toFixed(1)} mm`);
    if (m.bottom < 20 - TOLERANCE_MM) problems.push(`page ${n}: bottom margin ${m.bottom.toFixed(1)} mm`);
    if (m.left < 30 - TOLERANCE_MM || m.left > 35 + TOLERANCE_MM) problems.push(`page ${n}: left margin ${m.left.toFixed(1)} mm`);
    if (m.right < 15 - TOLERANCE_MM) problems.push(`page ${n}: right margin ${m.right.toFixed(1)} mm`);
    if (n === 1 && m.right > 20 + TOLERANCE_MM) problems.push(`page 1: justified text ends ${m.right.toFixed(1)} mm from the right edge`);
    if (Math.abs(page.widthMm - 210) > 0.5 || Math.abs(page.heightMm - 297) > 0.5) problems.push(`page ${n} is not A4`);
  });
  return problems;
}
