/**
 * Secrecy (độ mật), urgency (mức độ khẩn) and how a document was received, as stored codes with
 * their Vietnamese labels (DOMAIN.md §1.e). Stored as short ASCII codes with CHECK constraints.
 */
export const SECRECY_LEVELS = ['mat', 'toi_mat', 'tuyet_mat'] as const;
export type SecrecyLevel = (typeof SECRECY_LEVELS)[number];
export const SECRECY_LABELS: Record<SecrecyLevel, string> = { mat: 'Mật', toi_mat: 'Tối mật', tuyet_mat: 'Tuyệt mật' };

export const URGENCY_LEVELS = ['khan', 'thuong_khan', 'hoa_toc'] as const;
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number];
export const URGENCY_LABELS: Record<UrgencyLevel, string> = { khan: 'Khẩn', thuong_khan: 'Thượng khẩn', hoa_toc: 'Hỏa tốc' };

export const RECEIVE_METHODS = ['giay', 'dien_tu', 'email', 'truc_lien_thong'] as const;
export type ReceiveMethod = (typeof RECEIVE_METHODS)[number];
export const RECEIVE_METHOD_LABELS: Record<ReceiveMethod, string> = {
  giay: 'Bản giấy',
  dien_tu: 'Điện tử (hệ thống)',
  email: 'Thư điện tử',
  truc_lien_thong: 'Trục liên thông',
};

/** The printed mark → code ("HOẢ TỐC" and "Hỏa tốc" both give hoa_toc). */
export function urgencyFromLabel(label: string | null | undefined): UrgencyLevel | null {
  if (!label) return null;
  const key = label.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
  if (key === 'khan') return 'khan';
  if (key === 'thuong khan') return 'thuong_khan';
  if (key === 'hoa toc') return 'hoa_toc';
  return null;
}

export function secrecyFromLabel(label: string | null | undefined): SecrecyLevel | null {
  if (!label) return null;
  const key = label.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
  if (key === 'mat') return 'mat';
  if (key === 'toi mat') return 'toi_mat';
  if (key === 'tuyet mat') return 'tuyet_mat';
  return null;
}
