import { TEMPLATE_FIELD_NAMES, TEMPLATE_FIELDS, templateFieldValues } from '@shared/drafting/template-fields';
import { describe, expect, it } from 'vitest';
import { quyetDinh, replyToSeed004 } from '../../helpers/drafting-fixtures';

describe('templateFieldValues', () => {
  it('gives a value for every documented template field and nothing else', () => {
    const values = templateFieldValues(replyToSeed004());
    expect(new Set(Object.keys(values))).toEqual(TEMPLATE_FIELD_NAMES);
    expect(TEMPLATE_FIELDS.every((p) => p.description.length > 0)).toBe(true);
  });

  it('fills the reply to seed 004 as printed', () => {
    const values = templateFieldValues(replyToSeed004());
    expect(values).toMatchObject({
      co_quan_chu_quan: 'UBND TỈNH ĐỒNG NAI',
      co_quan: 'SỞ Y TẾ',
      so: '8162',
      ky_hieu: 'SYT-KHTC',
      so_ky_hieu: '8162/SYT-KHTC',
      dong_so: 'Số: 8162/SYT-KHTC',
      dia_danh_ngay_thang: 'Đồng Nai, ngày 05 tháng 10 năm 2021',
      ten_loai: '',
      kinh_gui: 'Sở Y tế tỉnh Đồng Nai.',
      quyen_han: 'KT. GIÁM ĐỐC',
      chuc_vu: 'PHÓ GIÁM ĐỐC',
      nguoi_ky: 'Nguyễn Văn Bình',
      noi_nhan: '- Như trên;\n- Ban Giám đốc Sở;\n- Lưu: VT, KHTC.',
      luu: 'VT, KHTC',
    });
    expect(values.vv).toMatch(/^V\/v triển khai/);
  });

  it('fills a Quyết định’s tên loại, authority and căn cứ', () => {
    const values = templateFieldValues(quyetDinh());
    expect(values.ten_loai).toBe('QUYẾT ĐỊNH');
    expect(values.vv).toBe('');
    expect(values.tham_quyen_ban_hanh).toBe('GIÁM ĐỐC SỞ Y TẾ');
    expect(values.can_cu?.split('\n')).toHaveLength(3);
    expect(values.noi_dung?.split('\n')[0]).toMatch(/^Điều 1\. Thành lập/);
  });
});
