import { DOCUMENT_KIND_NAMES } from '../domain/document-kinds';

/** Quốc hiệu and Tiêu ngữ as Nghị định 30 prints them (Phụ lục I, box 1). */
export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** Signer titles and collective bodies printed in capitals in the signature block (box 7a). */
export const SIGNER_TITLES: readonly string[] = [
  'GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  'CHÁNH VĂN PHÒNG',
  'PHÓ CHÁNH VĂN PHÒNG',
  'CHÁNH THANH TRA',
  'CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'TRƯỞNG PHÒNG',
  'PHÓ TRƯỞNG PHÒNG',
  'TRƯỞNG BAN',
  'PHÓ TRƯỞNG BAN',
  'HIỆU TRƯỞNG',
  'PHÓ HIỆU TRƯỞNG',
  'BỘ TRƯỞNG',
  'THỨ TRƯỞNG',
  'THỦ TRƯỞNG',
  'ỦY BAN NHÂN DÂN',
];

/** Fixed wording of the format that OCR output is snapped to (besides the directory's names). */
export const FIXED_PHRASES: readonly string[] = [QUOC_HIEU, TIEU_NGU, 'Kính gửi', 'Nơi nhận', 'Như trên', ...SIGNER_TITLES];

export interface KnownPhrase {
  text: string;
  reason: 'name' | 'kind' | 'phrase';
}

/** Everything the corrector may snap to: fixed phrases, the Nghị định 30 type names, then the given names. */
export function knownPhrases(names: readonly string[]): KnownPhrase[] {
  const seen = new Set<string>();
  const out: KnownPhrase[] = [];
  const add = (text: string, reason: KnownPhrase['reason']) => {
    const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (clean === '' || seen.has(clean)) return;
    seen.add(clean);
    out.push({ text: clean, reason });
  };
  for (const phrase of FIXED_PHRASES) add(phrase, 'phrase');
  for (const kind of DOCUMENT_KIND_NAMES) add(kind, 'kind');
  for (const name of names) add(name, 'name');
  return out;
}
