/**
 * The 29 administrative document types of Nghị định 30/2020 (Điều 7) with the codes of Phụ lục III,
 * exact case included (TTr, QyĐ, CTr), plus the legal-normative and Party kinds that arrive as
 * incoming mail. Công văn and Thư công have no code.
 */
export interface DocumentKind {
  name: string;
  code: string | null;
  /** Administrative types the agency itself may issue under Nghị định 30. */
  isAdministrative: boolean;
}

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  { name: 'Công văn', code: null, isAdministrative: true },
  { name: 'Quyết định', code: 'QĐ', isAdministrative: true },
  { name: 'Thông báo', code: 'TB', isAdministrative: true },
  { name: 'Kế hoạch', code: 'KH', isAdministrative: true },
  { name: 'Giấy mời', code: 'GM', isAdministrative: true },
  { name: 'Báo cáo', code: 'BC', isAdministrative: true },
  { name: 'Tờ trình', code: 'TTr', isAdministrative: true },
  { name: 'Công điện', code: 'CĐ', isAdministrative: true },
  { name: 'Chỉ thị', code: 'CT', isAdministrative: true },
  { name: 'Hướng dẫn', code: 'HD', isAdministrative: true },
  { name: 'Nghị quyết', code: 'NQ', isAdministrative: true },
  { name: 'Quy chế', code: 'QC', isAdministrative: true },
  { name: 'Quy định', code: 'QyĐ', isAdministrative: true },
  { name: 'Thông cáo', code: 'TC', isAdministrative: true },
  { name: 'Chương trình', code: 'CTr', isAdministrative: true },
  { name: 'Phương án', code: 'PA', isAdministrative: true },
  { name: 'Đề án', code: 'ĐA', isAdministrative: true },
  { name: 'Dự án', code: 'DA', isAdministrative: true },
  { name: 'Biên bản', code: 'BB', isAdministrative: true },
  { name: 'Hợp đồng', code: 'HĐ', isAdministrative: true },
  { name: 'Bản ghi nhớ', code: 'BGN', isAdministrative: true },
  { name: 'Bản thỏa thuận', code: 'BTT', isAdministrative: true },
  { name: 'Giấy ủy quyền', code: 'GUQ', isAdministrative: true },
  { name: 'Giấy giới thiệu', code: 'GGT', isAdministrative: true },
  { name: 'Giấy nghỉ phép', code: 'GNP', isAdministrative: true },
  { name: 'Phiếu gửi', code: 'PG', isAdministrative: true },
  { name: 'Phiếu chuyển', code: 'PC', isAdministrative: true },
  { name: 'Phiếu báo', code: 'PB', isAdministrative: true },
  { name: 'Thư công', code: null, isAdministrative: true },
  { name: 'Luật', code: null, isAdministrative: false },
  { name: 'Nghị định', code: 'NĐ', isAdministrative: false },
  { name: 'Thông tư', code: 'TT', isAdministrative: false },
  { name: 'Thông tư liên tịch', code: 'TTLT', isAdministrative: false },
  { name: 'Kết luận', code: 'KL', isAdministrative: false },
  { name: 'Văn bản khác', code: null, isAdministrative: false },
];

export const DOCUMENT_KIND_NAMES: readonly string[] = DOCUMENT_KINDS.map((k) => k.name);

export function kindByName(name: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((k) => k.name === name);
}

export function kindByCode(code: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((k) => k.code === code);
}
