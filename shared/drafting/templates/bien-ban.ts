import type { KindTemplate } from './common';
import { labelled, paragraph } from './common';

/** Biên bản (Mẫu 1.9): time, place, participants, chair, secretary, content; THƯ KÝ left, CHỦ TỌA right. */
export const bienBanTemplate: KindTemplate = {
  kind: 'Biên bản',
  build: () => ({
    recipients: null,
    body: [
      labelled('Thời gian bắt đầu', ''),
      labelled('Địa điểm', ''),
      labelled('Thành phần tham dự', ''),
      labelled('Chủ trì (chủ tọa)', ''),
      labelled('Thư ký (người ghi biên bản)', ''),
      paragraph('Nội dung (theo diễn biến cuộc họp):'),
      paragraph(''),
      paragraph('Cuộc họp kết thúc vào … giờ …, ngày … tháng … năm …./.'),
    ],
    distribution: [],
    archive: 'VT, Hồ sơ',
    signer: { authority: [], title: 'CHỦ TỌA', name: '' },
    secondarySigner: { title: 'THƯ KÝ', name: '' },
  }),
};
