import { describe, expect, it } from 'vitest';
import { type DeadlineRule, parseDeadlineText } from '../../../../shared/domain/calendar';

const date = (d: string): DeadlineRule => ({ type: 'date', date: d });
const rel = (days: number, working: boolean, from: 'received' | 'signed' = 'received'): DeadlineRule => ({
  type: 'relative',
  days,
  working,
  from,
});

// Phrases as documents print them (corpus README "Deadlines", DOMAIN.md §3.4), with and without diacritics.
const CASES: Array<[string, DeadlineRule]> = [
  ['trước ngày 15/11/2025', date('2025-11-15')],
  ['truoc ngay 15/11/2025', date('2025-11-15')],
  ['chậm nhất ngày 20/10/2024', date('2024-10-20')],
  ['cham nhat ngay 20/10/2024', date('2024-10-20')],
  ['trước 16 giờ 00 ngày 10/5/2026', date('2026-05-10')],
  ['chậm nhất 16 giờ 00 ngày 09/10/2024', date('2024-10-09')],
  ['trước 10h00 ngày 04/5/2025', date('2025-05-04')],
  ['trước ngày 31 tháng 12 năm 2024', date('2024-12-31')],
  ['xong trước ngày 5.3.2025', date('2025-03-05')],
  ['trong ngày 15/8/2024', date('2024-08-15')],
  ['trong tháng 12/2025', date('2025-12-31')],
  ['trong tháng 02/2024', date('2024-02-29')],
  ['trong tháng 10 năm 2024', date('2024-10-31')],
  ['trong quý IV/2025', date('2025-12-31')],
  ['trong quý I/2026', date('2026-03-31')],
  ['hoàn thành trong quý II năm 2024', date('2024-06-30')],
  ['trong quy 3/2025', date('2025-09-30')],
  ['trong năm 2026', date('2026-12-31')],
  ['Năm 2025', date('2025-12-31')],
  ['6 tháng đầu năm 2025', date('2025-06-30')],
  ['từ ngày 01/11/2024 đến ngày 30/11/2024', date('2024-11-30')],
  ['tu ngay 1/3/2025 den het ngay 31/3/2025', date('2025-03-31')],
  ['trước ngày 20/10/2024, báo cáo trước ngày 31/12/2024', date('2024-10-20')],
  ['trong vòng 05 ngày làm việc kể từ ngày nhận được văn bản này', rel(5, true)],
  ['trong vong 03 ngay lam viec ke tu ngay nhan duoc van ban', rel(3, true)],
  ['trong thời hạn 10 ngày kể từ ngày ký', rel(10, false, 'signed')],
  ['trong thời hạn 15 ngày kể từ ngày ban hành Quyết định này', rel(15, false, 'signed')],
  ['trong vòng 07 (bảy) ngày làm việc', rel(7, true)],
  ['không quá 20 ngày kể từ ngày nhận hồ sơ', rel(20, false)],
  ['trong năm ngày làm việc', rel(5, true)],
  ['trong thời hạn 10 ngày (làm việc) kể từ ngày nhận', rel(10, true)],
  ['định kỳ hằng tháng trước ngày 25', { type: 'recurring', every: 'month', day: 25 }],
  ['trước ngày 25 hằng tháng', { type: 'recurring', every: 'month', day: 25 }],
  ['dinh ky hang thang truoc ngay 20', { type: 'recurring', every: 'month', day: 20 }],
  ['định kỳ hàng tháng', { type: 'recurring', every: 'month' }],
  ['hằng quý', { type: 'recurring', every: 'quarter' }],
  ['hằng năm trước ngày 15/12', { type: 'recurring', every: 'year', day: 15, month: 12 }],
  ['Định kỳ hằng tuần, vào thứ Sáu', { type: 'recurring', every: 'week', weekday: 5 }],
  ['định kỳ 02 lần/tuần', { type: 'recurring', every: 'week' }],
  ['trước 16 giờ 00 hằng ngày', { type: 'recurring', every: 'day' }],
  ['định kỳ 6 tháng', { type: 'recurring', every: 'half-year' }],
  ['ngay sau khi nhận được hồ sơ hợp lệ', { type: 'event' }],
  ['trước Tết Nguyên đán', { type: 'event' }],
  ['trước kỳ họp HĐND tỉnh cuối năm', { type: 'event' }],
  ['thường xuyên', { type: 'none' }],
  ['kịp thời', { type: 'none' }],
  ['khẩn trương', { type: 'none' }],
  ['theo quy định', { type: 'none' }],
  ['', { type: 'none' }],
];

describe('deadline phrases', () => {
  it.each(CASES)('reads "%s"', (text, rule) => {
    expect(parseDeadlineText(text)).toEqual(rule);
  });

  it('takes the document’s year for a date written without one', () => {
    expect(parseDeadlineText('trước ngày 30/11', { documentYear: 2024 })).toEqual(date('2024-11-30'));
    expect(parseDeadlineText('trước ngày 30/11')).toEqual({ type: 'event' });
  });

  it('ignores impossible dates rather than inventing one', () => {
    expect(parseDeadlineText('trước ngày 31/02/2025')).toEqual({ type: 'event' });
  });
});
