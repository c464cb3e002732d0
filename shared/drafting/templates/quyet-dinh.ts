import type { KindTemplate } from './common';
import { article, issuingAuthorityFor } from './common';

/**
 * Quyết định cá biệt (Phụ lục III Mẫu 1.2): issuing authority line, căn cứ lines, "QUYẾT ĐỊNH:",
 * Điều 1 (the decision), Điều 2 (effect), Điều 3 (who executes it); Nơi nhận from "Như Điều 3".
 */
export const quyetDinhTemplate: KindTemplate = {
  kind: 'Quyết định',
  build: ({ agency }) => ({
    issuingAuthority: issuingAuthorityFor(agency),
    recipients: null,
    body: [
      article(1, ''),
      article(2, 'Quyết định này có hiệu lực kể từ ngày ký.'),
      article(3, 'Chánh Văn phòng, Trưởng các phòng, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.'),
    ],
    distribution: ['Như Điều 3'],
  }),
};
