import type { DraftStatus } from '../contract/drafts';

/** A draft's way: Đang soạn → Chờ duyệt → Đã duyệt → Đã phát hành (by cấp số), or back, or Hủy. */
export const DRAFT_STATUS_LABELS: Record<DraftStatus, string> = {
  dang_soan: 'Đang soạn',
  trinh_duyet: 'Chờ duyệt',
  da_duyet: 'Đã duyệt',
  da_phat_hanh: 'Đã phát hành',
  huy: 'Đã hủy',
};

export const DRAFT_TRANSITIONS: Record<DraftStatus, readonly DraftStatus[]> = {
  dang_soan: ['trinh_duyet', 'huy'],
  trinh_duyet: ['dang_soan', 'da_duyet', 'huy'],
  da_duyet: ['dang_soan', 'da_phat_hanh', 'huy'],
  da_phat_hanh: [],
  huy: [],
};
