/** Strings of Cài đặt → Ngày nghỉ, lễ (spread into `vi` by vi.ts). */
export const viCalendar = {
  reminders: {
    summaryTitle: (overdue: number, dueSoon: number) =>
      [overdue > 0 ? `${overdue} công việc quá hạn` : '', dueSoon > 0 ? `${dueSoon} công việc sắp đến hạn` : ''].filter(Boolean).join(', '),
    summaryBody: 'Mở màn hình Công việc để xem và đôn đốc.',
  },
  holidays: {
    tab: 'Ngày nghỉ, lễ',
    title: 'Lịch ngày nghỉ, ngày lễ',
    intro:
      'Hạn "… ngày làm việc" được tính trên lịch này: từ thứ Hai đến thứ Sáu, trừ các ngày lễ, Tết, ngày nghỉ bù, nghỉ hoán đổi, và cộng các ngày thứ Bảy, Chủ nhật đi làm bù. Khi Chính phủ thông báo lịch nghỉ của năm, hãy sửa lại ở đây.',
    year: 'Năm',
    date: 'Ngày',
    weekday: 'Thứ',
    kind: 'Loại',
    name: 'Tên ngày',
    nameHint: 'Ví dụ: Nghỉ bù Quốc khánh',
    custom: 'Cơ quan đã sửa',
    add: 'Thêm hoặc sửa ngày',
    remove: 'Bỏ',
    removeConfirm: 'Bỏ ngày này khỏi lịch? Ngày đó sẽ thành ngày bình thường.',
    reset: 'Khôi phục theo quy định',
    resetConfirm:
      'Đặt lại cả năm theo Bộ luật Lao động và các thông báo đã biết? Những ngày cơ quan đã thêm hoặc sửa trong năm này sẽ bị bỏ.',
    empty: 'Năm này chưa có ngày nghỉ nào trong lịch.',
    readOnly: 'Chỉ quản trị viên sửa được lịch này.',
    count: (n: number) => `${n} ngày`,
    badges: { holiday: 'Lễ, Tết', 'day-off': 'Nghỉ bù', 'working-day': 'Làm bù' },
  },
};

export const WEEKDAY_NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
