import { AppError } from '@shared/errors';
import { loadMammoth } from '../lazy-libraries';

/**
 * The text of a Word document (.docx) through mammoth: one paragraph per line with a blank line
 * between paragraphs (as a DOCX→text copy gives), soft line breaks (Shift+Enter, as in a signature
 * block) kept as line breaks, tables cell by cell. mammoth's raw-text mode drops soft breaks, so the
 * text is taken from its HTML, which keeps them as <br />.
 * @throws BAD_FILE for a damaged file or one that is not a .docx (an old .doc, for instance)
 */
export async function readDocx(data: Uint8Array): Promise<string> {
  if (!(data[0] === 0x50 && data[1] === 0x4b)) {
    throw new AppError('BAD_FILE', 'Tệp không phải là tài liệu Word .docx (tệp .doc cũ hãy mở bằng Word và lưu lại thành .docx).');
  }
  let html: string;
  try {
    const mammoth = await loadMammoth();
    const noImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(data) }, { convertImage: noImages }));
  } catch {
    throw new AppError('BAD_FILE', 'Tệp Word (.docx) bị hỏng hoặc không đúng định dạng, không đọc được.');
  }
  return htmlToText(html);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/(p|h[1-6]|li)>/g, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}
