import type { KindTemplate } from './common';
import { heading, paragraph } from './common';

/** Tờ trình (Mẫu 1.4): sent upward with Kính gửi; why, what is proposed, the request to decide. */
export const toTrinhTemplate: KindTemplate = {
  kind: 'Tờ trình',
  build: ({ options, agency, selfName }) => {
    const recipients = options.recipients ?? (agency.parentName ? [agency.parentName] : []);
    const addressee = recipients[0] ?? 'cấp có thẩm quyền';
    return {
      recipients: recipients.length > 0 ? { lead: 'Kính gửi:', items: recipients } : null,
      body: [
        heading('I.', 'SỰ CẦN THIẾT'),
        paragraph(''),
        heading('II.', 'NỘI DUNG ĐỀ NGHỊ'),
        paragraph(''),
        paragraph(`${selfName} kính trình ${addressee} xem xét, quyết định./.`),
      ],
      distribution: recipients.length > 0 ? ['Như trên'] : [],
    };
  },
};
