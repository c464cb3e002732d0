import { describe, expect, it } from 'vitest';
import { findSerifFonts } from '../../../electron/exports/pdf/serif-fonts';

const only = (files: string[]) => (path: string) => files.includes(path.replace(/\\/g, '/'));

describe('serif font files for drawn PDFs', () => {
  it('takes Times New Roman from the Windows fonts folder', () => {
    const found = findSerifFonts(
      'win32',
      { WINDIR: 'C:/Windows' },
      only(['C:/Windows/Fonts/times.ttf', 'C:/Windows/Fonts/timesbd.ttf', 'C:/Windows/Fonts/timesi.ttf']),
    );
    expect(found?.family).toBe('Times New Roman');
    expect(found?.bold.replace(/\\/g, '/')).toBe('C:/Windows/Fonts/timesbd.ttf');
  });

  it('prefers Tinos, then Liberation Serif 2 on Linux, and never Liberation Serif 1 (no Vietnamese ệ ơ ư)', () => {
    const faces = (dir: string, stem: string) => ['Regular', 'Bold', 'Italic'].map((f) => `${dir}/${stem}-${f}.ttf`);
    const tinos = faces('/usr/share/fonts/truetype/croscore', 'Tinos');
    const liberation2 = faces('/usr/share/fonts/truetype/liberation2', 'LiberationSerif');
    const liberation1 = faces('/usr/share/fonts/truetype/liberation', 'LiberationSerif');
    expect(findSerifFonts('linux', {}, only([...liberation2, ...tinos]))?.family).toBe('Tinos');
    expect(findSerifFonts('linux', {}, only([...liberation1, ...liberation2]))?.regular).toBe(liberation2[0]);
    expect(findSerifFonts('linux', {}, only(liberation1))).toBeNull();
    expect(findSerifFonts('linux', {}, only(tinos.slice(0, 2)))).toBeNull();
  });
});
