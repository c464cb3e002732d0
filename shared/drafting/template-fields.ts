import { datePhrase } from '../text/dates';
import type { Draft } from './draft-schema';
import {
  agencyHeaderLines,
  blockText,
  dateLine,
  distributionLines,
  kindTitle,
  numberLine,
  recipientLines,
  signerLines,
  upperVi,
  vvLine,
} from './model';

/**
 * The template fields an office's own .docx template may contain ({so_ky_hieu}, {trich_yeu}, …),
 * documented in docs/DRAFT-FORMAT.md. Multi-line values contain "\n" (printed as line breaks).
 * {@noi_dung} (with "@", alone in its paragraph) inserts the formatted body paragraphs.
 */
export const TEMPLATE_FIELDS: ReadonlyArray<{ name: string; description: string }> = [
  { name: 'co_quan_chu_quan', description: 'Tên cơ quan chủ quản, chữ in hoa (UBND TỈNH ĐỒNG NAI)' },
  { name: 'co_quan', description: 'Tên cơ quan ban hành, chữ in hoa (SỞ Y TẾ)' },
  { name: 'so', description: 'Số văn bản (8162); trống khi chưa cấp số' },
  { name: 'ky_hieu', description: 'Ký hiệu (SYT-KHTC, QĐ-SYT)' },
  { name: 'so_ky_hieu', description: 'Số và ký hiệu (8162/SYT-KHTC)' },
  { name: 'dong_so', description: 'Cả dòng số (Số: 8162/SYT-KHTC)' },
  { name: 'dia_danh', description: 'Địa danh (Đồng Nai)' },
  { name: 'ngay_thang', description: 'Ngày tháng năm (ngày 05 tháng 10 năm 2021)' },
  { name: 'dia_danh_ngay_thang', description: 'Cả dòng địa danh, ngày tháng (Đồng Nai, ngày 05 tháng 10 năm 2021)' },
  { name: 'ten_loai', description: 'Tên loại văn bản, chữ in hoa (QUYẾT ĐỊNH); trống với công văn' },
  { name: 'trich_yeu', description: 'Trích yếu nội dung' },
  { name: 'vv', description: 'Dòng V/v của công văn (V/v …); trống với loại khác' },
  { name: 'tham_quyen_ban_hanh', description: 'Dòng thẩm quyền ban hành của quyết định (GIÁM ĐỐC SỞ Y TẾ)' },
  { name: 'kinh_gui', description: 'Nơi gửi: một dòng, hoặc các dòng "- …;" khi nhiều nơi' },
  { name: 'can_cu', description: 'Các dòng căn cứ' },
  { name: 'noi_dung', description: 'Nội dung: {@noi_dung} (đứng riêng một đoạn) giữ định dạng; {noi_dung} chỉ chữ' },
  { name: 'quyen_han', description: 'Các dòng thẩm quyền ký (KT. GIÁM ĐỐC)' },
  { name: 'chuc_vu', description: 'Chức vụ người ký (PHÓ GIÁM ĐỐC)' },
  { name: 'chuc_vu_ky', description: 'Thẩm quyền và chức vụ người ký, mỗi dòng một ý' },
  { name: 'nguoi_ky', description: 'Họ tên người ký' },
  { name: 'noi_nhan', description: 'Các dòng nơi nhận, kể cả dòng "- Lưu: VT, …."' },
  { name: 'luu', description: 'Phần sau "Lưu:" (VT, KHTC)' },
  { name: 'do_khan', description: 'Mức độ khẩn, chữ in hoa (KHẨN); trống nếu không có' },
  { name: 'do_mat', description: 'Độ mật, chữ in hoa (MẬT); trống nếu không có' },
  { name: 'ky_hieu_nguoi_soan', description: 'Ký hiệu người soạn thảo và số bản (PL.(300))' },
];

export const TEMPLATE_FIELD_NAMES: ReadonlySet<string> = new Set(TEMPLATE_FIELDS.map((p) => p.name));

/** Plain-text values of every template field for a draft. */
export function templateFieldValues(draft: Draft): Record<string, string> {
  const { parent, agency } = agencyHeaderLines(draft.header);
  const number = draft.header.number?.trim() ?? '';
  const recipients = recipientLines(draft.recipients);
  const signer = signerLines(draft.signer);
  const authority = draft.signer.authority.length;
  return {
    co_quan_chu_quan: parent ?? '',
    co_quan: agency,
    so: number,
    ky_hieu: draft.header.symbol,
    so_ky_hieu: numberLine(draft.header).replace(/^Số:\s?/, ''),
    dong_so: numberLine(draft.header),
    dia_danh: draft.header.place,
    ngay_thang: draft.header.date ? datePhrase(draft.header.date) : 'ngày … tháng … năm …',
    dia_danh_ngay_thang: dateLine(draft.header),
    ten_loai: kindTitle(draft.kind) ?? '',
    trich_yeu: draft.subject,
    vv: vvLine(draft) ?? '',
    tham_quyen_ban_hanh: draft.issuingAuthority ?? '',
    kinh_gui: recipients ? [recipients.lead.replace(/^Kính gửi:\s*/u, ''), ...recipients.items].filter(Boolean).join('\n') : '',
    can_cu: draft.legalBases.join('\n'),
    noi_dung: draft.body.map(blockText).join('\n'),
    quyen_han: signer.slice(0, authority).join('\n'),
    chuc_vu: signer.slice(authority).join('\n'),
    chuc_vu_ky: signer.join('\n'),
    nguoi_ky: draft.signer.name,
    noi_nhan: distributionLines(draft).join('\n'),
    luu: draft.archive,
    do_khan: draft.header.urgency ? upperVi(draft.header.urgency) : '',
    do_mat: draft.header.secrecy ? upperVi(draft.header.secrecy) : '',
    ky_hieu_nguoi_soan: draft.drafterMark ?? '',
  };
}
