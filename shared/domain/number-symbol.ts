import { kindByCode } from './document-kinds';

/**
 * Số and ký hiệu as printed: everything before the first "/" is the number, everything after it the
 * ký hiệu (corpus README). "8161/SYT-KHTC" → { number: "8161", symbol: "SYT-KHTC" }.
 */
export function splitNumberSymbol(value: string): { number: string | null; symbol: string | null } {
  const text = value
    .normalize('NFC')
    .trim()
    .replace(/^Số\s*:?\s*/i, '');
  if (!text) return { number: null, symbol: null };
  const slash = text.indexOf('/');
  if (slash < 0) return /^\d+$/.test(text) ? { number: text, symbol: null } : { number: null, symbol: text };
  const number = text.slice(0, slash).replace(/\s+/g, '');
  const symbol = text.slice(slash + 1).trim();
  return { number: number || null, symbol: symbol || null };
}

export function joinNumberSymbol(number: string | null, symbol: string | null): string {
  if (!symbol) return number ?? '';
  return `${number ?? ''}/${symbol}`;
}

/**
 * Shape checks of a ký hiệu, as warnings for the clerk, never as a block: real documents carry odd
 * ones ("CD-VPCP" printed without Đ). Returns Vietnamese messages; empty when it looks right.
 */
export function symbolWarnings(number: string | null, symbol: string | null): string[] {
  const warnings: string[] = [];
  if (number && /^\d$/.test(number)) warnings.push(`Số nhỏ hơn 10 thường được viết có số 0 phía trước (0${number}).`);
  if (number && !/^\d+$/.test(number) && !/^\d+-[\p{L}]+$/u.test(number)) warnings.push('Số văn bản thường chỉ gồm chữ số.');
  if (!symbol) return warnings;
  if (/\s/.test(symbol)) warnings.push('Ký hiệu không có dấu cách giữa các nhóm chữ.');
  if (!/^[\p{L}\p{N}&./-]+$/u.test(symbol)) warnings.push('Ký hiệu có ký tự lạ (chỉ gồm chữ, số, "&", "-", "/").');
  const groups = symbol.split('/').at(-1)?.split('-') ?? [];
  const first = groups[0] ?? '';
  const looksLikeCode = /^[A-ZĐ][A-Za-zĐđ]{0,4}$/.test(first) && groups.length >= 2;
  if (looksLikeCode && !kindByCode(first) && /^(QD|CD|HD|DA)$/.test(first)) {
    warnings.push(`"${first}" có thể là viết tắt tên loại thiếu chữ Đ (${first.replace('D', 'Đ')}).`);
  }
  return warnings;
}
