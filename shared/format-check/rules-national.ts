import { MOTTO, NATIONAL_NAME, upperVi } from '../drafting/model';
import { fold, modernTones } from '../text/fold';
import { type CheckView, edit, type Finding, finding, type ViewLine } from './types';

/**
 * Quốc hiệu and Tiêu ngữ (Phụ lục I box 1): "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" upper case, and
 * "Độc lập - Tự do - Hạnh phúc" with a capital on each phrase and a hyphen with a space each side.
 * Plain-text copies usually lose both lines; only a present but wrong line is reported, and a
 * missing one only when its partner is there.
 */

function checkNational(at: ViewLine): Finding[] {
  const text = at.text.replace(/\s+/g, ' ').trim();
  if (text === NATIONAL_NAME) return [];
  if (fold(text) !== fold(NATIONAL_NAME)) {
    return [
      finding({
        code: 'NATIONAL_NAME_TEXT',
        rule: 'quoc-hieu',
        severity: 'error',
        part: 'national',
        at,
        message: `Quốc hiệu phải ghi đúng "${NATIONAL_NAME}".`,
        fix: edit(`Sửa thành "${NATIONAL_NAME}".`, at.text, NATIONAL_NAME),
      }),
    ];
  }
  if (text !== upperVi(text)) {
    return [
      finding({
        code: 'NATIONAL_NAME_CASE',
        rule: 'quoc-hieu',
        severity: 'error',
        part: 'national',
        at,
        message: 'Quốc hiệu phải viết bằng chữ in hoa.',
        fix: edit(`Viết in hoa: "${NATIONAL_NAME}".`, at.text, NATIONAL_NAME),
      }),
    ];
  }
  const isOldTones = modernTones(text) === NATIONAL_NAME;
  return [
    finding({
      code: isOldTones ? 'NATIONAL_NAME_TONE' : 'NATIONAL_NAME_TEXT',
      rule: 'quoc-hieu',
      severity: isOldTones ? 'info' : 'error',
      part: 'national',
      at,
      message: isOldTones
        ? `Quốc hiệu đặt dấu thanh kiểu cũ; mẫu của Nghị định 30/2020 ghi "${NATIONAL_NAME}".`
        : `Quốc hiệu phải ghi đúng "${NATIONAL_NAME}".`,
      fix: edit(`Sửa thành "${NATIONAL_NAME}".`, at.text, NATIONAL_NAME),
    }),
  ];
}

function checkMotto(at: ViewLine): Finding[] {
  const text = at.text.replace(/\s+/g, ' ').trim();
  if (text === MOTTO) return [];
  const dashes = /[–—]/.test(text) || /\S-|-\S/.test(text);
  const message = dashes
    ? 'Tiêu ngữ: giữa các cụm từ là gạch nối (-) có cách chữ hai bên.'
    : text === upperVi(text)
      ? 'Tiêu ngữ không viết in hoa: chỉ chữ cái đầu mỗi cụm từ viết hoa.'
      : 'Tiêu ngữ phải ghi đúng "Độc lập - Tự do - Hạnh phúc", chữ cái đầu mỗi cụm từ viết hoa.';
  return [
    finding({
      code: dashes ? 'MOTTO_DASHES' : 'MOTTO_TEXT',
      rule: 'quoc-hieu',
      severity: 'error',
      part: 'motto',
      at,
      message,
      fix: edit(`Sửa thành "${MOTTO}".`, at.text, MOTTO),
    }),
  ];
}

export function checkNationalHeader(view: CheckView): Finding[] {
  const findings: Finding[] = [];
  if (view.nationalName) findings.push(...checkNational(view.nationalName));
  if (view.motto) findings.push(...checkMotto(view.motto));
  if (view.nationalName && !view.motto) {
    findings.push(
      finding({
        code: 'MOTTO_MISSING',
        rule: 'quoc-hieu',
        severity: 'warning',
        part: 'motto',
        at: view.nationalName,
        message: 'Có Quốc hiệu nhưng thiếu Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" ngay dưới.',
        fix: { description: `Thêm dòng "${MOTTO}" dưới Quốc hiệu.`, edit: null },
      }),
    );
  }
  if (view.motto && !view.nationalName) {
    findings.push(
      finding({
        code: 'NATIONAL_NAME_MISSING',
        rule: 'quoc-hieu',
        severity: 'warning',
        part: 'national',
        at: view.motto,
        message: `Có Tiêu ngữ nhưng thiếu Quốc hiệu "${NATIONAL_NAME}" phía trên.`,
        fix: { description: `Thêm dòng "${NATIONAL_NAME}" trên Tiêu ngữ.`, edit: null },
      }),
    );
  }
  return findings;
}
