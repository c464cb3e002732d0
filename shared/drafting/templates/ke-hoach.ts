import type { KindTemplate } from './common';
import { heading, item, paragraph } from './common';

/** Kế hoạch (Mẫu 1.4): purpose and requirements, content, organisation of the work. */
export const keHoachTemplate: KindTemplate = {
  kind: 'Kế hoạch',
  build: ({ selfName }) => ({
    recipients: null,
    body: [
      heading('I.', 'MỤC ĐÍCH, YÊU CẦU'),
      item('1.', 'Mục đích'),
      paragraph(''),
      item('2.', 'Yêu cầu'),
      paragraph(''),
      heading('II.', 'NỘI DUNG'),
      paragraph(''),
      heading('III.', 'TỔ CHỨC THỰC HIỆN'),
      paragraph(''),
      paragraph(`Trên đây là Kế hoạch của ${selfName}; đề nghị các cơ quan, đơn vị liên quan triển khai thực hiện./.`),
    ],
    distribution: [],
  }),
};
