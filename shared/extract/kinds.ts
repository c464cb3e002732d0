/**
 * Document kinds as the corpus names them, with the code of their ký hiệu (Phụ lục III), and the
 * folded title line that announces each in the header.
 */
export interface KindInfo {
  name: string;
  code: string | null;
  /** Folded title as printed above the trích yếu ("thong bao"). */
  title: string;
  /** Folded codes that stand for the kind in a ký hiệu, Đ-less variants included. */
  codes: readonly string[];
}

export const KINDS: readonly KindInfo[] = [
  { name: 'Công văn', code: null, title: 'cong van', codes: [] },
  { name: 'Thông báo', code: 'TB', title: 'thong bao', codes: ['tb'] },
  { name: 'Quyết định', code: 'QĐ', title: 'quyet dinh', codes: ['qd'] },
  { name: 'Kế hoạch', code: 'KH', title: 'ke hoach', codes: ['kh'] },
  { name: 'Giấy mời', code: 'GM', title: 'giay moi', codes: ['gm'] },
  { name: 'Báo cáo', code: 'BC', title: 'bao cao', codes: ['bc'] },
  { name: 'Tờ trình', code: 'TTr', title: 'to trinh', codes: ['ttr'] },
  { name: 'Công điện', code: 'CĐ', title: 'cong dien', codes: ['cd'] },
  { name: 'Chỉ thị', code: 'CT', title: 'chi thi', codes: ['ct'] },
  { name: 'Hướng dẫn', code: 'HD', title: 'huong dan', codes: ['hd'] },
  { name: 'Nghị quyết', code: 'NQ', title: 'nghi quyet', codes: ['nq'] },
  { name: 'Chương trình', code: 'CTr', title: 'chuong trinh', codes: ['ctr'] },
  { name: 'Quy chế', code: 'QC', title: 'quy che', codes: ['qc'] },
  { name: 'Quy định', code: 'QyĐ', title: 'quy dinh', codes: ['qyd'] },
  { name: 'Phương án', code: 'PA', title: 'phuong an', codes: ['pa'] },
  { name: 'Đề án', code: 'ĐA', title: 'de an', codes: ['da'] },
  { name: 'Biên bản', code: 'BB', title: 'bien ban', codes: ['bb'] },
  { name: 'Giấy giới thiệu', code: 'GGT', title: 'giay gioi thieu', codes: ['ggt'] },
  { name: 'Thông cáo', code: 'TC', title: 'thong cao', codes: ['tc'] },
];

export function kindByTitle(foldedLine: string): KindInfo | undefined {
  const t = foldedLine.replace(/[.:]+$/, '').trim();
  return KINDS.find((k) => k.title === t && k.code !== null);
}

export function kindByCode(foldedCode: string): KindInfo | undefined {
  return KINDS.find((k) => k.codes.includes(foldedCode));
}

export function kindByName(name: string): KindInfo {
  return KINDS.find((k) => k.name === name) ?? (KINDS[0] as KindInfo);
}

/**
 * Kind words printed before "số" in a citation, longest first so "Chương trình hành động" wins over
 * "Chương trình". Matched on folded text.
 */
export const CITED_KINDS: readonly string[] = [
  'chuong trinh hanh dong',
  'thong tu lien tich',
  'nghi quyet lien tich',
  'van ban hop nhat',
  'cong van',
  'van ban',
  'cong dien',
  'ket luan',
  'chuong trinh',
  'to trinh',
  'thong tu',
  'nghi dinh',
  'nghi quyet',
  'quyet dinh',
  'chi thi',
  'thong bao',
  'ke hoach',
  'bao cao',
  'huong dan',
  'giay moi',
  'luat',
  'bo luat',
  'phap lenh',
  'lenh',
  'thong tri',
  'quy dinh',
  'quy che',
  'de an',
  'phuong an',
  'bien ban',
  'cong thu',
  'thu',
];
