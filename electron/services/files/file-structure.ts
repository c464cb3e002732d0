import { AppError } from '@shared/errors';
import { inspectZip, looksLikeZipBomb } from './zip-inspect';

/** The part of a file its end marker must appear in (PDF allows trailing bytes after %%EOF; so do some JPEG writers). */
const TAIL = 1024;

function tailIncludes(data: Uint8Array, marker: readonly number[]): boolean {
  const start = Math.max(0, data.length - TAIL);
  outer: for (let at = data.length - marker.length; at >= start; at--) {
    for (let i = 0; i < marker.length; i++) if (data[at + i] !== marker[i]) continue outer;
    return true;
  }
  return false;
}

const PDF_EOF = [0x25, 0x25, 0x45, 0x4f, 0x46];
const PNG_IEND = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
const JPEG_EOI = [0xff, 0xd9];

/** What an Office Open XML package of each kind must contain. */
const OOXML_MAIN: Record<string, { part: string; label: string }> = {
  docx: { part: 'word/document.xml', label: 'Word (DOCX)' },
  xlsx: { part: 'xl/workbook.xml', label: 'Excel (XLSX)' },
};

function damaged(name: string, why: string): AppError {
  return new AppError('BAD_FILE', `Tệp "${name}" ${why}; hãy xin lại tệp gốc hoặc quét lại văn bản.`);
}

/**
 * Beyond the first bytes: a PDF, PNG or JPEG must end as its format ends (a cut-off download or copy
 * does not), and a DOCX/XLSX must be a complete ZIP with the parts of its kind and sane declared
 * sizes. Nothing is decompressed. @throws BAD_FILE with the reason in Vietnamese
 */
export function checkFileStructure(name: string, extension: string, data: Uint8Array): void {
  if (extension === 'pdf' && !tailIncludes(data, PDF_EOF)) throw damaged(name, 'bị cắt cụt (thiếu phần kết thúc của PDF)');
  if (extension === 'png' && !tailIncludes(data, PNG_IEND)) throw damaged(name, 'bị cắt cụt (ảnh PNG không trọn vẹn)');
  if ((extension === 'jpg' || extension === 'jpeg') && !tailIncludes(data, JPEG_EOI))
    throw damaged(name, 'bị cắt cụt (ảnh JPEG không trọn vẹn)');
  const main = OOXML_MAIN[extension];
  if (!main) return;
  const zip = inspectZip(data);
  if (!zip.ok) {
    if (zip.reason === 'truncated') throw damaged(name, 'bị cắt cụt hoặc hỏng (không đọc được mục lục của tệp nén)');
    throw new AppError(
      'BAD_FILE',
      `Tệp "${name}" có cấu trúc bất thường (quá nhiều phần hoặc kích thước khổng lồ), không nhận để an toàn.`,
    );
  }
  if (looksLikeZipBomb(zip.entries)) {
    throw new AppError('BAD_FILE', `Tệp "${name}" giải nén ra dung lượng bất thường (dấu hiệu "bom nén"), không nhận để an toàn.`);
  }
  const names = new Set(zip.entries.map((entry) => entry.name));
  if (!names.has('[Content_Types].xml') || !names.has(main.part)) {
    const other = Object.entries(OOXML_MAIN).find(([, m]) => m.part !== main.part && names.has(m.part));
    throw new AppError(
      'BAD_FILE',
      other
        ? `Tệp "${name}" thực ra là ${other[1].label}: hãy đổi đuôi tệp thành .${other[0]}.`
        : `Tệp "${name}" không phải là ${main.label} thật (nội dung không khớp với đuôi tệp).`,
    );
  }
}
