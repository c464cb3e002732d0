import type { KindTemplate } from './common';
import { labelled, paragraph } from './common';

/** Giấy giới thiệu (Mẫu 1.8): who is introduced, to whom, about what, valid until. */
export const giayGioiThieuTemplate: KindTemplate = {
  kind: 'Giấy giới thiệu',
  build: ({ selfName }) => ({
    recipients: null,
    body: [
      paragraph(`${selfName} trân trọng giới thiệu:`),
      labelled('Ông (bà)', ''),
      labelled('Chức vụ', ''),
      labelled('Được cử đến', ''),
      labelled('Về việc', ''),
      paragraph('Đề nghị Quý cơ quan tạo điều kiện để ông (bà) có tên ở trên hoàn thành nhiệm vụ.'),
      paragraph('Giấy này có giá trị đến hết ngày … tháng … năm …./.'),
    ],
    distribution: ['Như trên'],
  }),
};
