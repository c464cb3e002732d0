import type { KindTemplate } from './common';
import { paragraph } from './common';

/** Công văn (Phụ lục III Mẫu 1.5): V/v under the Số line, Kính gửi, body, Nơi nhận from "Như trên". */
export const congVanTemplate: KindTemplate = {
  kind: 'Công văn',
  build: ({ options }) => {
    const recipients = options.recipients ?? [];
    return {
      recipients: recipients.length > 0 ? { lead: 'Kính gửi:', items: recipients } : null,
      body: [paragraph('')],
      distribution: recipients.length > 0 ? ['Như trên'] : [],
    };
  },
};
