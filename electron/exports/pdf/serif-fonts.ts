import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The serif font files a PDF drawn by the app embeds, in the order of the printouts' CSS stack
 * (shared/print/html.ts SERIF_STACK): Times New Roman where installed (Windows, macOS), then Tinos
 * (fonts-croscore) or Liberation Serif 2 (fonts-liberation2) on Linux. All of them carry every
 * Vietnamese glyph and share Times' metrics. Liberation Serif 1.x (fonts-liberation) is never taken:
 * it lacks ệ, ơ, ư (TOOLCHAIN.md on fonts).
 */
export interface SerifFontFiles {
  family: string;
  regular: string;
  bold: string;
  italic: string;
}

interface Candidate {
  family: string;
  dir: string;
  regular: string;
  bold: string;
  italic: string;
}

export function serifFontCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): Candidate[] {
  if (platform === 'win32') {
    const roots = [env.WINDIR, env.SystemRoot, 'C:\\Windows'].filter((r): r is string => Boolean(r));
    const local = env.LOCALAPPDATA ? [join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts')] : [];
    return [...roots.map((root) => join(root, 'Fonts')), ...local].map((dir) => ({
      family: 'Times New Roman',
      dir,
      regular: 'times.ttf',
      bold: 'timesbd.ttf',
      italic: 'timesi.ttf',
    }));
  }
  if (platform === 'darwin') {
    return ['/System/Library/Fonts/Supplemental', '/Library/Fonts'].map((dir) => ({
      family: 'Times New Roman',
      dir,
      regular: 'Times New Roman.ttf',
      bold: 'Times New Roman Bold.ttf',
      italic: 'Times New Roman Italic.ttf',
    }));
  }
  const tinos = (dir: string): Candidate => ({
    family: 'Tinos',
    dir,
    regular: 'Tinos-Regular.ttf',
    bold: 'Tinos-Bold.ttf',
    italic: 'Tinos-Italic.ttf',
  });
  const liberation = (dir: string): Candidate => ({
    family: 'Liberation Serif',
    dir,
    regular: 'LiberationSerif-Regular.ttf',
    bold: 'LiberationSerif-Bold.ttf',
    italic: 'LiberationSerif-Italic.ttf',
  });
  return [
    tinos('/usr/share/fonts/truetype/croscore'),
    tinos('/usr/share/fonts/truetype/crosextra'),
    liberation('/usr/share/fonts/truetype/liberation2'),
    tinos('/usr/share/fonts/google-croscore-tinos-fonts'),
    liberation('/usr/share/fonts/liberation-serif'),
  ];
}

/** The first family whose regular, bold and italic files all exist; null when none is installed. */
export function findSerifFonts(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): SerifFontFiles | null {
  for (const c of serifFontCandidates(platform, env)) {
    const files = { regular: join(c.dir, c.regular), bold: join(c.dir, c.bold), italic: join(c.dir, c.italic) };
    if (exists(files.regular) && exists(files.bold) && exists(files.italic)) return { family: c.family, ...files };
  }
  return null;
}
