import type { KindTemplate } from './common';
import { labelled, paragraph } from './common';

/** Giấy mời (Mẫu 1.7): "… trân trọng kính mời:", then Tới dự, Thời gian, Địa điểm. */
export const giayMoiTemplate: KindTemplate = {
  kind: 'Giấy mời',
  build: ({ options, selfName }) => {
    const invitees = options.recipients ?? [];
    return {
      recipients: { lead: `${selfName} trân trọng kính mời:`, items: invitees },
      body: [
        labelled('Tới dự', ''),
        labelled('Thời gian', ''),
        labelled('Địa điểm', ''),
        paragraph('Rất mong các đại biểu tham dự đúng thời gian./.'),
      ],
      distribution: invitees.length > 0 ? ['Như trên'] : [],
    };
  },
};
