import type { Finding } from '@shared/format-check/index';

/** A plain-text document the way a DOCX→text copy of our own export reads, with parts replaceable. */
export function textDoc(
  parts: Partial<Record<'national' | 'motto' | 'number' | 'date' | 'vv' | 'body' | 'signer' | 'distribution', string>> = {},
): string {
  return [
    'UBND TỈNH ĐỒNG NAI',
    'SỞ Y TẾ',
    parts.national ?? 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    parts.motto ?? 'Độc lập - Tự do - Hạnh phúc',
    parts.number ?? 'Số: 8162/SYT-KHTC',
    parts.date ?? 'Đồng Nai, ngày 05 tháng 10 năm 2021',
    parts.vv ?? 'V/v báo cáo kết quả tiêm chủng',
    'Kính gửi: Sở Y tế tỉnh Đồng Nai.',
    parts.body ?? 'Sở Y tế báo cáo kết quả như sau:\n1. Đã tiêm đủ.\n2. Đã rà soát./.',
    parts.distribution ?? 'Nơi nhận:\n- Như trên;\n- Lưu: VT, KHTC.',
    parts.signer ?? 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn Bình',
  ].join('\n\n');
}

export function codes(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.code);
}
