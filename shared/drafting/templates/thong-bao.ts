import type { KindTemplate } from './common';
import { paragraph } from './common';

/** Thông báo (Mẫu 1.4): the content, then "… thông báo để … biết, thực hiện./.". */
export const thongBaoTemplate: KindTemplate = {
  kind: 'Thông báo',
  build: ({ selfName }) => ({
    recipients: null,
    body: [paragraph(''), paragraph(`${selfName} thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.`)],
    distribution: [],
  }),
};
