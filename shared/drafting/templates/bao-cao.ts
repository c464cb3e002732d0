import type { KindTemplate } from './common';
import { heading, paragraph } from './common';

/** Báo cáo (Mẫu 1.4): results, shortcomings, next tasks, proposals. */
export const baoCaoTemplate: KindTemplate = {
  kind: 'Báo cáo',
  build: ({ options, selfName }) => {
    const recipients = options.recipients ?? [];
    const addressee = recipients[0];
    return {
      recipients: recipients.length > 0 ? { lead: 'Kính gửi:', items: recipients } : null,
      body: [
        heading('I.', 'KẾT QUẢ THỰC HIỆN'),
        paragraph(''),
        heading('II.', 'TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN'),
        paragraph(''),
        heading('III.', 'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'),
        paragraph(''),
        heading('IV.', 'ĐỀ XUẤT, KIẾN NGHỊ'),
        paragraph(''),
        paragraph(
          addressee
            ? `Trên đây là báo cáo của ${selfName}, kính gửi ${addressee} xem xét, chỉ đạo./.`
            : `Trên đây là báo cáo của ${selfName}./.`,
        ),
      ],
      distribution: recipients.length > 0 ? ['Như trên'] : [],
    };
  },
};
