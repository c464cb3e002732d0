import { describe, expect, it } from 'vitest';
import { findDeadline } from '@shared/extract/deadlines';
import { foldAligned } from '@shared/extract/normalise';

function deadline(text: string, year: number | null = 2024) {
  const found = findDeadline(foldAligned(text), year);
  return found ? { date: found.date, text: text.slice(found.from, found.to) } : null;
}

describe('findDeadline', () => {
  it('reads dated forms, with and without diacritics', () => {
    expect(deadline('báo cáo UBND tỉnh trước ngày 15/11/2025.')).toEqual({ date: '2025-11-15', text: 'trước ngày 15/11/2025' });
    expect(deadline('bao cao truoc ngay 15/11/2025')).toEqual({ date: '2025-11-15', text: 'truoc ngay 15/11/2025' });
    expect(deadline('gửi về Sở chậm nhất 16 giờ 00 ngày 10/11/2022 để tổng hợp')).toEqual({
      date: '2022-11-10',
      text: 'chậm nhất 16 giờ 00 ngày 10/11/2022',
    });
    expect(deadline('hoàn thành trước ngày 30/11', 2025)).toEqual({ date: '2025-11-30', text: 'trước ngày 30/11' });
  });

  it('takes the last day of a month, a quarter or a year', () => {
    expect(deadline('báo cáo UBND tỉnh trong tháng 10/2024')?.date).toBe('2024-10-31');
    expect(deadline('hoàn thành trong quý IV/2025')?.date).toBe('2025-12-31');
    expect(deadline('hoàn thành trong năm 2026')).toEqual({ date: '2026-12-31', text: 'trong năm 2026' });
    expect(deadline('- Năm 2025 tiến hành rà soát')).toEqual({ date: '2025-12-31', text: 'Năm 2025' });
  });

  it('does not read a year that only qualifies a noun, a cut-off date or a start', () => {
    expect(deadline('bố trí kinh phí vào kế hoạch đầu tư công trong năm 2025 để hoàn thành')).toBeNull();
    expect(deadline('các chỉ tiêu được giao năm 2024')).toBeNull();
    expect(deadline('số liệu tính đến ngày 30/11/2024')).toBeNull();
    expect(deadline('kịp thời báo cáo khi có yêu cầu')).toBeNull();
  });

  it('keeps the earliest of several dates and the end of a period', () => {
    expect(deadline('hoàn thành trước ngày 31/12/2024; riêng hệ thống hoàn thành trước ngày 20/10/2024')?.date).toBe('2024-10-20');
    expect(deadline('thực hiện từ ngày 01/3/2025 đến ngày 30/4/2025, báo cáo trước ngày 15/5/2025')).toEqual({
      date: '2025-04-30',
      text: 'từ ngày 01/3/2025 đến ngày 30/4/2025',
    });
  });

  it('keeps recurring and relative expressions as text with a null date', () => {
    expect(deadline('định kỳ hằng tháng trước ngày 25 báo cáo Sở')).toEqual({ date: null, text: 'định kỳ hằng tháng trước ngày 25' });
    expect(deadline('Định kỳ hằng tuần, vào thứ Sáu, báo cáo')).toEqual({ date: null, text: 'Định kỳ hằng tuần, vào thứ Sáu' });
    expect(deadline('báo cáo trước 16 giờ 00 hằng ngày')).toEqual({ date: null, text: 'trước 16 giờ 00 hằng ngày' });
    expect(deadline('gửi trong vòng 05 ngày làm việc kể từ ngày nhận được văn bản này.')).toEqual({
      date: null,
      text: 'trong vòng 05 ngày làm việc kể từ ngày nhận được văn bản này',
    });
    expect(deadline('xử lý ngay sau khi nhận được hồ sơ hợp lệ; báo cáo')?.text).toBe('ngay sau khi nhận được hồ sơ hợp lệ');
  });
});
